import zlib from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODEC, decodeState, encodeState, encodeStateYielding } from './snapshot-codec';

const initiative = (i: number) => ({
  id: `initiative-${i}`,
  status: 'IN_PROGRESS',
  rag: i % 3 ? 'AMBER' : 'GREEN',
  // Long enough that the entries fill many chunks.
  history: Array.from({ length: 20 }, (_, n) => ({ on: `2021-03-${(n % 28) + 1}`, note: `n${n}` })),
});

const makeState = () => ({
  byId: Object.fromEntries(
    Array.from({ length: 2_000 }, (_, i) => [`initiative-${i}`, initiative(i)]),
  ),
  order: Array.from({ length: 2_000 }, (_, i) => `initiative-${i}`),
  versionByBoard: { 'board-1': 3, 'board-2': 0 },
  empty: {},
  note: 'Ünïcode — survives',
});

/** How many chunks JSON.parse'd: every chunk decode passes through brotli's decompress. */
function countingDecompress<T>(work: () => T): { result: T; decoded: number } {
  const original = zlib.brotliDecompressSync;
  let decoded = 0;
  zlib.brotliDecompressSync = ((...args: Parameters<typeof original>) => {
    decoded++;
    return original(...args);
  }) as typeof original;
  try {
    return { result: work(), decoded };
  } finally {
    zlib.brotliDecompressSync = original;
  }
}

describe('the snapshot codec', () => {
  it('round-trips a read model state, key order included, stored several times smaller than its JSON', () => {
    const state = makeState();
    const stored = encodeState(state);
    const decoded = decodeState(CODEC, stored);
    expect(decoded).toEqual(state);
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(state));
    expect(stored.length).toBeLessThan(JSON.stringify(state).length / 5);
  });

  it('round-trips any JSON state as JSON.stringify would (entries without a JSON value dropped)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.dictionary(fc.string(), fc.dictionary(fc.string(), fc.jsonValue())),
        ),
        (state) => {
          const decoded = decodeState(CODEC, encodeState(state));
          expect(JSON.stringify(decoded)).toBe(JSON.stringify(state));
        },
      ),
      { numRuns: 300 },
    );
    const odd = JSON.parse('{"__proto__": {"__proto__": {"n": 1}, "x": [1]}, "y": 2}') as object;
    expect(JSON.stringify(decodeState(CODEC, encodeState(odd)))).toBe(JSON.stringify(odd));
    const withUndefined = { byId: { a: { n: 1 }, b: undefined, '2': { n: 2 }, '1': [] } };
    expect(JSON.stringify(decodeState(CODEC, encodeState(withUndefined)))).toBe(
      JSON.stringify(withUndefined),
    );
  });

  it('parses a chunk only when one of its entries is used, and keys need none', () => {
    const { result: state, decoded: forHeader } = countingDecompress(
      () => decodeState(CODEC, encodeState(makeState())) as ReturnType<typeof makeState>,
    );
    expect(forHeader).toBe(1);
    const { decoded: forKeys } = countingDecompress(() => {
      expect(Object.keys(state.byId)).toHaveLength(2_000);
      expect('initiative-7' in state.byId).toBe(true);
      expect(state.order[1_999]).toBe('initiative-1999');
    });
    expect(forKeys).toBe(0);
    const { decoded: forOne } = countingDecompress(() => {
      expect(state.byId['initiative-1500']).toEqual(initiative(1500));
      expect(state.byId['initiative-1500']).toEqual(initiative(1500));
    });
    expect(forOne).toBe(1);
    const { decoded: forAll } = countingDecompress(() =>
      expect(Object.values(state.byId)).toHaveLength(2_000),
    );
    expect(forAll).toBeGreaterThan(10);
  });

  it('keeps what handlers do to a decoded state: in-place changes, writes, deletes and additions', () => {
    const state = decodeState(CODEC, encodeState(makeState())) as ReturnType<typeof makeState>;
    const expected = makeState();
    for (const s of [state, expected]) {
      s.byId['initiative-3']!.status = 'COMPLETE';
      s.byId['initiative-900'] = { ...initiative(900), rag: 'RED' };
      delete s.byId['initiative-1200'];
      s.byId['initiative-new'] = initiative(2_001);
      s.order.push('initiative-new');
    }
    expect(state).toEqual(expected);
    expect(decodeState(CODEC, encodeState(state))).toEqual(expected);
    // A deleted entry whose chunk is decoded afterwards stays deleted.
    expect(Object.keys(state.byId)).not.toContain('initiative-1200');
    expect(state.byId['initiative-1201']).toEqual(initiative(1201));
    expect(Object.keys(state.byId)).not.toContain('initiative-1200');
  });

  it('stores the chunks nothing used as they were, and re-encodes only those touched', () => {
    const first = encodeState(makeState());
    const state = decodeState(CODEC, first) as ReturnType<typeof makeState>;
    expect(encodeState(state).equals(first)).toBe(true);
    state.byId['initiative-10']!.rag = 'RED';
    const { result: second, decoded } = countingDecompress(() => encodeState(state));
    // Nothing decoded while re-encoding: the touched chunk was decoded when it was used.
    expect(decoded).toBe(0);
    expect(second.equals(first)).toBe(false);
    expect(second.length).toBeGreaterThan(first.length * 0.9);
    expect(second.length).toBeLessThan(first.length * 1.1);
    expect((decodeState(CODEC, second) as typeof state).byId['initiative-10']!.rag).toBe('RED');
  });

  it('can let the event loop run between chunks, writing the same bytes', async () => {
    const state = makeState();
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const yielded = await encodeStateYielding(state);
    ticking = false;
    expect(yielded.equals(encodeState(state))).toBe(true);
    // One turn at least per chunk written: the state above fills dozens.
    expect(turns).toBeGreaterThan(10);
  });

  it('reads the rows written before it: plain JSON as text or bytes, and JSON with Brotli', () => {
    const state = makeState();
    expect(decodeState('json', JSON.stringify(state))).toEqual(state);
    expect(decodeState('json', Buffer.from(JSON.stringify(state)))).toEqual(state);
    expect(decodeState('json+brotli', zlib.brotliCompressSync(JSON.stringify(state)))).toEqual(
      state,
    );
  });

  it('refuses a codec it does not know, or a damaged row, saying what to do', () => {
    expect(() => decodeState('zstd', Buffer.alloc(1))).toThrow(
      /codec "zstd".*delete the snapshot file and it is rebuilt from the events/,
    );
    const stored = encodeState(makeState());
    expect(() => decodeState(CODEC, stored.subarray(0, stored.length - 10))).toThrow(
      /delete the snapshot file and it is rebuilt from the events/,
    );
    // A chunk damaged on disk is found when an entry in it is first used, and every time after.
    const damaged = Buffer.from(stored);
    damaged.fill(7, damaged.length - 200, damaged.length - 100);
    const state = decodeState(CODEC, damaged) as ReturnType<typeof makeState>;
    expect(state.byId['initiative-0']).toEqual(initiative(0));
    for (let i = 0; i < 2; i++) {
      expect(() => Object.values(state.byId)).toThrow(
        /a snapshot chunk cannot be read .*delete the snapshot file and it is rebuilt from the events/,
      );
    }
  });
});
