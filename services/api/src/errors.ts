import { DomainError } from '@tracker/domain';
import { GraphQLError } from 'graphql';

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
