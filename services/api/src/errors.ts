import { DomainError } from '@tracker/domain';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { MAX_REQUEST_BYTES, requestTooLarge } from './request-limit';

/** Error codes the API answers with, in `extensions.code`. */
export type ErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'UNAUTHENTICATED' | 'FORBIDDEN';

export const apiError = (code: ErrorCode, message: string, details?: Record<string, unknown>) =>
  new GraphQLError(message, {
    extensions: { code, ...(details && Object.keys(details).length > 0 && { details }) },
  });

/** Refusals from the domain become coded GraphQL errors; anything else stays internal (masked). */
export function toGraphQLError(error: unknown): unknown {
  if (error instanceof DomainError) return apiError(error.code, error.message, error.details);
  return error;
}

export const notFoundError = (what: string, id: string) =>
  apiError('NOT_FOUND', `${what} ${id} does not exist; check the id`, { what, id });

/** Refusals GraphQL itself or the operation limits make, known by their wording. */
const uncodedRefusals: [RegExp, ErrorCode | 'GRAPHQL_VALIDATION_FAILED'][] = [
  // Variables that do not fit their types (a null for a required field, a string for an Int).
  [/^Variable "\$/, 'BAD_USER_INPUT'],
  // The depth, alias, cost, token and directive limits (graphql-armor words them as syntax).
  [
    /^(Syntax Error: )?(Query depth|Aliases|Query Cost|Token|Directives) limit of /,
    'GRAPHQL_VALIDATION_FAILED',
  ],
];

function coded(error: GraphQLError): GraphQLError {
  // Yoga's refusal of a body that grew too large as it was read (one sent in chunks):
  // worded as the refusal of one that declared its size (request-limit.ts).
  if (error.extensions?.['code'] === 'REQUEST_ENTITY_TOO_LARGE') {
    return new GraphQLError(requestTooLarge(MAX_REQUEST_BYTES), {
      extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
    });
  }
  if (error.extensions?.['code'] !== undefined) return error;
  const known = uncodedRefusals.find(([pattern]) => pattern.test(error.message));
  if (!known) return error;
  return new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
    nodes: error.nodes,
    extensions: { ...error.extensions, code: known[1] },
  });
}

/**
 * Some refusals are made before any resolver runs and carry no code: variables that do not fit
 * the schema, and operations over a limit. They are bad input like any other and say so, so
 * clients can tell them from server faults (which stay masked, uncoded).
 */
export function useRefusalCodes(): Plugin {
  return {
    onResultProcess: ({ result, setResult }) => {
      if (Array.isArray(result) || Symbol.asyncIterator in result) return;
      const { errors } = result as { errors?: readonly GraphQLError[] };
      if (errors?.length) setResult({ ...result, errors: errors.map(coded) } as typeof result);
    },
  };
}
