import { describe, expect, it } from 'vitest';
import { CODEC, decodeState, encodeState } from './snapshot-codec';

describe('the snapshot codec', () => {
  const state = {
    byId: Object.fromEntries(
      Array.from({ length: 2_000 }, (_, i) => [
        `initiative-${i}`,
        { id: `initiative-${i}`, status: 'IN_PROGRESS', rag: i % 3 ? 'AMBER' : 'GREEN', n: i },
      ]),
    ),
    order: Array.from({ length: 2_000 }, (_, i) => `initiative-${i}`),
    note: 'Ünïcode — survives',
  };

  it('round-trips a read model state, stored several times smaller than its JSON', () => {
    const stored = encodeState(state);
    expect(decodeState(CODEC, stored)).toEqual(state);
    expect(stored.length).toBeLessThan(JSON.stringify(state).length / 5);
  });

  it('reads the plain JSON rows written before it, as text or as bytes', () => {
    expect(decodeState('json', JSON.stringify(state))).toEqual(state);
    expect(decodeState('json', Buffer.from(JSON.stringify(state)))).toEqual(state);
  });

  it('refuses a codec it does not know, saying what to do', () => {
    expect(() => decodeState('zstd', Buffer.alloc(1))).toThrow(
      /codec "zstd".*delete the snapshot file and it is rebuilt from the events/,
    );
  });
});
