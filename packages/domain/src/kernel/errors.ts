/**
 * Refusals a decider can give. Each carries the GraphQL error code it surfaces as, so the
 * API maps them without knowing any rule.
 */
export type DomainErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT';

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Structured facts about the refusal (the field at fault, the amount left, ...). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The input is malformed or breaks a rule: say what to fix. */
export const invalid = (message: string, details?: Record<string, unknown>) =>
  new DomainError('BAD_USER_INPUT', message, details);

/** A referenced entity does not exist. */
export const notFound = (what: string, id: string) =>
  new DomainError('NOT_FOUND', `${what} ${id} does not exist; check the id`, { what, id });

/** The command clashes with the entity's current state (a duplicate, a state that moved on). */
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new DomainError('CONFLICT', message, details);
