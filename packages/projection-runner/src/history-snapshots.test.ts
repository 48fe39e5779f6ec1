import { createMemoryEventStore, type EventStore } from '@tracker/event-store';
import { boardsProjection, prioritiesProjection } from '@tracker/projections';
import { describe, expect, it } from 'vitest';
import { storeEvent, testId } from '../testing/store-events';
import { projectAsOf, rebuild } from './as-of';
import { historyGaps } from './history-snapshots';
import { ProjectionRunner } from './runner';
import { createMemorySnapshotStore, type SnapshotStore } from './snapshot-store';
import { snapshotsToDrop } from './snapshot-retention';

/** Boards `from` to `to`, one event each (in a new store: at positions 1..count). */
async function establish(store: EventStore, from: number, to: number) {
  let last = { position: 0 };
  for (let n = from; n <= to; n++) {
    last = await store.append(
      `board-${testId(n)}`,
      [
        storeEvent(
          n,
          'BoardEstablished',
          { boardId: testId(n), name: `Board ${n}`, purpose: '', parentBoardId: null, chair: null },
          '2019-07-11',
        ),
      ],
      { expectedRevision: 'no_stream' },
    );
  }
  return last;
}

async function boards(count: number): Promise<EventStore> {
  const store = createMemoryEventStore();
  await establish(store, 1, count);
  return store;
}

/** The positions of the snapshots saved, in order, either way (the history's yield). */
function counting(snapshots: SnapshotStore) {
  const saves: number[] = [];
  const save = snapshots.save.bind(snapshots);
  const saveYielding = snapshots.saveYielding.bind(snapshots);
  snapshots.save = (snapshot) => {
    saves.push(snapshot.position);
    save(snapshot);
  };
  snapshots.saveYielding = async (snapshot) => {
    saves.push(snapshot.position);
    await saveYielding(snapshot);
  };
  return saves;
}

describe('the history of snapshots', () => {
  it('plans the gaps wider than the retention rule keeps, spaced as it keeps them', () => {
    expect(historyGaps([12], 3)).toEqual([{ from: 0, points: [3, 6, 9] }]);
    expect(historyGaps([3, 6, 9, 12], 3)).toEqual([]);
    expect(historyGaps([], 3)).toEqual([]);
    expect(historyGaps([6, 12], 3)).toEqual([
      { from: 0, points: [3] },
      { from: 6, points: [9] },
    ]);
    // Far from the head the spacing widens, as retention would thin it: nothing planned is
    // dropped again once saved.
    const head = 10_000_000;
    const [gap] = historyGaps([head], 50_000);
    const planned = [...gap!.points, head];
    expect(snapshotsToDrop(planned)).toEqual([]);
    expect(gap!.points.length).toBeLessThan(head / 50_000 / 2);
  });

  it('is built after catching up, not during it, and as-of reads start from it', async () => {
    const store = await boards(20);
    const snapshots = createMemorySnapshotStore();
    const saves = counting(snapshots);
    const runner = new ProjectionRunner(store, [boardsProjection], snapshots, {
      snapshotEvery: 4,
    });
    await runner.start();
    expect(saves).toEqual([]);
    await runner.historyBuilt();
    // The head first (a restart starts there), then the history in order.
    expect(saves).toEqual([20, 4, 8, 12, 16]);
    expect(snapshots.positions('boards', boardsProjection.version)).toEqual([4, 8, 12, 16, 20]);
    for (const position of [4, 8, 13]) {
      const snapshot = snapshots.atOrBefore('boards', boardsProjection.version, position);
      expect(snapshot?.state).toEqual(
        await projectAsOf(store, boardsProjection, snapshot!.position),
      );
    }
    // Once caught up, live events are snapshotted as they come, every 4.
    const { position } = await establish(store, 21, 24);
    await runner.waitFor(position);
    expect(snapshots.positions('boards', boardsProjection.version)).toEqual([4, 8, 12, 16, 20, 24]);
    await runner.stop();
    expect(runner.state(boardsProjection)).toEqual(await rebuild(store, boardsProjection));
  });

  it('finds nothing to build at the next start, and fills only the read model that lacks it', async () => {
    const store = await boards(12);
    const snapshots = createMemorySnapshotStore();
    const first = new ProjectionRunner(store, [boardsProjection], snapshots, { snapshotEvery: 3 });
    await first.start();
    await first.historyBuilt();
    await first.stop();
    const saves = counting(snapshots);
    const second = new ProjectionRunner(
      store,
      [boardsProjection, prioritiesProjection],
      snapshots,
      { snapshotEvery: 3 },
    );
    await second.start();
    await second.historyBuilt();
    await second.stop();
    // Boards had its history; priorities (new here) gets the head's and the history's.
    expect(snapshots.positions('boards', boardsProjection.version)).toEqual([3, 6, 9, 12]);
    expect(snapshots.positions('priorities', prioritiesProjection.version)).toEqual([3, 6, 9, 12]);
    expect(saves.length).toBe(4);
  });

  it('stops where it is when the runner stops, and the runner still stops cleanly', async () => {
    const store = await boards(40);
    const snapshots = createMemorySnapshotStore();
    const runner = new ProjectionRunner(store, [boardsProjection], snapshots, { snapshotEvery: 2 });
    await runner.start();
    await runner.stop();
    // Stopped before the history began: only the head, from stop().
    expect(snapshots.positions('boards', boardsProjection.version)).toEqual([40]);
  });
});
