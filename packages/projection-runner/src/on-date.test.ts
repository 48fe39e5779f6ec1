import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { boardEstablishedData, priorityAgreedData, priorityRevisedData } from '@tracker/domain';
import {
  openSqliteEventStore,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
} from '@tracker/event-store';
import { applyEvent, boardsProjection, prioritiesProjection } from '@tracker/projections';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storeEvent, testId as id } from '../testing/store-events';
import { businessDateOf, readModelsAt, replay } from './as-of';
import { ProjectionRunner } from './runner';
import { createMemorySnapshotStore, type SnapshotStore } from './snapshot-store';

/**
 * Read models as they stood on a business date: built in log order from only the events
 * whose business date is on or before the day, whatever was recorded when, and never from a
 * snapshot (a snapshot holds a prefix of the log, and business dates do not follow the log).
 * Each answer is checked against the events kept by hand and folded one by one.
 */

const projections = [boardsProjection, prioritiesProjection];
const BOARD = id(1);
const DECISION = id(2);

/**
 * The log, in order: what each event says happened when (its occurredAt, or none), the
 * business date the test expects of it, and when it is recorded.
 */
const LOG: { occurredAt: string | null; date: string; recorded: string }[] = [
  { occurredAt: '2016-12-08', date: '2016-12-08', recorded: '2021-03-01T09:00:00.000Z' },
  { occurredAt: '2021-03-19', date: '2021-03-19', recorded: '2021-03-19T10:00:00.000Z' },
  // A date-time's calendar date as written, in its own offset (2 January in UTC).
  {
    occurredAt: '2020-01-01T23:30:00-05:00',
    date: '2020-01-01',
    recorded: '2021-03-20T10:00:00.000Z',
  },
  // Recorded later, about an earlier day.
  { occurredAt: '2019-06-01', date: '2019-06-01', recorded: '2021-03-21T10:00:00.000Z' },
  // No occurredAt: the day it was recorded.
  { occurredAt: null, date: '2022-05-01', recorded: '2022-05-01T08:00:00.000Z' },
  // A revision of the 2019 priority, on the same day in UTC.
  {
    occurredAt: '2019-06-01T00:00:00.000Z',
    date: '2019-06-01',
    recorded: '2022-05-02T10:00:00.000Z',
  },
  // A revision of the 2021 priority, a year on.
  { occurredAt: '2022-03-19', date: '2022-03-19', recorded: '2022-05-03T10:00:00.000Z' },
];
const PRIORITY = [id(100), id(101), id(102), id(103)];

function eventAt(n: number): { stream: string; event: NewEvent; first: boolean } {
  const { occurredAt } = LOG[n]!;
  const envelope = (type: string, data: unknown) => {
    const event = storeEvent(n + 1, type, data, occurredAt ?? '');
    if (occurredAt === null) delete (event.metadata as Partial<typeof event.metadata>).occurredAt;
    return event;
  };
  if (n === 0) {
    const data = boardEstablishedData.parse({
      boardId: BOARD,
      name: 'Strategic Partnership Board',
      purpose: '',
      parentBoardId: null,
      chair: null,
    });
    return { stream: `board-${BOARD}`, event: envelope('BoardEstablished', data), first: true };
  }
  const agreed = n <= 4;
  const priorityId = agreed ? PRIORITY[n - 1]! : n === 5 ? PRIORITY[2]! : PRIORITY[0]!;
  const data = agreed
    ? priorityAgreedData.parse({
        ...{ priorityId, boardId: BOARD, title: `Priority ${n}`, rationale: 'Agreed' },
        ...{ agreedAt: LOG[n]!.date, decisionId: null },
      })
    : priorityRevisedData.parse({
        ...{ priorityId, title: `Revised at event ${n}`, rationale: 'Revised' },
        ...{ revisedOn: LOG[n]!.date, decisionId: DECISION },
      });
  const type = agreed ? 'PriorityAgreed' : 'PriorityRevised';
  return { stream: `priority-${priorityId}`, event: envelope(type, data), first: agreed };
}

let dir: string;
let store: EventStore;
let snapshots: SnapshotStore;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-on-date-'));
  store = openSqliteEventStore({ path: path.join(dir, 'events.db'), commitThread: 'off' });
  for (let n = 0; n < LOG.length; n++) {
    vi.setSystemTime(new Date(LOG[n]!.recorded));
    const { stream, event, first } = eventAt(n);
    await store.append(stream, [event], {
      expectedRevision: first ? 'no_stream' : 'stream_exists',
    });
  }
  // Snapshots every 2 events: a replay by business date that started from one would show
  // events from after the day.
  snapshots = createMemorySnapshotStore();
  const runner = new ProjectionRunner(store, projections, snapshots, { snapshotEvery: 2 });
  await runner.start();
  await runner.historyBuilt();
  await runner.stop();
});

afterEach(async () => {
  vi.useRealTimers();
  snapshots.close();
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The events on or before a day by the table above, folded in log order one by one. */
async function keptByHand(onDate: string) {
  const events: RecordedEvent[] = [];
  for await (const e of store.readAll()) events.push(e);
  const kept = events.filter((_, n) => LOG[n]!.date <= onDate);
  return {
    count: kept.length,
    state: <S>(projection: { initialState(): S } & Parameters<typeof applyEvent<S>>[0]) =>
      kept.reduce(
        (state, event) => applyEvent(projection, state, event),
        projection.initialState(),
      ),
  };
}

const DAYS = [
  '2016-12-07',
  ...new Set(LOG.map((e) => e.date)),
  '2020-01-02',
  '2021-12-31',
  '2030-01-01',
];

describe('read models on a business date', () => {
  it('reads each event’s business date, the recorded day when it has none', async () => {
    const dates: string[] = [];
    for await (const e of store.readAll()) dates.push(businessDateOf(e));
    expect(dates).toEqual(LOG.map((e) => e.date));
  });

  it('equals the events of that day and before folded in log order, never a snapshot', async () => {
    expect(
      snapshots.positionAtOrBefore('priorities', prioritiesProjection.version, 99),
    ).toBeGreaterThanOrEqual(6);
    for (const onDate of DAYS) {
      const expected = await keptByHand(onDate);
      for (const maxBufferedEvents of [undefined, 1]) {
        const past = await readModelsAt(store, projections, {
          onDate,
          snapshots,
          maxBufferedEvents,
        });
        expect(past.state(prioritiesProjection), onDate).toEqual(
          expected.state(prioritiesProjection),
        );
        expect(past.state(boardsProjection), onDate).toEqual(expected.state(boardsProjection));
      }
      const replayed = await replay(store, projections, { onDate, snapshots });
      expect(replayed.applied, onDate).toBe(expected.count);
      expect(replayed.states.get('priorities'), onDate).toEqual(
        expected.state(prioritiesProjection),
      );
    }
  });

  it('shows a priority agreed on an earlier day though recorded later, and not a later revision', async () => {
    const past = await readModelsAt(store, projections, { onDate: '2019-12-31', snapshots });
    const state = past.state(prioritiesProjection);
    expect(Object.values(state.byId).map((p) => p.title)).toEqual(['Revised at event 5']);
    const later = await readModelsAt(store, projections, { onDate: '2021-03-19', snapshots });
    expect(later.state(prioritiesProjection).byId[PRIORITY[0]!]?.title).toBe('Priority 1');
  });
});
