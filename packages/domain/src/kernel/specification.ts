import { expect } from 'vitest';
import type { DomainEvent } from './decider';
import { DomainError, type DomainErrorCode } from './errors';
import { decideCommand, prepareCommand, type AnyCommandDefinition } from './execute';

/**
 * Given/when/then specifications for command definitions, after Emmett's
 * DeciderSpecification:
 *
 *   specify(agreePriority)
 *     .given([...priority stream events], { board: [...board stream events] })
 *     .when({ boardId, title: 'Childhood trauma', agreedAt: '2021-02-25' })
 *     .then([{ type: 'PriorityAgreed', data: {...} }]);
 *
 * `when` runs the same prepare and decide steps as the command handler.
 */

export const SPEC_COMMAND_ID = '00000000-0000-4000-8000-000000000001';

export interface WhenOptions {
  commandId?: string;
  occurredAt?: string;
}

export function specify(definition: AnyCommandDefinition) {
  return {
    given(
      events: readonly DomainEvent[] = [],
      references: Record<string, readonly DomainEvent[]> = {},
    ) {
      return {
        when(input: unknown, options: WhenOptions = {}) {
          const run = () => {
            const prepared = prepareCommand(
              definition,
              input,
              options.commandId ?? SPEC_COMMAND_ID,
            );
            return {
              id: prepared.id,
              events: decideCommand(
                prepared,
                events,
                references,
                options.occurredAt ?? '2021-03-19',
              ),
            };
          };
          return {
            /** Asserts the events decided; returns the target id for further checks. */
            then(
              expected: readonly DomainEvent[] | ((id: string) => readonly DomainEvent[]),
            ): string {
              const { id, events: decided } = run();
              expect(decided).toEqual(typeof expected === 'function' ? expected(id) : expected);
              return id;
            },
            /** Asserts a refusal with the given code, and optionally what the message says. */
            thenThrows(code: DomainErrorCode, message?: string | RegExp): DomainError {
              let caught: unknown;
              try {
                run();
              } catch (error) {
                caught = error;
              }
              expect(caught, 'expected the command to be refused').toBeInstanceOf(DomainError);
              const error = caught as DomainError;
              expect(error.code).toBe(code);
              if (message !== undefined) expect(error.message).toMatch(message);
              return error;
            },
          };
        },
      };
    },
  };
}
