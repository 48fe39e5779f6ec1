import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import Database from 'better-sqlite3';
import { createLogger, createTracker } from '@tracker/api';
import { loadConfig } from '@tracker/composition';
import { openSqliteEventStore, type EventStore } from '@tracker/event-store';
import {
  openSqliteSnapshotStore,
  ProjectionRunner,
  projectAsOf,
  replay,
} from '@tracker/projection-runner';
import { allProjections, type AnyProjection } from '@tracker/projections';
import { progress } from '../services/cli/src/progress';
import { generateAuditLog } from './audit-events';
import { rebuildInOwnProcess, startInOwnProcess } from './own-process';
import { soakInOwnProcess } from './soak';
import { median, rate, verdict, type BenchSection, type Row } from './table';

/**
 * The auditor's view over a large log: BENCH_AUDIT_EVENTS (default 1,000,000; `--quick`:
 * 100,000) generated domain events (audit-events.ts) in an embedded SQLite store.
 *
 * (a) Rebuild from zero of every read model the runner keeps (allProjections, whatever read
 *     models exist when it runs) through `replay` (what `tracker rebuild` does), beside a bare
 *     better-sqlite3 iterate + JSON.parse (data and metadata) over the same rows of the same
 *     file; after one cold pair (shown beside it), BENCH_AUDIT_RUNS (default 3) interleaved
 *     pairs, the ratio the median of the pairs'. The rebuild reads with two threads (the
 *     store's read-ahead), the bare loop with one: the machine's cores are the tracker's to
 *     use; the bare loop is what one thread reading and parsing costs. (a1) One more replay with every handler timed: the time in each read model's
 *     handlers, beside the rest (reading, parsing, dispatch, garbage collection). (a2) The
 *     projection runner catching up from zero with no snapshots, as the server does when a
 *     read model's version changes, until it is ready, once, against a bare read run right
 *     after it; then (waited for, and shown beside it) the snapshots of the history, every
 *     50,000 events, that it builds in the background once caught up (the snapshots (b) and
 *     (c) use).
 * (b) Every read model as of a recorded time in the middle of the log, just before a snapshot
 *     (so the most events to replay at that age: nearly the spacing, 50,000), from
 *     those snapshots (median of 5, each run holding only its own states, as the server's as-of
 *     thread does; what an asOf query touching every read model pays), checked against a
 *     replay from zero to the same time. (b1) Each read model alone as of that time (median of
 *     3 each): the API builds as-of read models lazily (readModelsAt), so a query pays this for
 *     each read model it touches. (b2) A GraphQL portfolio page as of that time, over HTTP.
 * (a3) The snapshot file (a2) wrote, beside the event log it was built from.
 * (d) The compiled server (dist/server.js, as `npm start` runs it) starting in its own process
 *     on those files: seconds until /readyz answers 200 (median of 3), and (d1) its RSS then,
 *     from its own /metrics. (e) `tracker rebuild` (the compiled CLI) in its own process: its
 *     peak RSS (bench/own-process.ts).
 * (c) The history of 50 initiatives in one GraphQL query through the real server (createTracker
 *     on the same files, TRACKER_SEED=off, over HTTP with an auditor key): store reads
 *     (readStreams, readStream, readAll calls on the store) made while answering it.
 */

const QUICK = process.argv.includes('--quick');
const EVENTS = Number(process.env.BENCH_AUDIT_EVENTS ?? (QUICK ? 100_000 : 1_000_000));
const RUNS = Number(process.env.BENCH_AUDIT_RUNS ?? 3);
const AS_OF_RUNS = 5;
const ALONE_RUNS = 3;
const HISTORY_RUNS = 5;
const ENTITIES = 50;
/** The runner's own default, as the server runs it. */
const SNAPSHOT_EVERY = 50_000;

const START_RUNS = 3;
const mib = (bytes: number) => `${count(bytes / 2 ** 20)} MiB`;
/** A SQLite file with its write-ahead log. */
const bytesOf = (file: string) =>
  fs.statSync(file).size + (fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0);
const seconds = (started: number) => (performance.now() - started) / 1000;

/** Reads every entry of every read model's maps: all a query could touch, decoded. */
function readEveryEntry(states: ReadonlyMap<string, unknown>): number {
  let entries = 0;
  for (const state of states.values()) {
    for (const part of Object.values(state as object)) {
      if (part && typeof part === 'object') entries += Object.values(part as object).length;
    }
  }
  return entries;
}
const say = (text: string) => process.stderr.write(`  audit: ${text}\n`);
const count = (n: number) => Math.round(n).toLocaleString('en-GB');

/** Reads every row the store holds, in order, and parses its JSON: the fastest a rebuild could read. */
function bareRead(file: string): { events: number; perSecond: number } {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.prepare<[], { data: string; metadata: string }>(
      'SELECT position, id, stream_id, revision, type, data, metadata, recorded_at FROM events ORDER BY position',
    );
    const started = performance.now();
    let events = 0;
    let objects = 0;
    for (const row of rows.iterate()) {
      const data: unknown = JSON.parse(row.data);
      const metadata: unknown = JSON.parse(row.metadata);
      if (data !== null && metadata !== null) objects++;
      events++;
    }
    if (objects === 0) throw new Error('the bare read parsed nothing');
    return { events, perSecond: events / seconds(started) };
  } finally {
    db.close();
  }
}

async function rebuildAll(store: EventStore): Promise<{ events: number; perSecond: number }> {
  const started = performance.now();
  const { applied } = await replay(store, allProjections);
  return { events: applied, perSecond: applied / seconds(started) };
}

/**
 * Where a rebuild's time goes: the same replay with every handler timed, so the time in each
 * read model's handlers shows beside the rest (reading, parsing, dispatch). A diagnostic
 * run of its own: the timing adds its own cost, so its total is not the rebuild's figure.
 */
async function rebuildBreakdown(store: EventStore) {
  const spent = new Map<string, number>(allProjections.map((p) => [p.name, 0]));
  const timed = allProjections.map((p) => ({
    ...p,
    on: Object.fromEntries(
      Object.entries(p.on).map(([type, handler]) => [
        type,
        (state: unknown, event: unknown) => {
          const started = performance.now();
          const next = (handler as (s: unknown, e: unknown) => unknown)(state, event);
          spent.set(p.name, spent.get(p.name)! + performance.now() - started);
          return next;
        },
      ]),
    ),
  })) as AnyProjection[];
  const started = performance.now();
  await replay(store, timed);
  const total = seconds(started);
  const inHandlers = [...spent.values()].reduce((a, b) => a + b, 0) / 1000;
  const slowest = [...spent].sort((a, b) => b[1] - a[1]);
  return { total, inHandlers, slowest: slowest.map(([name, ms]) => ({ name, s: ms / 1000 })) };
}

/** Counts the reads the store answers (history reads go through these). */
function countingReads(store: EventStore) {
  const counter = { reads: 0 };
  const counted: EventStore = {
    ...store,
    readStream: (...args) => {
      counter.reads++;
      return store.readStream(...args);
    },
    readAll: (...args) => {
      counter.reads++;
      return store.readAll(...args);
    },
    ...(store.readStreams && {
      readStreams: (ids: readonly string[]) => {
        counter.reads++;
        return store.readStreams!(ids);
      },
    }),
  };
  return { counted, counter };
}

// Two changes a page: what the reads count does not depend on, and within the API's cost limit
// for 50 initiatives (every change is still counted in totalCount).
const HISTORY_QUERY = `query History($first: Int!) {
  initiatives(first: $first) {
    edges { node { id title history(first: 2) {
      totalCount
      edges { node { eventType actor role recordedAt occurredAt reason commandId } }
    } } }
  }
}`;

interface HistoryAnswer {
  data?: {
    initiatives: { edges: { node: { history: { totalCount: number } } }[] };
  };
  errors?: { message: string }[];
}

const AS_OF_QUERY = /* GraphQL */ `
  query ($asOf: DateTime) {
    initiatives(first: 50, asOf: $asOf) {
      totalCount
      nodes {
        title
        status
        board {
          name
        }
        priorities {
          title
        }
        leadOrganisations {
          name
        }
      }
    }
  }
`;

async function historyOf50(dir: string, file: string, snapshotsFile: string, asOf: string) {
  const key = 'bench-audit-auditor-key';
  const config = loadConfig({
    TRACKER_DB: file,
    TRACKER_SNAPSHOTS: snapshotsFile,
    TRACKER_KEY_FILE: path.join(dir, 'api-keys.json'),
    TRACKER_API_KEYS: `${key}=bench.auditor:auditor`,
    TRACKER_SEED: 'off',
    PORT: '0',
    LOG_LEVEL: 'silent',
  });
  const store = openSqliteEventStore({ path: file });
  const { counted, counter } = countingReads(store);
  const started = performance.now();
  // Uncached: these rows are what building the answer costs (portfolio-page.ts has the cache's).
  const tracker = await createTracker(config, createLogger('silent'), {
    store: counted,
    responseCache: false,
  });
  const startSeconds = seconds(started);
  try {
    const { url } = await tracker.listen();
    const ask = async () => {
      const before = counter.reads;
      const asked = performance.now();
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: HISTORY_QUERY, variables: { first: ENTITIES } }),
      });
      const answer = (await response.json()) as HistoryAnswer;
      const ms = performance.now() - asked;
      if (answer.errors || !answer.data) {
        throw new Error(`the history query failed: ${JSON.stringify(answer.errors ?? answer)}`);
      }
      const entities = answer.data.initiatives.edges;
      const changes = entities.reduce((n, e) => n + e.node.history.totalCount, 0);
      return { reads: counter.reads - before, ms, entities: entities.length, changes };
    };
    const answers = [];
    for (let i = 0; i < HISTORY_RUNS; i++) answers.push(await ask());
    // The portfolio page as the office knew it mid-log: what an auditor's asOf query costs
    // through the API, which builds only the read models the query touches.
    const asOfMs: number[] = [];
    for (let i = 0; i < AS_OF_RUNS; i++) {
      const asked = performance.now();
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: AS_OF_QUERY, variables: { asOf } }),
      });
      const answer = (await response.json()) as { errors?: unknown; data?: unknown };
      if (answer.errors || !answer.data)
        throw new Error(`the as-of query failed: ${JSON.stringify(answer.errors ?? answer)}`);
      asOfMs.push(performance.now() - asked);
    }
    return { answers, startSeconds, asOfMs };
  } finally {
    await tracker.close();
  }
}

export const audit: BenchSection = {
  title: `The auditor's view over ${count(EVENTS)} generated events, embedded SQLite store (rebuild: medians of ${RUNS} interleaved runs after a cold one, ratio: median of the runs' ratios; as of: median of ${AS_OF_RUNS})`,
  async run(): Promise<Row[]> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-bench-audit-'));
    const file = path.join(dir, 'tracker.db');
    const snapshotsFile = path.join(dir, 'snapshots.db');
    try {
      // The generator commits on this thread, up to 512 appends per transaction.
      const writer = openSqliteEventStore({ path: file, commitThread: 'off' });
      const generating = performance.now();
      // A bar on a terminal, a line every few seconds in a log (the CLI's progress).
      const bar = progress('  audit: generating events', EVENTS);
      const log = await generateAuditLog(writer, EVENTS, (events) => bar.update(events));
      await writer.close();
      bar.finish(`  audit: ${count(log.events)} events generated`);
      say(
        `${count(log.events)} events from ${count(log.commands)} commands over ${count(log.streams)} streams, ${log.partnerships} partnerships, ${log.byType.size} event types, in ${seconds(generating).toFixed(1)} s (${count(log.refused)} commands refused by the domain and left out)`,
      );

      const store = openSqliteEventStore({ path: file });
      // A first pair, cold (the JIT compiling every handler, the read-ahead thread starting):
      // what one `tracker rebuild` meets; shown beside (a), which is measured warm, as the
      // store section measures after its warm-up.
      const coldBare = bareRead(file);
      const cold = await rebuildAll(store);
      say(
        `cold pair: bare ${rate(coldBare.perSecond, 'events')}, rebuild ${rate(cold.perSecond, 'events')}`,
      );
      const bare: { events: number; perSecond: number }[] = [];
      const rebuilt: { events: number; perSecond: number }[] = [];
      for (let run = 0; run < RUNS; run++) {
        bare.push(bareRead(file));
        rebuilt.push(await rebuildAll(store));
        say(
          `run ${run + 1}: bare ${rate(bare[run]!.perSecond, 'events')}, rebuild ${rate(rebuilt[run]!.perSecond, 'events')}`,
        );
      }
      if (rebuilt.some((r, i) => r.events !== bare[i]!.events)) {
        throw new Error('the rebuild and the bare loop read different numbers of events');
      }
      const breakdown = await rebuildBreakdown(store);
      say(
        `rebuild with timed handlers ${breakdown.total.toFixed(1)} s: ${breakdown.inHandlers.toFixed(1)} s in read models (${breakdown.slowest.map((r) => `${r.name} ${r.s.toFixed(2)}`).join(', ')})`,
      );
      const bareRate = median(bare.map((b) => b.perSecond));
      const rebuildRate = median(rebuilt.map((r) => r.perSecond));
      const rebuildRatio = median(rebuilt.map((r, i) => r.perSecond / bare[i]!.perSecond));

      // The runner from zero, as the server after a version change: it writes the snapshots.
      const snapshots = openSqliteSnapshotStore(snapshotsFile);
      const runner = new ProjectionRunner(store, allProjections, snapshots, {
        snapshotEvery: SNAPSHOT_EVERY,
      });
      const catchingUp = performance.now();
      await runner.start();
      const runnerRate = log.events / seconds(catchingUp);
      const buildingHistory = performance.now();
      await runner.historyBuilt();
      const historySeconds = seconds(buildingHistory);
      const rss = process.memoryUsage().rss;
      await runner.stop();
      const snapshotBytes = bytesOf(snapshotsFile);
      const logBytes = bytesOf(file);
      const bareAfter = bareRead(file);
      const runnerRatio = runnerRate / bareAfter.perSecond;
      say(
        `runner from zero ${rate(runnerRate, 'events')}, then the history's snapshots in ${historySeconds.toFixed(1)} s, bare after it ${rate(bareAfter.perSecond, 'events')}; RSS with the runner's read models ${count(rss / 2 ** 20)} MiB`,
      );

      // As of just before the first snapshot past the middle of the log (every read model has
      // the same snapshot positions): the most events to replay at that age.
      const middle = Math.ceil(log.events / 2);
      const worst = Math.min(
        ...allProjections.map(
          (p) =>
            snapshots
              .positions(p.name, p.version)
              .sort((a, b) => a - b)
              .find((at) => at > middle) ?? log.events + 1,
        ),
      );
      // A millisecond before that event was recorded: the generator commits up to 512 appends
      // in one transaction, which share a recorded time, so the event just before it might.
      let asOf = '';
      for await (const e of store.readAll({ fromPosition: worst, limit: 1 }))
        asOf = new Date(Date.parse(e.recordedAt) - 1).toISOString();
      const span = { from: '', to: '' };
      for await (const e of store.readAll({ fromPosition: 1, limit: 1 })) span.from = e.recordedAt;
      for await (const e of store.readAll({ fromPosition: log.events, limit: 1 }))
        span.to = e.recordedAt;
      const asOfTimes: number[] = [];
      const everyEntryTimes: number[] = [];
      let fromSnapshots: Awaited<ReturnType<typeof replay>> | undefined;
      for (let i = 0; i < AS_OF_RUNS; i++) {
        // The run before's states go first: a server builds one as-of state at a time.
        fromSnapshots = undefined;
        const started = performance.now();
        fromSnapshots = await replay(store, allProjections, { toRecordedAt: asOf, snapshots });
        asOfTimes.push(seconds(started));
        readEveryEntry(fromSnapshots.states);
        everyEntryTimes.push(seconds(started));
      }
      const fromZeroStarted = performance.now();
      let fromZero: typeof fromSnapshots = await replay(store, allProjections, {
        toRecordedAt: asOf,
      });
      const fromZeroSeconds = seconds(fromZeroStarted);
      readEveryEntry(fromZero.states);
      const fromZeroEveryEntrySeconds = seconds(fromZeroStarted);
      const same =
        fromZero.position === fromSnapshots!.position &&
        isDeepStrictEqual(fromZero.states, fromSnapshots!.states);
      const { position: asOfPosition, applied: asOfApplied } = fromSnapshots!;
      // Two more copies of every read model: let them go before the rows below are timed, so
      // those pay the garbage collection a server holding one copy would, not three times it.
      fromSnapshots = fromZero = undefined;
      const asOfSeconds = median(asOfTimes);
      const everyEntrySeconds = median(everyEntryTimes);
      say(
        `as of ${asOf} (position ${count(asOfPosition)}): ${count(asOfApplied)} events replayed after the snapshot, ${asOfTimes.map((t) => t.toFixed(2)).join(', ')} s; from zero ${fromZeroSeconds.toFixed(2)} s; same answer: ${same}`,
      );
      // Each read model alone, as a query that needs only one of them could be answered.
      const alone: { name: string; s: number }[] = [];
      for (const projection of allProjections) {
        const times: number[] = [];
        for (let i = 0; i < ALONE_RUNS; i++) {
          const started = performance.now();
          await projectAsOf(store, projection, { toRecordedAt: asOf }, snapshots);
          times.push(seconds(started));
        }
        alone.push({ name: projection.name, s: median(times) });
      }
      alone.sort((a, b) => b.s - a.s);
      say(
        `each read model alone as of ${asOf}: ${alone.map((a) => `${a.name} ${a.s.toFixed(2)}`).join(', ')}`,
      );
      snapshots.close();
      await store.close();

      const history = await historyOf50(dir, file, snapshotsFile, asOf);
      const reads = Math.max(...history.answers.map((a) => a.reads));
      const [first] = history.answers;
      say(
        `server start from snapshots ${history.startSeconds.toFixed(2)} s; history requests: ${history.answers.map((a) => `${a.reads} read(s) ${a.ms.toFixed(0)} ms`).join(', ')}`,
      );

      // The compiled server and CLI in processes of their own, on the same files: what an
      // operator's start and rebuild cost, without this process's heap or tsx.
      const env = {
        TRACKER_DB: file,
        TRACKER_SNAPSHOTS: snapshotsFile,
        TRACKER_KEY_FILE: path.join(dir, 'api-keys.json'),
        TRACKER_SEED: 'off',
      };
      const starts = [];
      for (let i = 0; i < START_RUNS; i++) starts.push(await startInOwnProcess(env));
      const startSeconds = median(starts.map((s) => s.readySeconds));
      const startRss = median(starts.map((s) => s.readyRss));
      say(
        `compiled server start from snapshots: ${starts.map((s) => `${s.readySeconds.toFixed(2)} s, ${mib(s.readyRss)} when ready (peak ${mib(s.peakRss)})`).join('; ')}`,
      );
      const rebuiltAlone = await rebuildInOwnProcess(env);
      say(
        `tracker rebuild in its own process: ${rebuiltAlone.seconds.toFixed(1)} s, peak RSS ${mib(rebuiltAlone.peakRss)}, at exit ${mib(rebuiltAlone.rss)}`,
      );
      // Last: its commands add events to the log.
      const soak = await soakInOwnProcess(env, span);
      const soakPeak = Math.max(...soak.samples);
      say(
        `mixed load for ${soak.seconds} s on the compiled server: ${Object.entries(soak.answers)
          .map(([what, n]) => `${count(n)} ${what}`)
          .join(
            ', ',
          )}; RSS every 5 s (MiB): ${soak.samples.map((b) => Math.round(b / 2 ** 20)).join(' ')}${soak.errors.length ? `; ${soak.errors.length} errors, the first: ${soak.errors.slice(0, 3).join('; ')}` : ''}`,
      );

      const bareRef = `bare read + JSON.parse ${rate(bareRate, 'events')}`;
      return [
        {
          measure: `(a) rebuild from zero, all ${allProjections.length} read models (replay)`,
          value: rate(rebuildRate, 'events'),
          detail: `${(log.events / rebuildRate).toFixed(1)} s; the first run, cold: ${(cold.perSecond / coldBare.perSecond).toFixed(2)} x bare`,
          reference: bareRef,
          ratio: `${rebuildRatio.toFixed(2)} x bare`,
          target: '>= 0.70 x bare',
          verdict: verdict(rebuildRatio >= 0.7),
        },
        {
          measure: '(a1) where (a) spends its time: one more replay, every handler timed',
          value: `${breakdown.inHandlers.toFixed(1)} s in read models`,
          detail: `of ${breakdown.total.toFixed(1)} s; slowest: ${breakdown.slowest
            .slice(0, 4)
            .map((r) => `${r.name} ${r.s.toFixed(1)} s`)
            .join(', ')}`,
          reference: `bare read ${(log.events / bareRate).toFixed(1)} s`,
          ratio: '',
          target: '',
          verdict: '',
        },
        {
          measure: `(a2) projection runner from zero to ready (caught up; history snapshots after)`,
          value: rate(runnerRate, 'events'),
          detail: `${(log.events / runnerRate).toFixed(1)} s; then the history's snapshots (every ${count(SNAPSHOT_EVERY)} events) in the background in ${historySeconds.toFixed(1)} s`,
          reference: `bare read run after it ${rate(bareAfter.perSecond, 'events')}`,
          ratio: `${runnerRatio.toFixed(2)} x bare`,
          // #15: the server's start after a read model's version changed.
          target: '>= 0.50 x bare',
          verdict: verdict(runnerRatio >= 0.5),
        },
        {
          measure: '(a3) the snapshot file (a2) wrote, beside the event log',
          value: mib(snapshotBytes),
          detail:
            'records in chunks of JSON+Brotli, older snapshots thinned (packages/projection-runner)',
          reference: `event log ${mib(logBytes)}`,
          ratio: `${(snapshotBytes / logBytes).toFixed(2)} x the log`,
          target: '<= the log',
          verdict: verdict(snapshotBytes <= logBytes),
        },
        {
          measure: `(b) all read models as of a recorded time mid-log, the last before a snapshot (position ${count(asOfPosition)}), from snapshots`,
          value: `${asOfSeconds.toFixed(2)} s`,
          detail: `${count(asOfApplied)} events after the snapshot; ${same ? 'equals' : 'DIFFERS FROM'} replay from zero`,
          reference: `replay from zero to that time ${fromZeroSeconds.toFixed(2)} s`,
          ratio: `${(asOfSeconds / fromZeroSeconds).toFixed(2)} x`,
          // Stricter than #6's figure (one read model as of a date: (b1)): all of them at once.
          target: 'quality: <= 1 s',
          verdict: verdict(asOfSeconds <= 1 && same),
        },
        {
          measure: "(b') the same, then every entry of every read model read",
          value: `${everyEntrySeconds.toFixed(2)} s`,
          detail:
            'snapshots decode a chunk of entries when one is first read (lazy-record.ts): (b) pays for what the events after the snapshot touch, a query for what it reads',
          reference: `replay from zero, then the same reads ${fromZeroEveryEntrySeconds.toFixed(2)} s`,
          ratio: `${(everyEntrySeconds / fromZeroEveryEntrySeconds).toFixed(2)} x`,
          target: 'none: the most any as-of query could pay',
          verdict: '',
        },
        {
          measure: `(b1) one read model as of the same time, each of the ${alone.length} alone (median of ${ALONE_RUNS})`,
          value: `${median(alone.map((a) => a.s)).toFixed(2)} s median`,
          detail: `slowest: ${alone
            .slice(0, 3)
            .map((a) => `${a.name} ${a.s.toFixed(2)} s`)
            .join(', ')}`,
          reference: '',
          ratio: '',
          target: '<= 1 s (slowest)',
          verdict: verdict(alone[0]!.s <= 1),
        },
        {
          measure:
            '(b2) GraphQL portfolio page (50 initiatives with links) as of the same time, over HTTP',
          value: `${(median(history.asOfMs) / 1000).toFixed(2)} s median`,
          detail: `runs: ${history.asOfMs.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s`,
          reference: '',
          ratio: '',
          target: '<= 1 s',
          verdict: verdict(median(history.asOfMs) <= 1000),
        },
        {
          measure: `(d) the compiled server (npm start) starting from those snapshots, own process (median of ${START_RUNS})`,
          value: `${startSeconds.toFixed(2)} s to ready`,
          detail: `runs: ${starts.map((s) => s.readySeconds.toFixed(2)).join(', ')} s`,
          reference: '',
          ratio: '',
          target: '<= 3 s',
          verdict: verdict(startSeconds <= 3),
        },
        {
          measure: '(d1) its RSS once ready (its own /metrics)',
          value: mib(startRss),
          detail: `peak during the start ${mib(median(starts.map((s) => s.peakRss)))}`,
          reference: '',
          ratio: '',
          target: '<= 1 GiB',
          verdict: verdict(startRss <= 2 ** 30),
        },
        {
          measure: '(e) tracker rebuild (compiled CLI) from zero, own process: peak RSS',
          value: mib(rebuiltAlone.peakRss),
          detail: `${rebuiltAlone.seconds.toFixed(1)} s; RSS at exit ${mib(rebuiltAlone.rss)}; in this process after (a2): ${mib(rss)}`,
          reference: '',
          ratio: '',
          target: '<= 1 GiB',
          verdict: verdict(rebuiltAlone.peakRss <= 2 ** 30),
        },
        {
          measure: `(f) the compiled server under mixed load for ${soak.seconds} s (BENCH_SOAK_SECONDS; the office ${soak.commandsPerSecond > 0 ? `at most ${soak.commandsPerSecond} commands/s` : 'unpaced'}): highest RSS`,
          value: mib(soakPeak),
          detail: `${count(soak.answers.commands)} commands, ${count(soak.answers.pages)} portfolio pages, ${count(soak.answers.asOf)} as-of pages at random times, ${count(soak.answers.histories)} histories; RSS at the end ${mib(soak.samples[soak.samples.length - 1]!)}; ${soak.errors.length} errors`,
          reference: `RSS when ready ${mib(soak.samples[0]!)}`,
          ratio: '',
          target: '<= 1 GiB (#15: over an hour)',
          verdict: verdict(soakPeak <= 2 ** 30 && soak.errors.length === 0),
        },
        {
          measure: `(c) history of ${first!.entities} initiatives in one GraphQL query (HTTP, auditor key)`,
          value: `${reads} store read${reads === 1 ? '' : 's'}`,
          detail: `${count(first!.changes)} changes; ${median(history.answers.map((a) => a.ms)).toFixed(0)} ms median`,
          reference: '',
          ratio: '',
          target: '1 read',
          verdict: verdict(reads === 1 && first!.entities === ENTITIES),
        },
      ];
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
