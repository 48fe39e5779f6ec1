import { DomainError } from '@tracker/domain';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

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

/**
 * Variables that do not fit the schema's input types (a null for a required field, a string
 * for an Int) are refused by GraphQL before any resolver runs, with no code; they are bad user
 * input like any other, and say so, so clients can tell them from server faults.
 */
export function useVariableErrorCodes(): Plugin {
  const coded = (error: GraphQLError) =>
    error.extensions?.['code'] === undefined && /^Variable "\$/.test(error.message)
      ? new GraphQLError(error.message, {
          nodes: error.nodes,
          extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
        })
      : error;
  return {
    onExecute: () => ({
      onExecuteDone: ({ result, setResult }) => {
        if (!('errors' in result) || !result.errors?.length) return;
        setResult({ ...result, errors: result.errors.map(coded) });
      },
    }),
  };
}
