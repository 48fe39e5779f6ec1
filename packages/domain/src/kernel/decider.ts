import type { z } from 'zod';

/** An event as the domain sees it: a type and its data. The store adds the envelope. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}

/**
 * The events an aggregate records, derived from its map of event types to data schemas, so the
 * union and the schemas cannot drift apart: `EventsOf<typeof priorityEventSchemas>` is
 * `DomainEvent<'PriorityAgreed', {...}> | DomainEvent<'PriorityRevised', {...}> | ...`.
 */
export type EventsOf<Schemas extends Record<string, z.ZodType>> = {
  [T in keyof Schemas & string]: DomainEvent<T, z.infer<Schemas[T]>>;
}[keyof Schemas & string];

/**
 * The last case of an aggregate's `evolve`: it fails to compile while an event type of the
 * aggregate has no case of its own, and at run time leaves the state as it is.
 */
export const noOtherEvent = <S>(_event: never, state: S): S => state;

/** An aggregate: its stream naming and how its state is folded from its events. */
export interface Aggregate<Event extends DomainEvent = DomainEvent, State = unknown> {
  /** Stream ids are `<name>-<uuid>`, e.g. `board-6f1c...`. */
  name: string;
  initialState(): State;
  evolve(state: State, event: Event): State;
}

export const streamIdOf = (aggregate: Pick<Aggregate, 'name'>, id: string): string =>
  `${aggregate.name}-${id}`;

/** Folds a stream's events into an aggregate's state. */
export function fold<E extends DomainEvent, S>(aggregate: Aggregate<E, S>, events: Iterable<E>): S {
  let state = aggregate.initialState();
  for (const event of events) state = aggregate.evolve(state, event);
  return state;
}

/**
 * The state of another aggregate a command depends on (the board a priority belongs to).
 * `exists` is false when its stream has no events.
 */
export interface Referenced<S> {
  id: string;
  exists: boolean;
  state: S;
}

export interface Reference {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  aggregate: Aggregate<any, any>;
  id: string;
}

/** Named references; `null` when the input does not refer to that aggregate (an optional parent). */
export type References = Record<string, Reference | null>;

type StateOf<R> = R extends Reference ? ReturnType<R['aggregate']['initialState']> : never;

/** What `decide` sees of each reference: its folded state, or null where there was none. */
export type ReferencedStates<Refs extends References> = {
  [K in keyof Refs]: null extends Refs[K]
    ? Referenced<StateOf<NonNullable<Refs[K]>>> | null
    : Referenced<StateOf<Refs[K]>>;
};

/**
 * A command the application can run: how to validate it, which stream it addresses, which
 * other aggregates it reads, and how it decides. One definition per command; the GraphQL
 * mutation and the CLI seed both go through it.
 */
export interface CommandDefinition<
  Schema extends z.ZodType = z.ZodType,
  Event extends DomainEvent = DomainEvent,
  State = unknown,
  Refs extends References = References,
> {
  /** The command's name, e.g. `EstablishBoard`. */
  type: string;
  /** What it does and when it is refused, for the people and systems that call it. */
  description?: string;
  /**
   * The input: what each field means (`.describe()`) and the rules it must meet. The GraphQL
   * input type and mutation are generated from it (services/api/src/command-schema.ts).
   */
  input: Schema;
  aggregate: Aggregate<Event, State>;
  /**
   * The id of the entity the command addresses. Creation commands take the id from the input
   * when given, else `mint()` a deterministic one from the command id (so retries agree).
   */
  targetId(input: z.output<Schema>, mint: () => string): string;
  /**
   * What the command creates or changes, when that is not the target itself: an allocation in
   * a funding stream, an action on a board's log. `field` names the event data field that holds
   * its id, so the answer names what was changed (and readers load it by id) whether the id was
   * given, minted, or numbered by the log's state as only the decision can see it. Left out, the
   * subject is the target.
   */
  subject?: { kind: string; field: string };
  /** Other aggregates whose current state the decision needs. */
  references?(input: z.output<Schema>): Refs;
  decide(
    command: {
      id: string;
      input: z.output<Schema>;
      refs: ReferencedStates<Refs>;
      /** Business time of the command (ISO date or date-time). */
      occurredAt: string;
    },
    state: State,
  ): Event[];
}

/** Helps TypeScript infer a command definition's type parameters. */
export function defineCommand<
  Schema extends z.ZodType,
  Event extends DomainEvent,
  State,
  Refs extends References = Record<string, never>,
>(
  definition: CommandDefinition<Schema, Event, State, Refs>,
): CommandDefinition<Schema, Event, State, Refs> {
  return definition;
}
