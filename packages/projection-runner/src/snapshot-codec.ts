import zlib from 'node:zlib';
import { lazyRecord, own, reusableChunk, type StoredChunk } from './lazy-record';

/**
 * How a snapshot's state is stored.
 *
 * - `json`: JSON text (the first rows written; still read).
 * - `json+brotli`: the same, compressed with Brotli at its fastest quality (read-model states
 *   repeat the same keys and ids, so it shrinks them about tenfold; still read).
 * - `records+brotli` (written now): the state's records (top-level objects used as maps, such
 *   as `byId`) cut into chunks of about CHUNK_BYTES of JSON, each compressed on its own, beside
 *   a compressed header holding the rest of the state and each chunk's keys. Decoding parses
 *   the header only; a chunk is parsed when one of its entries is first used (lazy-record.ts),
 *   and re-encoding a decoded state copies the chunks nothing used. At a million events a
 *   start from snapshots parsed 250 MB of JSON this way saved: it now parses what the events
 *   after the snapshot touch.
 */
export type SnapshotCodec = 'json' | 'json+brotli' | 'records+brotli';

export const CODEC: SnapshotCodec = 'records+brotli';

/** JSON per chunk: small enough that a first read costs well under a millisecond. */
const CHUNK_BYTES = 64 * 1024;

const compress = (text: string): Buffer => {
  const bytes = Buffer.from(text, 'utf8');
  return zlib.brotliCompressSync(bytes, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 1,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
};

const decompress = (bytes: Uint8Array): string => zlib.brotliDecompressSync(bytes).toString('utf8');

/** The header of a `records+brotli` snapshot. */
interface Header {
  /** The state with each record replaced by 0 (keeping the state's key order). */
  rest: unknown;
  records: { field: string; chunks: { keys: readonly string[]; length: number }[] }[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

/**
 * A state's top-level objects are its maps (entities by id, lists by key): the parts worth
 * decoding lazily. (Reading their values to check would decode a lazy one whole.)
 */
const isRecord = (value: unknown): value is Record<string, unknown> =>
  isPlainObject(value) && Object.keys(value).length > 0;

/** Yields after each chunk it compresses (see encodeStateYielding). */
function* encodeRecord(record: Record<string, unknown>): Generator<void, StoredChunk[]> {
  const keys = Object.keys(record);
  const chunks: StoredChunk[] = [];
  let pending: string[] = [];
  let texts: string[] = [];
  let size = 0;
  const flush = () => {
    if (pending.length === 0) return false;
    chunks.push({ keys: pending, bytes: compress(`[${texts.join(',')}]`) });
    pending = [];
    texts = [];
    size = 0;
    return true;
  };
  for (let i = 0; i < keys.length;) {
    const reused = reusableChunk(record, keys, i);
    if (reused) {
      if (flush()) yield;
      chunks.push(reused);
      i += reused.keys.length;
      continue;
    }
    const key = keys[i++]!;
    const text = JSON.stringify(record[key]) as string | undefined;
    // As JSON.stringify of the whole object: an entry without a JSON value is left out.
    if (text === undefined) continue;
    pending.push(key);
    texts.push(text);
    size += text.length;
    if (size >= CHUNK_BYTES && flush()) yield;
  }
  flush();
  return chunks;
}

export function encodeState(state: unknown): Buffer {
  const steps = encodeSteps(state);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * As encodeState, letting the event loop run between chunks (about every 64 KB of JSON), so a
 * large state's encoding does not hold up requests for its whole duration. The state must not
 * change until it resolves: for states nothing else writes to meanwhile (the history's, built
 * on a replay of their own), not the runner's live ones.
 */
export async function encodeStateYielding(state: unknown): Promise<Buffer> {
  const steps = encodeSteps(state);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

function* encodeSteps(state: unknown): Generator<void, Buffer> {
  if (!isPlainObject(state)) return encodeHeader({ rest: state, records: [] }, []);
  const rest: Record<string, unknown> = {};
  const records: Header['records'] = [];
  const bodies: Uint8Array[] = [];
  for (const [field, value] of Object.entries(state)) {
    if (!isRecord(value)) {
      own(rest, field, value);
      continue;
    }
    own(rest, field, 0);
    const chunks = yield* encodeRecord(value);
    records.push({
      field,
      chunks: chunks.map((c) => ({ keys: c.keys, length: c.bytes.length })),
    });
    bodies.push(...chunks.map((c) => c.bytes));
  }
  return encodeHeader({ rest, records }, bodies);
}

/** [header length, 4 bytes little-endian][header, compressed JSON][chunk bytes, in order] */
function encodeHeader(header: Header, bodies: readonly Uint8Array[]): Buffer {
  const head = compress(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length);
  return Buffer.concat([length, head, ...bodies]);
}

/** Read when an entry is first used, long after the row was read: the error says what to do. */
function decodeChunk(bytes: Uint8Array): unknown[] {
  try {
    return JSON.parse(decompress(bytes)) as unknown[];
  } catch (error) {
    throw new Error(
      `a snapshot chunk cannot be read (${(error as Error).message}): delete the snapshot file and it is rebuilt from the events`,
    );
  }
}

function decodeRecords(stored: Buffer): unknown {
  const headLength = stored.readUInt32LE(0);
  const header = JSON.parse(decompress(stored.subarray(4, 4 + headLength))) as Header;
  let offset = 4 + headLength;
  const state = header.rest as Record<string, unknown>;
  for (const { field, chunks } of header.records) {
    const parts = chunks.map(({ keys, length }) => {
      const bytes = stored.subarray(offset, offset + length);
      offset += length;
      return { keys, bytes };
    });
    own(state, field, lazyRecord(parts, decodeChunk));
  }
  if (offset !== stored.length) {
    throw new Error(
      `a snapshot is ${stored.length} bytes where its header accounts for ${offset}: delete the snapshot file and it is rebuilt from the events`,
    );
  }
  return state;
}

export function decodeState(codec: string, stored: Buffer | string): unknown {
  switch (codec) {
    case 'json':
      return JSON.parse(typeof stored === 'string' ? stored : stored.toString('utf8'));
    case 'json+brotli':
      return JSON.parse(decompress(stored as Buffer));
    case 'records+brotli':
      return decodeRecords(stored as Buffer);
    default:
      throw new Error(
        `a snapshot is stored with codec "${codec}", which this version cannot read: delete the snapshot file and it is rebuilt from the events`,
      );
  }
}
