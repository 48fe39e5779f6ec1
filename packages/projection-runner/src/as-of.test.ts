import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { boardEstablishedData, priorityAgreedData, priorityRevisedData } from '@tracker/domain';
import { openSqliteEventStore, type EventStore } from '@tracker/event-store';
import { boardsProjection, prioritiesProjection } from '@tracker/projections';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storeEvent, testId } from '../testing/store-events';
import { readModelsAt, replay, type ReplayLimit } from './as-of';
import { ProjectionRunner } from './runner';
import {
  createMemorySnapshotStore,
  openSqliteSnapshotStore,
  type SnapshotStore,
} from './snapshot-store';

/**
 * As-of reads by recorded time start from the latest snapshot at or before the time and give
 * exactly what a replay from zero gives, at, between and after snapshots, on the SQLite store
 * (the one that records times) with both snapshot stores.
 */

const id = testId;
const projections = [boardsProjection, prioritiesProjection];
const BOARD = id(1);
const DECISION = id(2);
const event = (n: number, type: string, data: unknown) => storeEvent(n, type, data, '2021-03-19');

/** The n-th event of the log, recorded at minute n (two at minute 7, to test equal times). */
const minute = (n: number) => `2021-03-19T10:${String(n).padStart(2, '0')}:00.000Z`;
const timeOf = (n: number) => minute(n >= 8 ? n - 1 : n);
const COUNT = 12;

/** A board, then priorities agreed and revised, each appended at its own (faked) time. */
async function fill(store: EventStore) {
  vi.setSystemTime(new Date(timeOf(1)));
  await store.append(
    `board-${BOARD}`,
    [
      event(
        1,
        'BoardEstablished',
        boardEstablishedData.parse({
          boardId: BOARD,
          name: 'Strategic Partnership Board',
          purpose: '',
          parentBoardId: null,
          chair: null,
        }),
      ),
    ],
    { expectedRevision: 'no_stream' },
  );
  for (let n = 2; n <= COUNT; n++) {
    vi.setSystemTime(new Date(timeOf(n)));
    const priorityId = id(100 + (n % 4));
    const agreed = n <= 5;
    const data = agreed
      ? priorityAgreedData.parse({
          priorityId,
          boardId: BOARD,
          title: `Priority ${n}`,
          rationale: 'Agreed by the board',
          agreedAt: '2021-03-19',
          decisionId: null,
        })
      : priorityRevisedData.parse({
          priorityId,
          title: `Priority ${n % 4}, revision ${n}`,
          rationale: `Revised at event ${n}`,
          revisedOn: '2021-03-19',
          decisionId: DECISION,
        });
    await store.append(
      `priority-${priorityId}`,
      [event(n, agreed ? 'PriorityAgreed' : 'PriorityRevised', data)],
      { expectedRevision: agreed ? 'no_stream' : 'stream_exists' },
    );
  }
}

let dir: string;
let store: ReturnType<typeof openSqliteEventStore>;
const open: { close(): void }[] = [];

beforeEach(async () => {
  // Only Date is faked: the store's times follow it, timers and I/O run as usual.
  vi.useFakeTimers({ toFake: ['Date'] });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-as-of-'));
  store = openSqliteEventStore({ path: path.join(dir, 'events.db'), commitThread: 'off' });
  await fill(store);
});

afterEach(async () => {
  vi.useRealTimers();
  for (const o of open.splice(0)) o.close();
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs the runner over the log, snapshotting every 3 events (positions 3, 6, 9, 12). */
async function snapshotted(snapshots: SnapshotStore): Promise<SnapshotStore> {
  open.push(snapshots);
  const runner = new ProjectionRunner(store, projections, snapshots, { snapshotEvery: 3 });
  await runner.start();
  await runner.historyBuilt();
  await runner.stop();
  return snapshots;
}

const stores: [string, () => SnapshotStore][] = [
  ['memory', () => createMemorySnapshotStore()],
  ['sqlite', () => openSqliteSnapshotStore(path.join(dir, 'snapshots.db'))],
];

/** Times before the log, at every event, between events, and after the log. */
const times = [
  '2021-03-19T09:00:00.000Z',
  ...Array.from({ length: COUNT }, (_, i) => timeOf(i + 1)),
  ...Array.from({ length: COUNT - 1 }, (_, i) => `${timeOf(i + 1).slice(0, 17)}30.000Z`),
  '2021-03-19T11:00:00.000Z',
];

describe.each(stores)('replay as of a recorded time, %s snapshots', (_name, make) => {
  it('the runner records the recorded time of the last event in each snapshot', async () => {
    const snapshots = await snapshotted(make());
    const recorded = new Map<number, string>();
    for await (const e of store.readAll()) recorded.set(e.position, e.recordedAt);
    for (const position of [3, 6, 9, 12]) {
      const snapshot = snapshots.atOrBefore('priorities', prioritiesProjection.version, position);
      expect(snapshot?.position).toBe(position);
      expect(snapshot?.recordedAt).toBe(recorded.get(position));
    }
  });

  it('equals a replay from zero at, between and after snapshots, reading only what follows the snapshot', async () => {
    const snapshots = await snapshotted(make());
    for (const time of times) {
      const fromZero = await replay(store, projections, { toRecordedAt: time });
      const fromSnapshot = await replay(store, projections, { toRecordedAt: time, snapshots });
      expect(fromSnapshot.states, time).toEqual(fromZero.states);
      expect(fromSnapshot.position, time).toBe(fromZero.position);
      expect(fromSnapshot.recordedAt, time).toBe(fromZero.recordedAt);
      // The latest snapshot at or before the time: at most two events to read after it.
      expect(fromSnapshot.applied, time).toBeLessThanOrEqual(Math.min(fromZero.applied, 2));
    }
  });

  it('starts from the snapshot whose last event was recorded at the time asked', async () => {
    const snapshots = await snapshotted(make());
    // Position 9 holds the ninth event, recorded at minute 8 with nothing else.
    const at = await replay(store, projections, { toRecordedAt: timeOf(9), snapshots });
    expect(at).toMatchObject({ position: 9, applied: 0, recordedAt: timeOf(9) });
    const state = at.states.get('priorities') as { byId: Record<string, { title: string }> };
    expect(state.byId[id(101)]!.title).toBe('Priority 1, revision 9');
    // Two events share minute 7 (positions 7 and 8): a limit at that minute includes both.
    const shared = await replay(store, projections, { toRecordedAt: timeOf(7), snapshots });
    expect(shared).toMatchObject({ position: 8, applied: 2 });
  });

  it('builds read models lazily, each equal to a replay from zero, only those asked for', async () => {
    const snapshots = await snapshotted(make());
    const parsed = vi.spyOn(snapshots, 'atOrBefore');
    for (const limit of [
      ...times.map((t): ReplayLimit => ({ toRecordedAt: t })),
      ...[0, 4, 6, 11, 12].map((p): ReplayLimit => ({ toPosition: p })),
    ]) {
      const fromZero = await replay(store, projections, limit);
      parsed.mockClear();
      const past = await readModelsAt(store, projections, { ...limit, snapshots });
      expect(parsed).not.toHaveBeenCalled();
      expect(past.state(prioritiesProjection), JSON.stringify(limit)).toEqual(
        fromZero.states.get('priorities'),
      );
      expect(parsed.mock.calls.map((c) => c[0])).toEqual(['priorities']);
      expect(past.state(boardsProjection)).toEqual(fromZero.states.get('boards'));
      expect(past.state(prioritiesProjection)).toBe(past.state(prioritiesProjection));
      // Beyond the buffer, every read model is replayed at once: the same answers.
      const streamed = await readModelsAt(store, projections, {
        ...limit,
        snapshots,
        maxBufferedEvents: 1,
      });
      expect(streamed.state(prioritiesProjection)).toEqual(fromZero.states.get('priorities'));
      expect(streamed.state(boardsProjection)).toEqual(fromZero.states.get('boards'));
    }
  });

  it('takes whichever limit comes first when a position and a time are both given', async () => {
    const snapshots = await snapshotted(make());
    const limits: ReplayLimit[] = [
      { toPosition: 4, toRecordedAt: timeOf(10) },
      { toPosition: 10, toRecordedAt: timeOf(5) },
      { toPosition: 6, toRecordedAt: timeOf(6) },
    ];
    for (const limit of limits) {
      const fromZero = await replay(store, projections, limit);
      const fromSnapshot = await replay(store, projections, { ...limit, snapshots });
      expect(fromSnapshot.states).toEqual(fromZero.states);
      expect(fromSnapshot.position).toBe(Math.min(limit.toPosition!, fromZero.position));
    }
  });
});

describe('snapshot files written before snapshots carried a recorded time', () => {
  it('are migrated, and their snapshots serve position limits but never time limits', async () => {
    const file = path.join(dir, 'old-snapshots.db');
    const old = new Database(file);
    old.exec(`CREATE TABLE snapshots (
      name TEXT NOT NULL, version INTEGER NOT NULL, position INTEGER NOT NULL, state TEXT NOT NULL,
      PRIMARY KEY (name, version, position))`);
    // A marked state at position 6: whoever starts from it shows the mark.
    const marked = { byId: {}, idsByBoard: {}, order: ['from-the-old-snapshot'] };
    old
      .prepare('INSERT INTO snapshots VALUES (?, ?, ?, ?)')
      .run('priorities', prioritiesProjection.version, 6, JSON.stringify(marked));
    old.close();

    const snapshots = openSqliteSnapshotStore(file);
    open.push(snapshots);
    const byPosition = await replay(store, [prioritiesProjection], { toPosition: 6, snapshots });
    expect(byPosition.states.get('priorities')).toEqual(marked);
    const byTime = await replay(store, [prioritiesProjection], {
      toRecordedAt: timeOf(6),
      snapshots,
    });
    expect(byTime.applied).toBe(6);
    expect(byTime.states).toEqual(
      (await replay(store, [prioritiesProjection], { toRecordedAt: timeOf(6) })).states,
    );

    // New snapshots in the migrated file carry their time; the file opens again unchanged.
    snapshots.save({
      name: 'priorities',
      version: prioritiesProjection.version,
      position: 9,
      recordedAt: timeOf(9),
      state: byTime.states.get('priorities'),
    });
    snapshots.close();
    open.pop();
    const reopened = openSqliteSnapshotStore(file);
    open.push(reopened);
    expect(
      reopened.atOrBefore('priorities', prioritiesProjection.version, 100, timeOf(12)),
    ).toMatchObject({ position: 9, recordedAt: timeOf(9) });
    expect(
      reopened.atOrBefore('priorities', prioritiesProjection.version, 100, timeOf(8)),
    ).toBeUndefined();
    expect(reopened.atOrBefore('priorities', prioritiesProjection.version, 8)).toMatchObject({
      position: 6,
      recordedAt: null,
    });
  });
});
