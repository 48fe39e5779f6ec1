import {
  getOperationAST,
  Kind,
  type GraphQLError,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { apiError } from './errors';
import { refuseBefore } from './refuse-before';

/**
 * Lists given as arguments are bounded. The cost limit (yoga.ts) is worked out from the
 * document alone, so it cannot see a list sent in the variables: `nodes(ids: $ids)` with
 * 25,000 ids costs it the same as with one, and answering it held the event loop for seconds
 * while every other request waited. Here, with the variables known and before anything is
 * read, every list in every argument (literal or from a variable, however deep in an input
 * object) is counted: no one list may hold more than MAX_LIST_ITEMS, and all of an
 * operation's lists together no more than MAX_OPERATION_LIST_ITEMS, each use of a fragment or
 * a variable counted again, as execution would run it again.
 */
export const MAX_LIST_ITEMS = 500;
export const MAX_OPERATION_LIST_ITEMS = 1_000;

interface ListSeen {
  /** Where the list stands, e.g. `nodes(ids:)` or `registerInitiative(input.priorityIds:)`. */
  where: string;
  items: number;
}

/** Each list in a variable's value (arrays, inside objects too), with its path. */
function listsInValue(value: unknown, path: string, seen: ListSeen[]): void {
  if (Array.isArray(value)) {
    seen.push({ where: path, items: value.length });
    for (const item of value) listsInValue(item, path, seen);
  } else if (value !== null && typeof value === 'object') {
    for (const [name, inner] of Object.entries(value)) listsInValue(inner, `${path}.${name}`, seen);
  }
}

function listsInArgument(
  node: ValueNode,
  path: string,
  variables: Record<string, unknown>,
  seen: ListSeen[],
): void {
  switch (node.kind) {
    case Kind.LIST:
      seen.push({ where: path, items: node.values.length });
      for (const item of node.values) listsInArgument(item, path, variables, seen);
      return;
    case Kind.OBJECT:
      for (const field of node.fields)
        listsInArgument(field.value, `${path}.${field.name.value}`, variables, seen);
      return;
    case Kind.VARIABLE:
      listsInValue(variables[node.name.value], path, seen);
      return;
    default:
      return;
  }
}

/** Every list in the arguments of the fields an operation runs, following fragment spreads. */
function listsOf(
  selections: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  seen: ListSeen[],
): void {
  for (const selection of selections.selections) {
    if (selection.kind === Kind.FIELD) {
      for (const argument of selection.arguments ?? []) {
        const where = `${selection.name.value}(${argument.name.value}:)`;
        listsInArgument(argument.value, where, variables, seen);
      }
      if (selection.selectionSet) listsOf(selection.selectionSet, fragments, variables, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      listsOf(selection.selectionSet, fragments, variables, seen);
    } else {
      // Validation, which has run, refuses unknown and cyclic spreads.
      const fragment = fragments.get(selection.name.value);
      if (fragment) listsOf(fragment.selectionSet, fragments, variables, seen);
    }
  }
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  return fragments;
}

/** The refusal for an operation whose lists are too long, or undefined when they fit. */
export function listArgumentRefusal(
  seen: readonly ListSeen[],
): { message: string; details: Record<string, unknown> } | undefined {
  const longest = seen.reduce<ListSeen | undefined>(
    (max, list) => (max && max.items >= list.items ? max : list),
    undefined,
  );
  if (longest && longest.items > MAX_LIST_ITEMS) {
    return {
      message: `${longest.where} holds ${longest.items} items; a list argument holds at most ${MAX_LIST_ITEMS}: send the rest in further requests`,
      details: { argument: longest.where, items: longest.items, limit: MAX_LIST_ITEMS },
    };
  }
  const total = seen.reduce((sum, list) => sum + list.items, 0);
  if (total > MAX_OPERATION_LIST_ITEMS) {
    return {
      message: `the lists in this operation's arguments hold ${total} items together; one operation's lists hold at most ${MAX_OPERATION_LIST_ITEMS}: split it into several operations`,
      details: { items: total, limit: MAX_OPERATION_LIST_ITEMS },
    };
  }
  return undefined;
}

function check(args: {
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: unknown;
}): GraphQLError | undefined {
  const operation = getOperationAST(args.document, args.operationName);
  if (!operation) return undefined;
  // Ill-typed variables are left for execution to refuse, in its own words; a variable's value
  // is counted as it was sent, so no coercion (itself proportional to the list) is repeated.
  const variables = (args.variableValues ?? {}) as Record<string, unknown>;
  const seen: ListSeen[] = [];
  listsOf(operation.selectionSet, fragmentsOf(args.document), variables, seen);
  const refusal = listArgumentRefusal(seen);
  return refusal && apiError('BAD_USER_INPUT', refusal.message, refusal.details);
}

/** Refuses, before anything is read or written, an operation whose list arguments are too long. */
export const useListArgumentLimits = () => refuseBefore(check);
