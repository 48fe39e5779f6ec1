/**
 * A record (an object used as a map, like a read model's `byId`) decoded from a snapshot one
 * chunk at a time, when an entry in the chunk is first read or written.
 *
 * Why: at a million events the read models hold 250 MB of JSON, and parsing all of it costs
 * as much as replaying the log. A start or an as-of read touches few entries: the handlers of
 * the events after the snapshot and the entries a query asks for. So every entry of a lazy
 * record starts as an accessor property; reading or writing one decodes its chunk and turns
 * that chunk's entries into plain data properties, which they stay. The record is a plain
 * object throughout: read models, resolvers and tests see an ordinary map (Object.keys, `in`,
 * spread and JSON.stringify behave as they do on any object; those that read values decode
 * what they read).
 *
 * A chunk never read is also never changed, so a snapshot of the same record later reuses its
 * stored bytes as they are (reusableChunk): saving a snapshot re-encodes only what the events
 * since touched.
 */

/** One chunk as stored: how many entries (keys, in the record's order) and its encoded bytes. */
export interface StoredChunk {
  keys: readonly string[];
  bytes: Uint8Array;
}

interface ChunkState {
  /** Emptied with the bytes: a decoded chunk is never stored again as it was. */
  keys: readonly string[];
  /** Until the chunk is decoded (read or written): then its entries are data properties. */
  bytes: Uint8Array | undefined;
}

/** A property no record holds: see lazyRecord. */
const DICTIONARY_MODE = '\u0000lazy-record';

/**
 * The lazy records decoded here, each with its chunks by their first key, to find the chunks
 * nothing touched when re-encoding.
 */
const lazyRecords = new WeakMap<object, Map<string, ChunkState>>();

/** Sets an own data property, even one named `__proto__` (assignment would set the prototype). */
export const own = (target: object, key: string, value: unknown) =>
  Object.defineProperty(target, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });

export function lazyRecord(
  chunks: readonly StoredChunk[],
  decodeChunk: (bytes: Uint8Array) => unknown[],
): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const states: ChunkState[] = chunks.map((c) => ({ keys: c.keys, bytes: c.bytes }));
  const load = (chunk: ChunkState) => {
    const { bytes, keys } = chunk;
    if (bytes === undefined) return;
    const values = decodeChunk(bytes);
    if (values.length !== keys.length) {
      throw new Error(
        `a snapshot chunk holds ${values.length} entries where ${keys.length} were written: delete the snapshot file and it is rebuilt from the events`,
      );
    }
    // The bytes are a view of the whole stored row, freed once no chunk needs it. (Only now: a
    // chunk that failed to decode fails again, with its error, at the next read.)
    chunk.bytes = undefined;
    chunk.keys = [];
    keys.forEach((key, i) => {
      // Only entries still waiting: one written or deleted since keeps what it has.
      if (Object.getOwnPropertyDescriptor(record, key)?.get) own(record, key, values[i]);
    });
  };
  // V8 keeps an object of a few hundred properties in "fast" mode, where turning each accessor
  // into a data property copies the object's whole layout: decoding a 650-entry record chunk
  // by chunk took seconds. Deleting a property other than the last puts the object in
  // dictionary mode, as a map of many entries would be anyway, where each turn is O(1).
  record[DICTIONARY_MODE] = true;
  for (const chunk of states) {
    for (const key of chunk.keys) {
      Object.defineProperty(record, key, {
        get() {
          load(chunk);
          return record[key];
        },
        set(value: unknown) {
          load(chunk);
          own(record, key, value);
        },
        enumerable: true,
        configurable: true,
      });
    }
  }
  delete record[DICTIONARY_MODE];
  lazyRecords.set(
    record,
    new Map(states.flatMap((c) => (c.keys.length > 0 ? [[c.keys[0]!, c]] : []))),
  );
  return record;
}

/**
 * When `keys` (a record's keys in order) continue at `index` with a chunk of a lazy record
 * that nothing has read, written or deleted from, that chunk: its bytes can be stored again.
 */
export function reusableChunk(
  record: object,
  keys: readonly string[],
  index: number,
): StoredChunk | undefined {
  const chunk = lazyRecords.get(record)?.get(keys[index]!);
  if (chunk?.bytes === undefined) return undefined;
  for (let i = 0; i < chunk.keys.length; i++) {
    if (keys[index + i] !== chunk.keys[i]) return undefined;
  }
  return { keys: chunk.keys, bytes: chunk.bytes };
}
