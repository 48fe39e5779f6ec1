import type { CombinedError } from '@urql/core';

/** A GraphQL or network error as a person reads it: urql's "[GraphQL] " prefix taken off. */
export const errorText = (error: CombinedError | { message: string }): string =>
  error.message.replace(/^\[(GraphQL|Network)\] /, '');
