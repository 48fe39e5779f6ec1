import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { handleCommand } from '@tracker/command-handler';
import { commands } from '@tracker/domain';
import { migrateSqliteSchema, openSqliteEventStore, type EventStore } from '@tracker/event-store';
import { randomUUID } from 'node:crypto';
import { median, perSecond, verdict, type Row } from './table';

/**
 * Durable command throughput on the embedded store, beside a bare better-sqlite3 loop that
 * inserts the same rows into the same table, one transaction (one fsync) per row, with
 * synchronous=FULL: the most a one-writer-at-a-time design could reach.
 */

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const officer = { actor: 'bench', role: 'office' };

function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-bench-'));
}

/** One row shaped as the store writes it for an AgreePriority command. */
function sampleRow(i: number) {
  const data = JSON.stringify({
    priorityId: randomUUID(),
    boardId: randomUUID(),
    title: `Priority ${i}`,
    rationale: 'Agreed by the board to focus partnership effort where harm is greatest',
    agreedAt: '2021-02-25',
    decisionId: null,
  });
  const metadata = JSON.stringify({
    actor: 'bench',
    role: 'office',
    commandId: randomUUID(),
    correlationId: randomUUID(),
    causationId: randomUUID(),
    occurredAt: '2026-11-23T00:00:00.000Z',
    schemaVersion: 1,
  });
  return { data, metadata };
}

function bareLoop(seconds: number): number {
  const dir = tempDir();
  const db = new Database(path.join(dir, 'bare.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  migrateSqliteSchema(db);
  const insert = db.prepare(
    `INSERT INTO events (id, stream_id, revision, type, data, metadata, recorded_at, data_digest, metadata_digest, hash, global_hash)
     VALUES (?, ?, 0, 'PriorityAgreed', ?, ?, ?, ?, ?, ?, ?)`,
  );
  const digest = 'f'.repeat(64);
  let n = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const { data, metadata } = sampleRow(n);
    // better-sqlite3 runs each statement outside a transaction in its own implicit one.
    insert.run(
      randomUUID(),
      `priority-${randomUUID()}`,
      data,
      metadata,
      new Date().toISOString(),
      digest,
      digest,
      digest,
      digest,
    );
    n++;
  }
  const rate = n / seconds;
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return rate;
}

async function withStore<T>(work: (store: EventStore, boardId: string) => Promise<T>): Promise<T> {
  const dir = tempDir();
  const store = openSqliteEventStore({ path: path.join(dir, 'tracker.db') });
  try {
    const board = await handleCommand(
      store,
      commands.establishBoard,
      { name: 'Strategic Partnership Board' },
      officer,
    );
    return await work(store, board.id);
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `clients` loops running AgreePriority commands for `seconds`; answers events per second. */
function commandRate(clients: number, seconds: number): Promise<number> {
  return withStore(async (store, boardId) => {
    let done = 0;
    const end = performance.now() + seconds * 1000;
    const client = async () => {
      while (performance.now() < end) {
        await handleCommand(
          store,
          commands.agreePriority,
          {
            boardId,
            title: `Priority ${done}`,
            rationale: 'Agreed by the board',
            agreedAt: '2021-02-25',
          },
          officer,
        );
        done++;
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: clients }, client));
    return done / ((performance.now() - started) / 1000);
  });
}

export async function storeThroughput(): Promise<Row[]> {
  const bare: number[] = [];
  const one: number[] = [];
  const many: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // Interleaved, so drift in the machine's speed touches all three alike.
    bare.push(bareLoop(SECONDS));
    one.push(await commandRate(1, SECONDS));
    many.push(await commandRate(64, SECONDS));
  }
  const [b, o, m] = [median(bare), median(one), median(many)];
  return [
    {
      measure: 'bare better-sqlite3 insert, 1 row per transaction, synchronous=FULL',
      value: perSecond(b),
      reference: '(reference)',
      ratio: '1.00',
      target: '',
      verdict: '',
    },
    {
      measure: 'durable commands, 1 client (load, decide, append, fsync)',
      value: perSecond(o),
      reference: perSecond(b),
      ratio: (o / b).toFixed(2),
      target: '>= 0.80 x bare',
      verdict: verdict(o / b >= 0.8),
    },
    {
      measure: 'durable commands, 64 concurrent clients (group commit)',
      value: perSecond(m),
      reference: perSecond(o),
      ratio: (m / o).toFixed(2),
      target: '>= 5 x 1 client',
      verdict: verdict(m / o >= 5),
    },
  ];
}
