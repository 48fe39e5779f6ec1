import type { Plugin } from 'graphql-yoga';
import { readModelsAt, type ReplayLimit } from '@tracker/projection-runner';
import { allProjections } from '@tracker/projections';
import {
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  Kind,
  GraphQLError,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  print,
} from 'graphql';
import { collectFields } from 'graphql/execution/collectFields';
import { requirePrincipal } from './authorization';
import type { AsOfThread } from './as-of-thread';
import type { GraphQLContext, QueryServices } from './context';
import { apiError } from './errors';
import { createReadModels } from './read-models';

/**
 * Answers from a point in the past. Every top-level query field takes `asOf` (a recorded time:
 * when the office recorded things, not when they happened) or `asOfPosition` (a position in
 * the log), both for auditors, or `onDate` (a business date: the portfolio "as it stood on" a
 * day, for every key; schema/common.graphql says what each means). The whole operation is then
 * answered from read models replayed to that point, so every link followed from those fields
 * sees the same past. One point per operation: two top-level fields asking for different
 * points are refused, and so is one field given more than one.
 *
 * The top-level fields are the ones execution runs: graphql-js's own field collection finds
 * them through fragments, inline fragments, aliases and @skip/@include, so no field asking for
 * the past can be answered from the present.
 */

export interface AsOf extends ReplayLimit {
  label: string;
  /** Only office and auditor keys may look at recorded history (asOf, asOfPosition). */
  audit: boolean;
}

const AUDIT_ROLES = new Set(['office', 'auditor']);

/** The arguments that name a point, in the words a refusal uses for them. */
const POINT_ARGUMENTS = {
  asOf: 'asOf (a recorded time)',
  asOfPosition: 'asOfPosition (a position in the log)',
  onDate: 'onDate (a business date)',
} as const;

function limitOf(args: Record<string, unknown>): AsOf | undefined {
  const given = (Object.keys(POINT_ARGUMENTS) as (keyof typeof POINT_ARGUMENTS)[]).filter(
    (name) => args[name] != null,
  );
  if (given.length > 1) {
    throw apiError(
      'BAD_USER_INPUT',
      `give one of ${Object.values(POINT_ARGUMENTS)
        .join(', ')
        .replace(/, (?=[^,]*$)/, ' or ')}, not ${given.join(' and ')} together`,
    );
  }
  const time = args['asOf'] as string | null | undefined;
  const position = args['asOfPosition'] as number | null | undefined;
  const date = args['onDate'] as string | null | undefined;
  if (time != null) return { toRecordedAt: time, label: `recorded time ${time}`, audit: true };
  if (position != null) return { toPosition: position, label: `position ${position}`, audit: true };
  if (date != null) return { onDate: date, label: `business date ${date}`, audit: false };
  return undefined;
}

/**
 * The points in the past the operation's top-level fields ask for, by label: every field
 * execution would run, wherever it stands in the document.
 */
function pointsOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Map<string, AsOf> {
  const queryType = schema.getQueryType() as GraphQLObjectType;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const fields = queryType.getFields();
  const limits = new Map<string, AsOf>();
  const collected = collectFields(schema, fragments, variables, queryType, operation.selectionSet);
  for (const nodes of collected.values()) {
    for (const node of nodes) {
      const field = fields[node.name.value];
      if (!field || !field.args.some((a) => a.name in POINT_ARGUMENTS)) continue;
      const limit = limitOf(getArgumentValues(field, node, variables));
      if (limit) limits.set(limit.label, limit);
    }
  }
  return limits;
}

/**
 * Read models at a past point, from the nearest earlier snapshot (from zero for a business
 * date); each is built only when the operation first touches it.
 */
export async function readModelsAsOf(
  services: Pick<QueryServices, 'store' | 'snapshots'>,
  limit: ReplayLimit,
) {
  const past = await readModelsAt(services.store, allProjections, {
    ...limit,
    snapshots: services.snapshots,
  });
  return createReadModels(past);
}

/**
 * With a thread (as-of-thread.ts), an operation about the past is executed there, after every
 * check here; without one, here, on read models built for it.
 */
export function useAsOf(thread?: AsOfThread): Plugin<GraphQLContext> {
  return {
    async onExecute({ args, extendContext, setExecuteFn, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'query') return;
      const context = args.contextValue as GraphQLContext;
      // Variables that do not fit their types are left for execution to refuse, with its
      // own message; only well-formed ones are read here.
      const variables = getVariableValues(
        args.schema,
        operation.variableDefinitions ?? [],
        (args.variableValues ?? {}) as Record<string, unknown>,
      );
      if (variables.errors) return;
      try {
        const limits = pointsOf(args.schema, args.document, operation, variables.coerced);
        if (limits.size === 0) return;
        if (limits.size > 1) {
          throw apiError(
            'BAD_USER_INPUT',
            `one operation can look at one point in the past, not ${[...limits.keys()].join(' and ')}: give every field the same asOf, asOfPosition or onDate`,
          );
        }
        const [limit] = limits.values();
        const principal = requirePrincipal(context);
        if (limit!.audit && !AUDIT_ROLES.has(principal.role)) {
          throw apiError(
            'FORBIDDEN',
            `asOf and asOfPosition need a key with role office or auditor; this key's role is ${principal.role} (onDate, the portfolio as it stood on a business date, is open to every key)`,
          );
        }
        const { label: _label, audit: _audit, ...replayLimit } = limit!;
        if (!thread) {
          extendContext({ readModels: await readModelsAsOf(context.services, replayLimit) });
          return;
        }
        const request = {
          query: print(args.document),
          operationName: args.operationName ?? null,
          variables: (args.variableValues ?? {}) as Record<string, unknown>,
          principal,
          limit: replayLimit,
        };
        // The executor is replaced rather than the result set, so every plugin after this one
        // (metrics, codes, the response cache) sees the operation as it sees any other.
        setExecuteFn(async () => {
          try {
            const { result, batches } = await thread.answer(request);
            for (const [name, n] of Object.entries(batches)) {
              context.readModels.batches[name] = (context.readModels.batches[name] ?? 0) + n;
            }
            return result;
          } catch (error) {
            if (error instanceof GraphQLError) return { errors: [error] };
            throw error;
          }
        });
      } catch (error) {
        // Refusals are answered; anything else is a fault, for yoga to log and mask.
        if (!(error instanceof GraphQLError)) throw error;
        setResultAndStopExecution({ errors: [error] });
      }
    },
  };
}
