import { randomUUID } from 'node:crypto';
import {
  DomainError,
  businessTime,
  commandContextText,
  conflict,
  decideCommand,
  eventIdFor,
  invalid,
  isUuid,
  parseInput,
  prepareCommand,
  subjectIdOf,
  type AnyCommandDefinition,
  type PreparedCommand,
  type StreamFolder,
} from '@tracker/domain';
import {
  WrongExpectedVersion,
  readStreams,
  type EventMetadata,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
} from '@tracker/event-store';
import { createFoldCache } from './fold-cache';

/**
 * The application's command path: load the stream, fold, decide, append with the revision
 * read. On a concurrent write it reloads and decides again (bounded), unless the caller
 * pinned the version it decided on, in which case it answers CONFLICT.
 */

/** Who is asking, and the facts the command carries beyond its input. */
export interface CommandContext {
  actor: string;
  role: string;
  /** The client's id for this request; a retry with the same id appends nothing twice. */
  commandId?: string;
  correlationId?: string;
  causationId?: string;
  /** Business time: when this happened in the world. Defaults to the time of recording. */
  occurredAt?: string;
  reason?: string;
  decisionId?: string;
  /** The stream revision the caller decided on; a mismatch answers CONFLICT, no retry. */
  expectedVersion?: number;
}

export interface CommandResult {
  /** The id of the entity the command addressed. */
  id: string;
  /** The id of what it created or changed: its subject's (an allocation), else the entity's. */
  subjectId: string;
  streamId: string;
  commandId: string;
  /** Ids of the events appended (or, for a retried command id, those it appended the first time). */
  eventIds: string[];
  /** Position of the last event appended: wait for projections to reach it to read your writes. */
  position: number;
  /** The stream's revision after the command. */
  revision: number;
  /** True when the command id had already been handled and nothing new was appended. */
  replayed: boolean;
}

export interface HandleOptions {
  /** How many times to decide again after a concurrent write. */
  maxAttempts?: number;
  now?: () => Date;
}

const SCHEMA_VERSION = 1;

interface LoadedStream {
  events: RecordedEvent[];
  revision: number;
}

interface Loaded {
  stream: LoadedStream;
  /** Events of each referenced aggregate, by reference name. */
  references: Record<string, RecordedEvent[]>;
}

/** Each store's fold cache: a stream's history is known by the ids of the store's events. */
const foldCaches = new WeakMap<EventStore, StreamFolder>();
function foldCacheOf(store: EventStore): StreamFolder {
  let cache = foldCaches.get(store);
  if (!cache) foldCaches.set(store, (cache = createFoldCache()));
  return cache;
}

/** The target stream and every referenced stream, in one store read where the store allows. */
async function load(store: EventStore, prepared: PreparedCommand): Promise<Loaded> {
  const referenced = Object.entries(prepared.references).flatMap(([key, ref]) =>
    ref === null ? [] : [[key, ref.streamId] as const],
  );
  const events = await readStreams(store, [prepared.streamId, ...referenced.map(([, id]) => id)]);
  const byStream = new Map<string, RecordedEvent[]>();
  for (const event of events) {
    const list = byStream.get(event.streamId);
    if (list) list.push(event);
    else byStream.set(event.streamId, [event]);
  }
  const own = byStream.get(prepared.streamId) ?? [];
  return {
    stream: { events: own, revision: own.length > 0 ? own[own.length - 1]!.revision : -1 },
    references: Object.fromEntries(referenced.map(([key, id]) => [key, byStream.get(id) ?? []])),
  };
}

export async function handleCommand(
  store: EventStore,
  definition: AnyCommandDefinition,
  rawInput: unknown,
  context: CommandContext,
  options: HandleOptions = {},
): Promise<CommandResult> {
  if (context.commandId !== undefined && !isUuid(context.commandId)) {
    throw invalid(`commandId: must be a UUID, got "${context.commandId}"`);
  }
  const commandId = context.commandId ?? randomUUID();
  if (context.occurredAt !== undefined && !businessTime.safeParse(context.occurredAt).success) {
    throw invalid(
      `occurredAt: must be a date (YYYY-MM-DD) or a date-time with a time zone; got "${context.occurredAt}"`,
    );
  }
  // Most commands carry no reason: nothing to check then (the schema's field is optional).
  const reason =
    context.reason === undefined
      ? undefined
      : parseInput(commandContextText, { reason: context.reason }).reason;
  const prepared = prepareCommand(definition, rawInput, commandId);
  const { id, streamId } = prepared;
  const decisionId = context.decisionId ?? citedDecision(prepared.input);
  const now = options.now ?? (() => new Date());
  const maxAttempts = context.expectedVersion === undefined ? (options.maxAttempts ?? 5) : 1;

  for (let attempt = 1; ; attempt++) {
    const { stream, references: referencedEvents } = await load(store, prepared);
    const earlier = stream.events.filter((e) => e.metadata.commandId === commandId);
    if (earlier.length > 0) {
      const last = earlier[earlier.length - 1]!;
      return {
        id,
        subjectId: subjectIdOf(prepared, earlier),
        streamId,
        commandId,
        eventIds: earlier.map((e) => e.id),
        position: last.position,
        revision: last.revision,
        replayed: true,
      };
    }

    if (context.expectedVersion !== undefined && context.expectedVersion !== stream.revision) {
      throw conflict(
        `${definition.aggregate.name} ${id} has changed: you expected version ${context.expectedVersion} ` +
          `but it is at ${stream.revision}; reload it and try again`,
        { expectedVersion: context.expectedVersion, actualVersion: stream.revision },
      );
    }

    const occurredAt = context.occurredAt ?? now().toISOString();
    const decided = decideCommand(
      prepared,
      stream.events,
      referencedEvents,
      occurredAt,
      foldCacheOf(store),
    );
    if (decided.length === 0) {
      return {
        id,
        subjectId: subjectIdOf(prepared, decided),
        streamId,
        commandId,
        eventIds: [],
        position: 0,
        revision: stream.revision,
        replayed: false,
      };
    }

    const metadata: EventMetadata = {
      actor: context.actor,
      role: context.role,
      commandId,
      correlationId: context.correlationId ?? commandId,
      causationId: context.causationId ?? commandId,
      occurredAt,
      schemaVersion: SCHEMA_VERSION,
      ...(reason !== undefined && { reason }),
      ...(decisionId !== undefined && { decisionId }),
    };
    const newEvents: NewEvent[] = decided.map((event, index) => ({
      id: eventIdFor(commandId, index),
      type: event.type,
      data: event.data,
      metadata,
    }));

    try {
      const expectedRevision = stream.revision === -1 ? 'no_stream' : stream.revision;
      const appended = await store.append(streamId, newEvents, { expectedRevision });
      return {
        id,
        subjectId: subjectIdOf(prepared, decided),
        streamId,
        commandId,
        eventIds: newEvents.map((e) => e.id),
        position: appended.position,
        revision: appended.nextExpectedRevision,
        replayed: false,
      };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersion)) throw error;
      if (attempt >= maxAttempts) {
        throw conflict(
          `${definition.aggregate.name} ${id} is being changed by someone else; try again`,
          { attempts: attempt },
        );
      }
    }
  }
}

/**
 * The decision a command was made under: the caller's, or the one its input cites. Kept in
 * every event's metadata so auditors can ask what a decision changed, whatever the command.
 */
function citedDecision(input: unknown): string | undefined {
  const cited = (input as { decisionId?: unknown } | null)?.decisionId;
  return typeof cited === 'string' ? cited : undefined;
}

export { DomainError };
