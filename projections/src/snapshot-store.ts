import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * Snapshots of read models with the position they stand at. Several are kept per read
 * model, spaced out, so an as-of read can start from the nearest earlier one.
 */
export interface Snapshot<S = unknown> {
  name: string;
  version: number;
  position: number;
  state: S;
}

export interface SnapshotStore {
  /** The latest snapshot of a read model at this version, if any. */
  latest(name: string, version: number): Snapshot | undefined;
  /** The latest snapshot at or before a position. */
  atOrBefore(name: string, version: number, position: number): Snapshot | undefined;
  save(snapshot: Snapshot): void;
  /** Drops snapshots of other versions (after a rebuild). */
  discardOtherVersions(name: string, version: number): void;
  close(): void;
}

export function createMemorySnapshotStore(): SnapshotStore {
  const all: Snapshot[] = [];
  const select = (name: string, version: number, max = Infinity) =>
    all
      .filter((s) => s.name === name && s.version === version && s.position <= max)
      .sort((a, b) => b.position - a.position)[0];
  const clone = (s: Snapshot | undefined) =>
    s ? { ...s, state: structuredClone(s.state) } : undefined;
  return {
    latest: (name, version) => clone(select(name, version)),
    atOrBefore: (name, version, position) => clone(select(name, version, position)),
    save: (snapshot) => {
      all.push({ ...snapshot, state: structuredClone(snapshot.state) });
    },
    discardOtherVersions: (name, version) => {
      for (let i = all.length - 1; i >= 0; i--) {
        if (all[i]!.name === name && all[i]!.version !== version) all.splice(i, 1);
      }
    },
    close: () => {},
  };
}

/** Snapshots in their own SQLite file: they can always be thrown away and rebuilt from events. */
export function openSqliteSnapshotStore(file: string): SnapshotStore {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE IF NOT EXISTS snapshots (
    name TEXT NOT NULL, version INTEGER NOT NULL, position INTEGER NOT NULL, state TEXT NOT NULL,
    PRIMARY KEY (name, version, position))`);
  const latest = db.prepare<[string, number], { position: number; state: string }>(
    'SELECT position, state FROM snapshots WHERE name = ? AND version = ? ORDER BY position DESC LIMIT 1',
  );
  const atOrBefore = db.prepare<[string, number, number], { position: number; state: string }>(
    'SELECT position, state FROM snapshots WHERE name = ? AND version = ? AND position <= ? ORDER BY position DESC LIMIT 1',
  );
  const insert = db.prepare(
    'INSERT OR REPLACE INTO snapshots (name, version, position, state) VALUES (?, ?, ?, ?)',
  );
  const discard = db.prepare('DELETE FROM snapshots WHERE name = ? AND version <> ?');
  const toSnapshot = (
    name: string,
    version: number,
    row: { position: number; state: string } | undefined,
  ) =>
    row
      ? { name, version, position: row.position, state: JSON.parse(row.state) as unknown }
      : undefined;
  return {
    latest: (name, version) => toSnapshot(name, version, latest.get(name, version)),
    atOrBefore: (name, version, position) =>
      toSnapshot(name, version, atOrBefore.get(name, version, position)),
    save: (s) => {
      insert.run(s.name, s.version, s.position, JSON.stringify(s.state));
    },
    discardOtherVersions: (name, version) => {
      discard.run(name, version);
    },
    close: () => db.close(),
  };
}
