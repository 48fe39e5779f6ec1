import type { Plugin } from 'graphql-yoga';
import { allProjections, readModelsAt, type ReplayLimit } from '@tracker/projections';
import {
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  Kind,
  GraphQLError,
  type GraphQLObjectType,
} from 'graphql';
import { requirePrincipal } from './authorization';
import type { GraphQLContext, TrackerServices } from './context';
import { apiError } from './errors';
import { createReadModels } from './read-models';

/**
 * Time travel for auditors. Every top-level query field takes `asOf` (a recorded time: when
 * the office recorded things, not when they happened) or `asOfPosition` (a position in the
 * log). The whole operation is then answered from read models replayed to that point, so
 * every link followed from those fields sees the same past. One point per operation: two
 * top-level fields asking for different points are refused.
 */

export interface AsOf extends ReplayLimit {
  label: string;
}

const AUDIT_ROLES = new Set(['office', 'auditor']);

function limitOf(args: Record<string, unknown>): AsOf | undefined {
  const time = args['asOf'] as string | null | undefined;
  const position = args['asOfPosition'] as number | null | undefined;
  if (time != null && position != null) {
    throw apiError('BAD_USER_INPUT', 'give asOf (a recorded time) or asOfPosition, not both');
  }
  if (time != null) return { toRecordedAt: time, label: `recorded time ${time}` };
  if (position != null) return { toPosition: position, label: `position ${position}` };
  return undefined;
}

/**
 * Read models at a past point, from the nearest earlier snapshot; each is built only when the
 * operation first touches it.
 */
export async function readModelsAsOf(services: TrackerServices, limit: ReplayLimit) {
  const past = await readModelsAt(services.store, allProjections, {
    ...limit,
    snapshots: services.snapshots,
  });
  return createReadModels(past);
}

export function useAsOf(): Plugin<GraphQLContext> {
  return {
    async onExecute({ args, extendContext, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'query') return;
      const queryType = args.schema.getQueryType() as GraphQLObjectType;
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
        const limits = new Map<string, AsOf>();
        for (const selection of operation.selectionSet.selections) {
          if (selection.kind !== Kind.FIELD) continue;
          const field = queryType.getFields()[selection.name.value];
          if (!field || !field.args.some((a) => a.name === 'asOf')) continue;
          const limit = limitOf(getArgumentValues(field, selection, variables.coerced));
          if (limit) limits.set(limit.label, limit);
        }
        if (limits.size === 0) return;
        if (limits.size > 1) {
          throw apiError(
            'BAD_USER_INPUT',
            'one operation can look at one point in the past: give every field the same asOf or asOfPosition',
          );
        }
        const principal = requirePrincipal(context);
        if (!AUDIT_ROLES.has(principal.role)) {
          throw apiError(
            'FORBIDDEN',
            `asOf and asOfPosition need a key with role office or auditor; this key's role is ${principal.role}`,
          );
        }
        const [limit] = limits.values();
        extendContext({ readModels: await readModelsAsOf(context.services, limit!) });
      } catch (error) {
        // Refusals are answered; anything else is a fault, for yoga to log and mask.
        if (!(error instanceof GraphQLError)) throw error;
        setResultAndStopExecution({ errors: [error] });
      }
    },
  };
}
