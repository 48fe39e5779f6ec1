import { fold, type Aggregate, type DomainEvent } from '@tracker/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFoldCache } from './fold-cache';

/**
 * The fold cache answers what folding the whole stream would, evolving only the events it has
 * not seen; it never mistakes one history for another, keeps each aggregate's state apart,
 * hands out states that cannot be changed, and keeps at most maxStreams.
 */

interface Numbered extends DomainEvent<'Added', { n: number }> {
  id: string;
}

/** An aggregate that keeps every number it saw, in order, and counts its evolve calls. */
function counting(name = 'tally') {
  const calls = { evolve: 0 };
  const aggregate: Aggregate<DomainEvent, { seen: number[] }> = {
    name,
    initialState: () => ({ seen: [] }),
    evolve: (state, event) => {
      calls.evolve++;
      return { seen: [...state.seen, (event as Numbered).data.n] };
    },
  };
  return { aggregate, calls };
}

const eventOf = (stream: string, n: number, id = `${stream}/${n}`): Numbered => ({
  id,
  type: 'Added',
  data: { n },
});

describe('fold cache', () => {
  it('folds as the whole stream would, evolving only the events appended since', () => {
    fc.assert(
      fc.property(
        // Appends of 0 to 4 events to one of three streams, each followed by a fold of it.
        fc.array(fc.tuple(fc.constantFrom('s1', 's2', 's3'), fc.nat({ max: 4 })), {
          maxLength: 30,
        }),
        (appends) => {
          const { aggregate, calls } = counting();
          const foldStream = createFoldCache();
          const streams = new Map<string, Numbered[]>();
          for (const [stream, count] of appends) {
            const events = streams.get(stream) ?? [];
            for (let i = 0; i < count; i++) events.push(eventOf(stream, events.length));
            streams.set(stream, events);
            const before = calls.evolve;
            const folded = foldStream(aggregate, stream, events);
            const evolvedNow = calls.evolve - before;
            expect(folded).toEqual(fold(aggregate, events));
            // Only the new events: a stream folded before takes just its appends.
            expect(evolvedNow).toBe(count);
          }
        },
      ),
    );
  });

  it('folds from the start a history it has not seen, though as long as one it has', () => {
    const { aggregate, calls } = counting();
    const foldStream = createFoldCache();
    foldStream(aggregate, 's', [eventOf('s', 1), eventOf('s', 2)]);
    calls.evolve = 0;
    // Same stream, same length, another last event (another store's history, say).
    const other = [eventOf('s', 1), eventOf('s', 9, 'another-id')];
    expect(foldStream(aggregate, 's', other)).toEqual({ seen: [1, 9] });
    expect(calls.evolve).toBe(2);
  });

  it('keeps apart two aggregates of the same name folding the same stream', () => {
    const real = counting('priority');
    const existence: Aggregate<DomainEvent, null> = {
      name: 'priority',
      initialState: () => null,
      evolve: () => null,
    };
    const foldStream = createFoldCache();
    const events = [eventOf('priority-1', 1)];
    expect(foldStream(existence, 'priority-1', events)).toBeNull();
    expect(foldStream(real.aggregate, 'priority-1', events)).toEqual({ seen: [1] });
    expect(foldStream(existence, 'priority-1', events)).toBeNull();
  });

  it('hands out states that cannot be changed, so no command can corrupt the next', () => {
    const { aggregate } = counting();
    const foldStream = createFoldCache();
    const state = foldStream(aggregate, 's', [eventOf('s', 1)]);
    expect(() => state.seen.push(2)).toThrow(TypeError);
    expect(foldStream(aggregate, 's', [eventOf('s', 1)])).toEqual({ seen: [1] });
  });

  it('keeps at most maxStreams, dropping the least recently folded', () => {
    const { aggregate, calls } = counting();
    const foldStream = createFoldCache({ maxStreams: 2 });
    const a = [eventOf('a', 1)];
    const b = [eventOf('b', 1)];
    const c = [eventOf('c', 1)];
    foldStream(aggregate, 'a', a);
    foldStream(aggregate, 'b', b);
    foldStream(aggregate, 'a', a); // a is now the most recent
    foldStream(aggregate, 'c', c); // pushes out b
    calls.evolve = 0;
    foldStream(aggregate, 'a', a);
    foldStream(aggregate, 'c', c);
    expect(calls.evolve).toBe(0);
    foldStream(aggregate, 'b', b);
    expect(calls.evolve).toBe(1);
  });
});
