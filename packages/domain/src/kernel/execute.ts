import {
  fold,
  streamIdOf,
  type Aggregate,
  type CommandDefinition,
  type DomainEvent,
  type Reference,
} from './decider';
import { entityIdFor } from './ids';
import { parseInput } from './validation';

/**
 * Running a command definition, as pure steps the command handler and the given/when/then
 * specifications share: prepare (validate, name the target), then decide over loaded events.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommandDefinition = CommandDefinition<any, any, any, any>;

export interface PreparedCommand {
  definition: AnyCommandDefinition;
  input: unknown;
  /** The entity the command addresses. */
  id: string;
  streamId: string;
  /** Other streams whose events the decision needs, by reference name. */
  references: Record<string, (Reference & { streamId: string }) | null>;
}

/** Validates raw input (throwing BAD_USER_INPUT that says what to fix) and names the streams. */
export function prepareCommand(
  definition: AnyCommandDefinition,
  rawInput: unknown,
  commandId: string,
): PreparedCommand {
  const input = parseInput(definition.input, rawInput);
  const id: string = definition.targetId(input, () =>
    entityIdFor(commandId, definition.aggregate.name),
  );
  const refs = (definition.references?.(input) ?? {}) as Record<string, Reference | null>;
  const references = Object.fromEntries(
    Object.entries(refs).map(([key, ref]) => [
      key,
      ref === null ? null : { ...ref, streamId: streamIdOf(ref.aggregate, ref.id) },
    ]),
  );
  return { definition, input, id, streamId: streamIdOf(definition.aggregate, id), references };
}

/**
 * Folds one stream's events into its aggregate's state. By default all of them, each time;
 * the command handler passes one that remembers where each stream stood (its fold-cache.ts).
 */
export type StreamFolder = <S>(
  aggregate: Aggregate<DomainEvent, S>,
  streamId: string,
  events: readonly DomainEvent[],
) => S;

const foldEvery: StreamFolder = (aggregate, _streamId, events) => fold(aggregate, events);

/** Folds the target and referenced streams and decides. Throws DomainError to refuse. */
export function decideCommand(
  prepared: PreparedCommand,
  streamEvents: readonly DomainEvent[],
  referencedEvents: Record<string, readonly DomainEvent[]>,
  occurredAt: string,
  foldStream: StreamFolder = foldEvery,
): DomainEvent[] {
  const { definition, input, id } = prepared;
  const state = foldStream(definition.aggregate, prepared.streamId, streamEvents);
  const refs = Object.fromEntries(
    Object.entries(prepared.references).map(([key, ref]) => {
      if (ref === null) return [key, null];
      const events = referencedEvents[key] ?? [];
      const state = foldStream(ref.aggregate, ref.streamId, events);
      return [key, { id: ref.id, exists: events.length > 0, state }];
    }),
  );
  return definition.decide({ id, input, refs, occurredAt }, state);
}

/** The kind of thing a command creates or changes: its subject's, else its aggregate's. */
export const subjectKindOf = (definition: AnyCommandDefinition): string =>
  definition.subject?.kind ?? definition.aggregate.name;

/**
 * The id of what a command created or changed, from the events it decided (or, for a retried
 * command id, those it appended the first time): the subject's field in the first event that
 * has it, else the input's field of that name (a command that changed nothing), else the target.
 */
export function subjectIdOf(prepared: PreparedCommand, events: readonly DomainEvent[]): string {
  const field = prepared.definition.subject?.field;
  if (field === undefined) return prepared.id;
  const named = (value: unknown) =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>)[field] === 'string'
      ? ((value as Record<string, unknown>)[field] as string)
      : undefined;
  for (const event of events) {
    const id = named(event.data);
    if (id !== undefined) return id;
  }
  return named(prepared.input) ?? prepared.id;
}
