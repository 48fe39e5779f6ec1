/**
 * Pure translations between the EventStore port and the KurrentDB (EventStoreDB) client:
 * revisions and positions (bigint on the wire, safe integers in the port), expected
 * revisions, errors, filters, stream namespaces and the event envelope. No I/O here, so
 * all of it is unit-tested without a server.
 *
 * Positions: for the implicit transactions every gRPC append makes, EventStoreDB gives
 * each event a commit position equal to its prepare position (its own place in the
 * transaction log), so the commit position alone orders and identifies an event in $all,
 * and `{ commit: p, prepare: p }` is a valid place to read or subscribe from.
 */
import {
  ErrorType,
  eventTypeFilter,
  excludeSystemEvents,
  jsonEvent,
  streamNameFilter,
  type AppendStreamState,
  type EventData,
  type Filter,
  type JSONType,
  type Position,
} from '@kurrent/kurrentdb-client';
import { v5 as uuidv5 } from 'uuid';
import {
  WrongExpectedVersion,
  type EventFilter,
  type EventMetadata,
  type ExpectedRevision,
  type NewEvent,
  type RecordedEvent,
} from '../port';

/** A stored event this adapter cannot turn into an envelope: not ours, or damaged. */
export class MalformedStoredEvent extends Error {
  override readonly name = 'MalformedStoredEvent';
}

/** What the client hands back for a revision or a position: bigint, or a number. */
export type WireInteger = bigint | number;

export interface WirePosition {
  commit: WireInteger;
  prepare: WireInteger;
}

/** The fields of the client's RecordedEvent this adapter reads. */
export interface WireRecordedEvent {
  streamId: string;
  id: string;
  type: string;
  revision: WireInteger;
  created: Date | number | string;
  data: unknown;
  metadata?: unknown;
  isJson?: boolean;
  position?: WirePosition;
}

/** The fields of the client's ResolvedEvent / AllStreamResolvedEvent this adapter reads. */
export interface WireResolvedEvent {
  event?: WireRecordedEvent;
  commitPosition?: WireInteger;
}

/**
 * A bigint or number as a non-negative safe integer. Throws rather than round: a
 * revision or position beyond Number.MAX_SAFE_INTEGER cannot be represented in the port.
 */
export function toSafeInteger(value: WireInteger, what: string): number {
  if (typeof value === 'bigint') {
    if (value < 0n || value > BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new RangeError(
        `${what} ${value} is outside 0..Number.MAX_SAFE_INTEGER and cannot be represented as a number`,
      );
    }
    return Number(value);
  }
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} ${value} is not a non-negative safe integer`);
  }
  return value;
}

/** A port position as the client's Position (commit and prepare positions are equal, see above). */
export function toWirePosition(position: number): Position {
  const p = BigInt(toSafeInteger(position, 'position'));
  return { commit: p, prepare: p };
}

/**
 * The position an append reports, or undefined when the server reported none (an
 * idempotent retry may not say where the original landed) or a sentinel out of range.
 */
export function appendedPosition(position: WirePosition | undefined): number | undefined {
  if (!position) return undefined;
  const commit = BigInt(position.commit);
  if (commit < 0n || commit > BigInt(Number.MAX_SAFE_INTEGER)) return undefined;
  return Number(commit);
}

/** The $all position of a read or delivered event. */
export function positionOf(resolved: WireResolvedEvent): number {
  const commit = resolved.event?.position?.commit ?? resolved.commitPosition;
  if (commit === undefined) {
    throw new MalformedStoredEvent(
      'the server did not report the event position; EventStoreDB 22.6 or later (or KurrentDB) is required',
    );
  }
  return toSafeInteger(commit, 'position');
}

/** Our expectation, already checked by checkAppend, as the client's stream state. */
export function toStreamState(expected: ExpectedRevision = 'any'): AppendStreamState {
  switch (expected) {
    case 'any':
      return 'any';
    case 'no_stream':
      return 'no_stream';
    case 'stream_exists':
      return 'stream_exists';
    default:
      return BigInt(expected);
  }
}

/** The client's view of a stream's current state as the port's: a revision or 'no_stream'. */
export function toActualRevision(actual: WireInteger | 'no_stream'): number | 'no_stream' {
  if (actual === 'no_stream') return 'no_stream';
  if (BigInt(actual) < 0n) return 'no_stream';
  return toSafeInteger(actual, 'revision');
}

const hasType = (error: unknown, type: ErrorType): boolean =>
  typeof error === 'object' && error !== null && (error as { type?: unknown }).type === type;

/** The client's WrongExpectedVersionError, recognised by its type tag (robust to copies of the client). */
export function isWrongExpectedVersionError(
  error: unknown,
): error is { actualState: WireInteger | 'no_stream' } {
  return hasType(error, ErrorType.WRONG_EXPECTED_VERSION);
}

export function isStreamNotFoundError(error: unknown): boolean {
  return hasType(error, ErrorType.STREAM_NOT_FOUND);
}

/** The client's wrong-expected-version error as the port's typed WrongExpectedVersion. */
export function toWrongExpectedVersion(
  streamId: string,
  expected: ExpectedRevision,
  error: { actualState: WireInteger | 'no_stream' },
): WrongExpectedVersion {
  return new WrongExpectedVersion(streamId, expected, toActualRevision(error.actualState));
}

const CONNECTION_ERROR_TYPES: readonly string[] = [
  ErrorType.UNAVAILABLE,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.TIMEOUT,
  ErrorType.NOT_LEADER,
];
/** gRPC status codes for DEADLINE_EXCEEDED and UNAVAILABLE. */
const CONNECTION_STATUS_CODES: readonly number[] = [4, 14];

/** True when the server could not be reached or answered too late, as opposed to refusing. */
export function isConnectionError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { type, code } = error as { type?: unknown; code?: unknown };
  if (typeof type === 'string') return CONNECTION_ERROR_TYPES.includes(type);
  return typeof code === 'number' && CONNECTION_STATUS_CODES.includes(code);
}

/** System streams (`$...`, including metadata streams `$$...`) and system event types (`$...`). */
export function isSystemEvent(event: { streamId: string; type: string }): boolean {
  return event.streamId.startsWith('$') || event.type.startsWith('$');
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The part of a filter the server can apply: the server takes one filter, on stream names
 * or on event types. Stream prefixes (namespaced) win; else exact event types; else, when
 * the store is namespaced, the namespace; else only system events are excluded. The
 * adapter still applies the whole filter to what arrives, so this is a narrowing, never
 * the final word.
 */
export function toServerFilter(filter: EventFilter | undefined, namespace = ''): Filter {
  const prefixes = filter?.streamPrefixes ?? [];
  const eventTypes = filter?.eventTypes ?? [];
  if (prefixes.length > 0)
    return streamNameFilter({ prefixes: prefixes.map((p) => namespace + p) });
  if (namespace !== '') return streamNameFilter({ prefixes: [namespace] });
  if (eventTypes.length > 0) {
    return eventTypeFilter({ regex: `^(?:${eventTypes.map(escapeRegex).join('|')})$` });
  }
  return excludeSystemEvents();
}

/** The stream id as stored: a namespaced store keeps its streams under its prefix. */
export const toStoredStreamId = (streamId: string, namespace = ''): string => namespace + streamId;

/** The stream id as the port sees it, or undefined for a stream outside the namespace. */
export function fromStoredStreamId(stored: string, namespace = ''): string | undefined {
  return stored.startsWith(namespace) ? stored.slice(namespace.length) : undefined;
}

const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Namespace for the UUIDs derived from event ids that are not UUIDs themselves. */
const EVENT_ID_NAMESPACE = '8f1b7c52-3c1e-4b8e-9f57-6b1e2d4c9a10';
/** Metadata key under which a non-UUID event id travels, removed again on read. */
export const ORIGINAL_ID_KEY = '$eventId';

/**
 * EventStoreDB event ids are UUIDs. A lowercase UUID (what the domain mints) is stored as
 * it is; any other id is stored as a UUID derived from it (v5, so a retry maps to the same
 * UUID and stays idempotent) and travels in the metadata, so reads give back the original.
 */
export function toStoredEventId(id: string): string {
  return CANONICAL_UUID.test(id) ? id : uuidv5(id, EVENT_ID_NAMESPACE);
}

/** A proposed event, already checked by checkAppend, as the client's JSON event data. */
export function toEventData(event: NewEvent): EventData {
  const storedId = toStoredEventId(event.id);
  const metadata: Record<string, unknown> =
    storedId === event.id
      ? { ...event.metadata }
      : { ...event.metadata, [ORIGINAL_ID_KEY]: event.id };
  return jsonEvent({
    id: storedId,
    type: event.type,
    data: event.data as JSONType,
    metadata: metadata as JSONType,
  });
}

/**
 * The client's `created` as an ISO-8601 UTC string, to the whole second. The client reads
 * ($all, streams) through a native bridge that keeps only whole seconds, while subscriptions
 * keep milliseconds; cutting both to the second gives one event one envelope, however it
 * was read.
 */
export function toRecordedAt(created: Date | number | string): string {
  const time = (created instanceof Date ? created : new Date(created)).getTime();
  if (Number.isNaN(time)) {
    throw new MalformedStoredEvent(`recorded time ${String(created)} is not a valid date`);
  }
  return new Date(Math.floor(time / 1000) * 1000).toISOString();
}

function parseJson(value: unknown, what: string): unknown {
  if (!(value instanceof Uint8Array)) return value;
  try {
    return JSON.parse(Buffer.from(value).toString('utf8')) as unknown;
  } catch {
    throw new MalformedStoredEvent(`${what} is not JSON: this adapter reads only JSON events`);
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  !(value instanceof Uint8Array);

/**
 * A read or delivered event as the port's envelope, or undefined when it is none of the
 * port's business: no event (an unresolved link), a system stream or event type, or a
 * stream outside the store's namespace.
 */
export function toRecordedEvent(
  resolved: WireResolvedEvent,
  namespace = '',
): RecordedEvent | undefined {
  const event = resolved.event;
  if (!event || isSystemEvent(event)) return undefined;
  const streamId = fromStoredStreamId(event.streamId, namespace);
  if (streamId === undefined) return undefined;
  const where = `event ${event.id} in ${event.streamId}`;
  const metadata = parseJson(event.metadata, `metadata of ${where}`);
  if (!isPlainObject(metadata)) {
    throw new MalformedStoredEvent(`metadata of ${where} is not a JSON object`);
  }
  const { [ORIGINAL_ID_KEY]: originalId, ...rest } = metadata;
  return {
    id: typeof originalId === 'string' ? originalId : event.id,
    streamId,
    revision: toSafeInteger(event.revision, `revision of ${where}`),
    position: positionOf(resolved),
    type: event.type,
    data: parseJson(event.data, `data of ${where}`),
    metadata: rest as EventMetadata,
    recordedAt: toRecordedAt(event.created),
  };
}
