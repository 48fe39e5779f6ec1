import { createMemoryEventStore, type EventStore, type NewEvent } from '@tracker/event-store';
import { boardsProjection } from '@tracker/projections';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storeEvent, testId } from '../testing/store-events';
import { projectAsOf, rebuild } from './as-of';
import type { EventSource } from './event-source';
import { ProjectionRunner } from './runner';
import { createMemorySnapshotStore } from './snapshot-store';

const id = testId;

function boardEstablished(n: number, name: string, parent: number | null = null): NewEvent {
  return storeEvent(
    n,
    'BoardEstablished',
    {
      boardId: id(n),
      name,
      purpose: '',
      parentBoardId: parent === null ? null : id(parent),
      chair: null,
    },
    '2019-07-11',
  );
}

async function establish(store: EventStore, n: number, name: string, parent: number | null = null) {
  return store.append(`board-${id(n)}`, [boardEstablished(n, name, parent)], {
    expectedRevision: 'no_stream',
  });
}

const runners: ProjectionRunner[] = [];
afterEach(async () => {
  for (const r of runners.splice(0)) await r.stop();
});

function run(
  store: EventStore,
  snapshots = createMemorySnapshotStore(),
  projections = [boardsProjection],
  snapshotEvery = 2,
) {
  const runner = new ProjectionRunner(store, projections, snapshots, { snapshotEvery });
  runners.push(runner);
  return runner;
}

describe('ProjectionRunner', () => {
  it('catches up with what is already stored before start() resolves', async () => {
    const store = createMemoryEventStore();
    await establish(store, 1, 'Strategic Partnership Board');
    await establish(store, 2, 'SPB Executive', 1);
    const runner = run(store);
    await runner.start();
    expect(runner.ready).toBe(true);
    const state = runner.state(boardsProjection);
    expect(state.order.map((b) => state.byId[b]!.name)).toEqual([
      'Strategic Partnership Board',
      'SPB Executive',
    ]);
    expect(state.byId[id(1)]!.childBoardIds).toEqual([id(2)]);
  });

  it('follows new events live, and waitFor resolves once they are applied (read-your-writes)', async () => {
    const store = createMemoryEventStore();
    const runner = run(store);
    await runner.start();
    const { position } = await establish(store, 3, 'People and Place');
    await runner.waitFor(position);
    expect(runner.state(boardsProjection).byId[id(3)]?.name).toBe('People and Place');
  });

  it('resumes from its snapshot without applying old events twice', async () => {
    const store = createMemoryEventStore();
    const snapshots = createMemorySnapshotStore();
    await establish(store, 1, 'Strategic Partnership Board');
    await establish(store, 2, 'SPB Executive', 1);
    const first = run(store, snapshots);
    await first.start();
    await first.stop();
    expect(snapshots.latest('boards', boardsProjection.version)?.position).toBe(
      await store.headPosition(),
    );

    await establish(store, 3, 'Offender Management', 2);
    const second = run(store, snapshots);
    await second.start();
    const state = second.state(boardsProjection);
    // A double application would list the SPB twice and its child twice.
    expect(state.order).toEqual([id(1), id(2), id(3)]);
    expect(state.byId[id(2)]!.childBoardIds).toEqual([id(3)]);
    expect(state).toEqual(await rebuild(store, boardsProjection));
  });

  it('start() waits for a catch-up longer than waitFor would (a rebuild of a large log)', async () => {
    const store = createMemoryEventStore();
    await establish(store, 1, 'Strategic Partnership Board');
    // A store whose catch-up is held back until the gate opens, an hour later.
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const slow: EventSource = {
      headPosition: () => store.headPosition(),
      readAll: (options) => store.readAll(options),
      readAllPages: (options) => store.readAllPages(options),
      subscribeToAll: (options) => {
        const inner = store.subscribeToAll(options);
        return {
          async *[Symbol.asyncIterator]() {
            await gate;
            yield* inner;
          },
          close: () => inner.close(),
        };
      },
    };
    vi.useFakeTimers();
    try {
      const runner = new ProjectionRunner(slow, [boardsProjection], createMemorySnapshotStore());
      runners.push(runner);
      let settled: string | undefined;
      const started = runner.start().then(
        () => (settled = 'resolved'),
        (error: Error) => (settled = error.message),
      );
      await vi.advanceTimersByTimeAsync(60 * 60 * 1000);
      expect(settled).toBeUndefined();
      open();
      await started;
      expect(settled).toBe('resolved');
      expect(runner.state(boardsProjection).order).toEqual([id(1)]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('rebuilds from zero when a projection version changes', async () => {
    const store = createMemoryEventStore();
    const snapshots = createMemorySnapshotStore();
    await establish(store, 1, 'Strategic Partnership Board');
    // A snapshot of the current version that disagrees with the events: a rebuild must not use it.
    snapshots.save({
      name: 'boards',
      version: boardsProjection.version,
      position: await store.headPosition(),
      state: { byId: {}, order: [] },
    });
    const bumped = { ...boardsProjection, version: boardsProjection.version + 1 };
    const runner = run(store, snapshots, [bumped]);
    await runner.start();
    expect(runner.state(bumped).order).toEqual([id(1)]);
    expect(snapshots.latest('boards', boardsProjection.version)).toBeUndefined();
  });

  it('builds a read model as it stood at a past position, from the nearest snapshot', async () => {
    const store = createMemoryEventStore();
    const snapshots = createMemorySnapshotStore();
    const a = await establish(store, 1, 'Strategic Partnership Board');
    const b = await establish(store, 2, 'SPB Executive', 1);
    await establish(store, 3, 'Serious and Organised Crime', 1);
    const runner = run(store, snapshots, [boardsProjection], 1);
    await runner.start();
    const atA = await projectAsOf(store, boardsProjection, a.position, snapshots);
    const atB = await projectAsOf(store, boardsProjection, b.position, snapshots);
    expect(atA.order).toEqual([id(1)]);
    expect(atB.order).toEqual([id(1), id(2)]);
    expect(atB.byId[id(1)]!.childBoardIds).toEqual([id(2)]);
    // The live state was not disturbed by the as-of reads.
    expect(runner.state(boardsProjection).order).toEqual([id(1), id(2), id(3)]);
  });
});
