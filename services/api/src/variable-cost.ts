import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import {
  GraphQLError,
  Kind,
  validate,
  visit,
  type ArgumentNode,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { refuseBefore } from './refuse-before';

/** The most an operation may cost (yoga.ts gives the same figure to graphql-armor). */
export const MAX_COST = 20_000;

const PAGE_ARGUMENTS = new Set(['first', 'last']);

/**
 * The cost limit multiplies a list's cost by its page size, but only by a literal one: it is
 * worked out from the document alone, so `first: $first` counted as 1 and a page of 500
 * passed as a page of one. Once the variables are known, the page sizes they give are
 * written into the document and its cost is worked out again by the same rule.
 */
function withPageSizes(
  document: DocumentNode,
  variables: Record<string, unknown>,
): DocumentNode | undefined {
  let changed = false;
  const inlined = visit(document, {
    Argument(node: ArgumentNode) {
      if (!PAGE_ARGUMENTS.has(node.name.value) || node.value.kind !== Kind.VARIABLE) return;
      const value = variables[node.value.name.value];
      if (!Number.isInteger(value)) return;
      changed = true;
      return { ...node, value: { kind: Kind.INT, value: String(value) } };
    },
  });
  return changed ? inlined : undefined;
}

function costRefusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: unknown,
): GraphQLError | undefined {
  const inlined = withPageSizes(document, (variables ?? {}) as Record<string, unknown>);
  if (!inlined) return undefined;
  let refusal: GraphQLError | undefined;
  validate(schema, inlined, [
    costLimitRule({
      maxCost: MAX_COST,
      propagateOnRejection: false,
      onReject: [
        (_context, error) => {
          refusal ??= new GraphQLError(
            `${error.message.replace(/^Syntax Error: /, '')} Page sizes given in variables count as written.`,
            { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
          );
        },
      ],
    }),
  ]);
  return refusal;
}

/** Refuses, before anything is read, an operation whose page sizes in variables cost too much. */
export const useVariableCostLimit = () =>
  refuseBefore((args) => costRefusal(args.schema, args.document, args.variableValues));
