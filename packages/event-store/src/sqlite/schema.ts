import type Database from 'better-sqlite3';

/**
 * The embedded store's tables. One row per event; `position` is the global order. Each row
 * carries its tamper-evidence hashes (see hash-chain.ts): `data_digest` and
 * `metadata_digest` (SHA-256 of the JSON as stored), `hash` (chained to the previous event
 * of its stream) and `global_hash` (chained to the previous row of the whole log). The
 * `chain_head` row records the last position and global hash, so deleting the newest
 * events is caught too.
 */
export const SCHEMA_VERSION = 1;

export function migrate(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS events (
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
    CREATE INDEX IF NOT EXISTS events_recorded_at ON events (recorded_at);
    CREATE TABLE IF NOT EXISTS chain_head (
      singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
      position INTEGER NOT NULL,
      global_hash TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS store_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    INSERT OR IGNORE INTO store_info (key, value) VALUES ('schema_version', '${SCHEMA_VERSION}');
  `);
}

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
