import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { configureSqliteConnection, type NewEvent } from '@tracker/event-store';
import { median, rate, type Row } from './table';

/**
 * The nearest peer in the same table (BENCH_PEERS=1): Emmett's SQLite event store, appending
 * the same events as the store-throughput rows (b1) (1 client) and (c) (64 concurrent
 * clients), each figure beside ours as a ratio (ours ÷ Emmett's). Emmett is no dependency of
 * the project: the pinned packages are installed once into a scratch folder
 * (BENCH_PEERS_DIR, default node_modules/.cache/bench-peers) with `npm install --no-save`,
 * reused while their versions match the pins, and imported from there at run time, so a
 * fresh install of the project and its lockfile are untouched. Its sqlite3 driver is a native
 * module: where no prebuilt binary can be downloaded, npm compiles it from source (a minute
 * or two, once).
 *
 * Pins: emmett-sqlite 0.38.5 with its emmett 0.38.5 (0.42.4 names emmett 0.42.4 as its peer,
 * which the registry does not hold), and sqlite3 5.1.7 (its peer range ^5.1.7).
 */
const PINS = {
  '@event-driven-io/emmett-sqlite': '0.38.5',
  '@event-driven-io/emmett': '0.38.5',
  sqlite3: '5.1.7',
} as const;

const APPEND_TIMEOUT_MS = 5000;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.resolve(
  process.env.BENCH_PEERS_DIR ?? path.join(ROOT, 'node_modules', '.cache', 'bench-peers'),
);

/** The part of Emmett's API the bench calls (read from its dist/index.d.ts). */
interface EmmettConnection {
  querySingle<T>(sql: string): Promise<T | null>;
}
interface EmmettSqlite {
  getSQLiteEventStore(options: {
    fileName: string;
    hooks?: {
      onBeforeCommit?: (
        messages: unknown[],
        context: { connection: EmmettConnection },
      ) => Promise<void>;
    };
  }): {
    appendToStream(
      streamName: string,
      events: { type: string; data: unknown; metadata?: unknown }[],
      options?: { expectedStreamVersion?: 'STREAM_DOES_NOT_EXIST' },
    ): Promise<unknown>;
  };
}

/** One peer's store in a file of its own: an append that counts, never throws. */
export interface PeerStore {
  /** 1 when the event was appended, 0 when the append failed (counted by its error code). */
  append(streamId: string, event: NewEvent): Promise<number>;
  close(): Promise<void>;
}

export interface Peer {
  name: string;
  open(dir: string): PeerStore;
  /** Failures by error code, over every run. */
  failures: Map<string, number>;
  /** journal_mode and synchronous as the peer's own writing connection reports them. */
  durability?: string;
}

const installedVersion = (name: string): string | undefined => {
  try {
    const file = path.join(DIR, 'node_modules', name, 'package.json');
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
};

/** Installs the pins into the scratch folder unless they are there already. */
function ensureInstalled(): void {
  const binding = path.join(
    DIR,
    'node_modules',
    'sqlite3',
    'build',
    'Release',
    'node_sqlite3.node',
  );
  const current = Object.entries(PINS).every(([name, v]) => installedVersion(name) === v);
  if (current && fs.existsSync(binding)) return;
  fs.mkdirSync(DIR, { recursive: true });
  // A package.json of its own, so npm installs here and never walks up to the project.
  fs.writeFileSync(path.join(DIR, 'package.json'), '{ "private": true }\n');
  const specs = Object.entries(PINS).map(([name, v]) => `${name}@${v}`);
  console.error(
    `BENCH_PEERS: installing ${specs.join(' ')} into ${DIR} (once; sqlite3 may compile)`,
  );
  const started = performance.now();
  // npm run sets npm_* variables for the project; the scratch install must not inherit them.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')),
  );
  const result = spawnSync(
    'npm',
    [
      'install',
      '--prefix',
      DIR,
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      ...specs,
    ],
    { cwd: DIR, env, stdio: ['ignore', 2, 2] },
  );
  if (result.status !== 0 || !fs.existsSync(binding)) {
    throw new Error(`BENCH_PEERS: npm install into ${DIR} failed (status ${result.status})`);
  }
  console.error(`BENCH_PEERS: installed in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

const SYNCHRONOUS = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];
const describeDurability = (journal: unknown, synchronous: unknown) =>
  `journal_mode=${String(journal)}, synchronous=${SYNCHRONOUS[Number(synchronous)] ?? String(synchronous)}`;

/** Ours, read back the same way: a connection with the settings every use of the file shares. */
function ourDurability(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-bench-')), 'ours.db');
  const ours = new Database(file);
  try {
    configureSqliteConnection(ours);
    return describeDurability(
      ours.pragma('journal_mode', { simple: true }),
      ours.pragma('synchronous', { simple: true }),
    );
  } finally {
    ours.close();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

/** Emmett's SQLite event store, installed if need be and imported from the scratch folder. */
export async function emmettPeer(): Promise<Peer> {
  ensureInstalled();
  const pkg = path.join(DIR, 'node_modules', '@event-driven-io', 'emmett-sqlite');
  const { exports } = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')) as {
    exports: { '.': { import: { default: string } } };
  };
  const emmett = (await import(
    pathToFileURL(path.join(pkg, exports['.'].import.default)).href
  )) as EmmettSqlite;
  const isSqliteError = (value: unknown) =>
    value instanceof Error && String((value as { code?: unknown }).code).startsWith('SQLITE_');
  // Emmett logs each failed transaction's error with console.log: those are counted instead,
  // so the table stays readable.
  const log = console.log;
  console.log = (...args: unknown[]) => {
    if (!(args.length === 1 && isSqliteError(args[0]))) log(...args);
  };
  // Its connection runs `PRAGMA journal_mode = WAL` with no callback, so an error there (busy,
  // or a file removed under a straggler) is an uncaught 'error' event: counted as a failure.
  process.on('uncaughtException', (error) => {
    if (!isSqliteError(error)) {
      console.error(error);
      process.exit(1);
    }
    const key = `${String((error as { code?: unknown }).code)} (uncaught)`;
    peer.failures.set(key, (peer.failures.get(key) ?? 0) + 1);
  });
  const peer: Peer = {
    name: `Emmett ${PINS['@event-driven-io/emmett-sqlite']} (sqlite3 ${PINS.sqlite3})`,
    failures: new Map(),
    open(dir) {
      const store = emmett.getSQLiteEventStore({
        fileName: path.join(dir, 'emmett.db'),
        hooks: {
          // Inside the append's transaction, on the connection Emmett writes with.
          onBeforeCommit: async (_messages, { connection }) => {
            if (peer.durability) return;
            const journal = await connection.querySingle<{ journal_mode: string }>(
              'PRAGMA journal_mode',
            );
            const sync = await connection.querySingle<{ synchronous: number }>(
              'PRAGMA synchronous',
            );
            peer.durability = describeDurability(journal?.journal_mode, sync?.synchronous);
          },
        },
      });
      const pending = new Set<Promise<unknown>>();
      const fail = (key: string) => {
        peer.failures.set(key, (peer.failures.get(key) ?? 0) + 1);
        return 0;
      };
      return {
        async append(streamId, event) {
          let timer: NodeJS.Timeout | undefined;
          // Under concurrent appends some of Emmett's calls never settle (its one connection
          // is closed under them): after APPEND_TIMEOUT_MS such an append counts as failed,
          // its wait in the peer's time.
          const timeout = new Promise<'timeout'>((resolve) => {
            timer = setTimeout(() => resolve('timeout'), APPEND_TIMEOUT_MS);
          });
          const appended = store.appendToStream(
            streamId,
            [{ type: event.type, data: event.data, metadata: event.metadata }],
            { expectedStreamVersion: 'STREAM_DOES_NOT_EXIST' },
          );
          pending.add(appended);
          void appended.then(
            () => pending.delete(appended),
            () => pending.delete(appended),
          );
          try {
            const answer = await Promise.race([appended, timeout]);
            return answer === 'timeout' ? fail(`no answer in ${APPEND_TIMEOUT_MS} ms`) : 1;
          } catch (error) {
            const code = (error as { code?: unknown }).code;
            return fail(typeof code === 'string' ? code : (error as Error).name);
          } finally {
            clearTimeout(timer);
          }
        },
        // Emmett opens and closes its connection around each call; the appends given up on
        // are given as long again to settle before the folder is removed.
        close: async () => {
          let timer: NodeJS.Timeout | undefined;
          await Promise.race([
            Promise.allSettled(pending),
            new Promise((resolve) => (timer = setTimeout(resolve, APPEND_TIMEOUT_MS))),
          ]);
          clearTimeout(timer);
        },
      };
    },
  };
  return peer;
}

/** attempts/s and appended events/s, as rateOf answers them for a peer's appends. */
export interface PeerRate {
  commands: number;
  events: number;
}

/**
 * The peer's rows: each of its figures (appends/s of successes, failures per attempt) beside
 * ours from the same runs, ratio ours ÷ the peer's (median of the paired runs' ratios).
 */
export function peerRows(
  peer: Peer,
  runs: {
    label: string;
    ours: PeerRate[];
    theirs: PeerRate[];
    measure: string;
    oursUnit: string;
  }[],
): Row[] {
  const rows = runs.map(({ label, ours, theirs, measure, oursUnit }): Row => {
    const succeeded = median(theirs.map((r) => r.events));
    const failed = median(theirs.map((r) => (r.commands - r.events) / r.commands));
    const ratio = median(ours.map((o, i) => o.events / theirs[i]!.events));
    return {
      measure: `${label} ${peer.name}: ${measure}`,
      value: rate(succeeded, 'appends'),
      detail: `${(failed * 100).toFixed(1)}% of attempts failed`,
      reference: `${label.replace("'", '')} ours ${rate(median(ours.map((o) => o.events)), oursUnit)}`,
      ratio: Number.isFinite(ratio) ? `${ratio.toFixed(1)} x (ours ÷ peer)` : '(peer: none)',
      target: '',
      verdict: '',
    };
  });
  const codes = [...peer.failures].sort((a, b) => b[1] - a[1]);
  rows.push({
    measure: `durability read back with PRAGMA: ${peer.name} (its own writing connection)`,
    value: peer.durability ?? '(no append succeeded)',
    detail: codes.length
      ? `failures: ${codes.map(([code, n]) => `${code} ${n.toLocaleString('en-GB')}`).join(', ')}`
      : 'failures: none',
    reference: `ours: ${ourDurability()}`,
    ratio: '',
    target: '',
    verdict: '',
  });
  return rows;
}
