import type Database from 'better-sqlite3';
import { StoreUnavailable } from '../port';

/**
 * The embedded store's tables and their migrations. One row per event; `position` is the
 * global order. Each row carries its tamper-evidence fields (see hash-chain.ts): `data_salt`
 * and `data_digest` (a salted SHA-256 of the data as stored), `metadata_digest`, `hash`
 * (chained to the previous event of its stream), `global_hash` (chained to the previous
 * row of the whole log) and `hash_format`. The one-row `chain_head` table records the last
 * event (position, global hash, stream, revision), so deleting the newest events is caught
 * too; `erasures` lists the events whose personal data were erased.
 *
 * Migrations run in order, each in its own transaction, and record the version reached in
 * `store_info`; a file written by a newer version of the tracker is refused.
 */

const MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE events (
        position INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        stream_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        type TEXT NOT NULL,
        data TEXT NOT NULL,
        metadata TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        data_digest TEXT NOT NULL,
        metadata_digest TEXT NOT NULL,
        hash TEXT NOT NULL,
        global_hash TEXT NOT NULL,
        UNIQUE (stream_id, revision)
      );
      CREATE INDEX events_recorded_at ON events (recorded_at);
      CREATE TABLE chain_head (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        position INTEGER NOT NULL,
        global_hash TEXT NOT NULL
      );
      CREATE TABLE store_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  },
  {
    // Salted data digests (erasable personal data), an unambiguous hash encoding, the last
    // event's place in the head, and the list of erased events.
    version: 2,
    sql: `
      ALTER TABLE events ADD COLUMN data_salt TEXT;
      ALTER TABLE events ADD COLUMN hash_format INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE chain_head ADD COLUMN stream_id TEXT;
      ALTER TABLE chain_head ADD COLUMN revision INTEGER;
      CREATE TABLE erasures (
        position INTEGER PRIMARY KEY,
        erased_at TEXT NOT NULL,
        erasure_event_id TEXT
      );`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function schemaVersion(db: Database.Database): number {
  const hasInfo = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'store_info'")
    .get();
  if (!hasInfo) return 0;
  const row = db.prepare("SELECT value FROM store_info WHERE key = 'schema_version'").get() as
    { value: string } | undefined;
  return row ? Number(row.value) : 0;
}

/** Brings the file's tables up to SCHEMA_VERSION; a no-op (no write lock) when they are. */
export function migrate(db: Database.Database, file = 'the event store'): void {
  const current = schemaVersion(db);
  if (current > SCHEMA_VERSION) {
    throw new StoreUnavailable(
      `${file} was written by a newer version of the tracker (schema ${current}, this one knows ${SCHEMA_VERSION}); upgrade the tracker to open it`,
    );
  }
  for (const { version, sql } of MIGRATIONS) {
    if (version <= current) continue;
    db.transaction(() => {
      // Another process may have migrated while this one waited for the lock.
      if (schemaVersion(db) >= version) return;
      db.exec(sql);
      db.prepare(
        "INSERT INTO store_info (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      ).run(String(version));
    }).immediate();
  }
}

/** An event row as reads select it. */
export interface EventRow {
  position: number;
  id: string;
  stream_id: string;
  revision: number;
  type: string;
  data: string;
  metadata: string;
  recorded_at: string;
}

export const EVENT_COLUMNS = 'position, id, stream_id, revision, type, data, metadata, recorded_at';
