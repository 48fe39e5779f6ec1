import { expect } from 'vitest';
import type { z } from 'zod';
import type { Aggregate, CommandDefinition, DomainEvent, References } from '../src/kernel/decider';
import { DomainError, type DomainErrorCode } from '../src/kernel/errors';
import { decideCommand, prepareCommand } from '../src/kernel/execute';

/**
 * Given/when/then specifications for command definitions, after Emmett's
 * DeciderSpecification:
 *
 *   specify(agreePriority)
 *     .given([...priority stream events], { board: [...board stream events] })
 *     .when({ boardId, title: 'Childhood trauma', agreedAt: '2021-02-25' })
 *     .then([{ type: 'PriorityAgreed', data: {...} }]);
 *
 * `when` runs the same prepare and decide steps as the command handler. Each step is typed by
 * the command: `given` and `then` take its aggregate's events, the references' events are
 * those of the aggregates its `references` name, and `when` takes its input, so a misspelt
 * event type or field fails to compile. `whenSent` takes input as a client might send it, for
 * the specifications of what is refused.
 */

export const SPEC_COMMAND_ID = '00000000-0000-4000-8000-000000000001';

export interface WhenOptions {
  commandId?: string;
  occurredAt?: string;
}

/** The events of the aggregate a reference names. */
type EventsOfReference<R> =
  NonNullable<R> extends { aggregate: Aggregate<infer E, infer _S> } ? E : never;

/** Each reference's stream, as the events of its aggregate. */
export type GivenReferences<Refs extends References> = {
  [K in keyof Refs]?: readonly EventsOfReference<Refs[K]>[];
};

export function specify<
  Schema extends z.ZodType,
  Event extends DomainEvent,
  State,
  Refs extends References,
>(definition: CommandDefinition<Schema, Event, State, Refs>) {
  return {
    given(events: readonly Event[] = [], references: GivenReferences<Refs> = {}) {
      const sent = (input: unknown, options: WhenOptions = {}) => {
        const run = () => {
          const prepared = prepareCommand(definition, input, options.commandId ?? SPEC_COMMAND_ID);
          return {
            id: prepared.id,
            events: decideCommand(
              prepared,
              events,
              references as Record<string, readonly DomainEvent[]>,
              options.occurredAt ?? '2021-03-19',
            ) as Event[],
          };
        };
        return {
          /** Asserts the events decided; returns the target id for further checks. */
          then(expected: readonly Event[] | ((id: string) => readonly Event[])): string {
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
      };
      return {
        /** The command, with input of its schema's shape. */
        when: (input: z.input<Schema>, options?: WhenOptions) => sent(input, options),
        /** The command with input as a client might send it: wrong shapes, missing fields. */
        whenSent: (input: unknown, options?: WhenOptions) => sent(input, options),
      };
    },
  };
}
