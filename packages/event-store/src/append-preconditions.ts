/**
 * What an append must satisfy before any adapter looks at the stream. One set of rules for
 * every store, so an append that one store takes another does not refuse (or, worse, take and
 * then hide): a tracker moves between the embedded store and EventStoreDB with its log.
 * Rules that need the store's contents (ids reused elsewhere, the expected revision holding)
 * stay with the adapters.
 */
import { InvalidAppend, type AppendOptions, type ExpectedRevision, type NewEvent } from './port';

/** An event with its data and metadata as the JSON text a store keeps. */
export interface SerialisedEvent {
  id: string;
  type: string;
  data: string;
  metadata: string;
}

export interface CheckedAppend {
  expected: ExpectedRevision;
  /**
   * The events as JSON, taken when append was called, so later changes to the caller's
   * objects are not what gets stored. Proving they are JSON needs the text anyway, so
   * stores that keep text take it from here rather than serialise twice.
   */
  events: SerialisedEvent[];
}

// EventStoreDB keeps names starting with '$' for its own streams ($$ for metadata streams)
// and event types, and its adapter leaves those out of every read.
const reserved = (name: string) => name.startsWith('$');

function json(value: unknown, what: string): string | undefined {
  try {
    return JSON.stringify(value);
  } catch (error) {
    throw new InvalidAppend(`${what} cannot be stored as JSON: ${(error as Error).message}`);
  }
}

/**
 * Throws InvalidAppend, saying what to fix, when the append breaks a rule every store keeps:
 * the stream id is a non-empty string not starting with '$'; there is at least one event;
 * the expected revision is 'any', 'no_stream', 'stream_exists' or a revision (a safe integer,
 * 0 or more); each event has a non-empty id of its own within the append, a non-empty type not
 * starting with '$', data that is a JSON value (null for none) and metadata that is a JSON
 * object. The types are checked at run time too: a cast or an event built from JSON reaches
 * the store with nothing else in the way.
 */
export function checkAppend(
  streamId: string,
  events: readonly NewEvent[],
  options: AppendOptions = {},
): CheckedAppend {
  const stream: unknown = streamId;
  if (typeof stream !== 'string' || stream === '' || reserved(stream)) {
    throw new InvalidAppend(
      `stream id ${JSON.stringify(stream) ?? String(stream)} is not allowed: use a non-empty ` +
        "string that does not start with '$'",
    );
  }
  const expected: unknown = options.expectedRevision ?? 'any';
  if (!(
    expected === 'any' ||
    expected === 'no_stream' ||
    expected === 'stream_exists' ||
    (Number.isSafeInteger(expected) && (expected as number) >= 0)
  )) {
    throw new InvalidAppend(
      `expectedRevision ${String(expected)} is not a revision: pass a non-negative integer, ` +
        "'no_stream', 'stream_exists' or 'any'",
    );
  }
  if (events.length === 0) {
    throw new InvalidAppend(`the append to ${streamId} has no events: pass at least one`);
  }
  const ids = new Set<string>();
  const serialised = events.map((event, index): SerialisedEvent => {
    const { id, type, data, metadata } = event as Partial<Record<keyof NewEvent, unknown>>;
    if (typeof id !== 'string' || id === '') {
      throw new InvalidAppend(
        `event ${index} of the append to ${streamId} has no id: give it a non-empty string`,
      );
    }
    if (ids.has(id)) {
      throw new InvalidAppend(
        `event id ${id} appears twice in one append to ${streamId}: give each event its own id`,
      );
    }
    ids.add(id);
    if (typeof type !== 'string' || type === '' || reserved(type)) {
      throw new InvalidAppend(
        `event ${id} has type ${JSON.stringify(type) ?? String(type)}: give it a non-empty ` +
          "type name that does not start with '$'",
      );
    }
    const dataText = json(data, `the data of event ${id}`);
    if (dataText === undefined) {
      throw new InvalidAppend(`event ${id} has no data: give it a JSON value (null for none)`);
    }
    const metadataText = json(metadata, `the metadata of event ${id}`);
    if (!metadataText?.startsWith('{')) {
      throw new InvalidAppend(`the metadata of event ${id} is not a JSON object: give it one`);
    }
    return { id, type, data: dataText, metadata: metadataText };
  });
  return { expected: expected as ExpectedRevision, events: serialised };
}
