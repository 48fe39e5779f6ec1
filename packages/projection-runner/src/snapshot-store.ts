import path from 'node:path';
import Database from 'better-sqlite3';
import { makePrivateDirectory, makePrivateFiles } from '@tracker/event-store';
import { CODEC, decodeState, encodeState, encodeStateYielding } from './snapshot-codec';
import { snapshotsToDrop } from './snapshot-retention';

/**
 * Snapshots of read models with the position they stand at and the recorded time of the last
 * event they include. Several are kept per read model, spaced out, so an as-of read can start
 * from the nearest earlier one, whether it asks for a position or a recorded time.
 */
export interface Snapshot<S = unknown> {
  name: string;
  version: number;
  position: number;
  /**
   * When the store recorded the last event the snapshot includes (ISO-8601), so reads as of a
   * recorded time can start from it. Null or absent for snapshots written without it (older
   * files, a snapshot of nothing): those are used for position limits only.
   */
  recordedAt?: string | null;
  state: S;
}

export interface SnapshotStore {
  /** The latest snapshot of a read model at this version, if any. */
  latest(name: string, version: number): Snapshot | undefined;
  /**
   * The latest snapshot at or before a position and, when `recordedAt` is given, whose last
   * event was recorded at or before that time (compared as ISO-8601 strings, as replay does);
   * snapshots without a recorded time are then skipped.
   */
  atOrBefore(
    name: string,
    version: number,
    position: number,
    recordedAt?: string,
  ): Snapshot | undefined;
  /** The positions of a read model's snapshots at this version, ascending. */
  positions(name: string, version: number): number[];
  /** Where `atOrBefore` would start, without reading the state (0 when there is none). */
  positionAtOrBefore(name: string, version: number, position: number, recordedAt?: string): number;
  /**
   * Saves a snapshot, then thins that read model's older ones (snapshot-retention.ts), so the
   * file stays bounded while as-of reads stay near a snapshot.
   */
  save(snapshot: Snapshot): void;
  /**
   * As save, letting the event loop run while the state is encoded (snapshot-codec.ts,
   * encodeStateYielding): for states nothing changes until it resolves.
   */
  saveYielding(snapshot: Snapshot): Promise<void>;
  /** Drops snapshots of other versions (after a rebuild). */
  discardOtherVersions(name: string, version: number): void;
  close(): void;
}

export function createMemorySnapshotStore(): SnapshotStore {
  const all: Snapshot[] = [];
  const select = (name: string, version: number, max = Infinity, recordedAt?: string) =>
    all
      .filter(
        (s) =>
          s.name === name &&
          s.version === version &&
          s.position <= max &&
          (recordedAt === undefined || (s.recordedAt != null && s.recordedAt <= recordedAt)),
      )
      .sort((a, b) => b.position - a.position)[0];
  const clone = (s: Snapshot | undefined) =>
    s ? { ...s, state: structuredClone(s.state) } : undefined;
  return {
    latest: (name, version) => clone(select(name, version)),
    atOrBefore: (name, version, position, recordedAt) =>
      clone(select(name, version, position, recordedAt)),
    positionAtOrBefore: (name, version, position, recordedAt) =>
      select(name, version, position, recordedAt)?.position ?? 0,
    positions: (name, version) =>
      all
        .filter((s) => s.name === name && s.version === version)
        .map((s) => s.position)
        .sort((a, b) => a - b),
    saveYielding: async (snapshot) => save(snapshot),
    save: (snapshot) => save(snapshot),
    discardOtherVersions: (name, version) => {
      for (let i = all.length - 1; i >= 0; i--) {
        if (all[i]!.name === name && all[i]!.version !== version) all.splice(i, 1);
      }
    },
    close: () => {},
  };
  function save(snapshot: Snapshot) {
    // As the SQLite store: one snapshot per name, version and position.
    const same = all.findIndex(
      (s) =>
        s.name === snapshot.name &&
        s.version === snapshot.version &&
        s.position === snapshot.position,
    );
    if (same >= 0) all.splice(same, 1);
    all.push({
      ...snapshot,
      recordedAt: snapshot.recordedAt ?? null,
      state: structuredClone(snapshot.state),
    });
    const mine = (s: Snapshot) => s.name === snapshot.name && s.version === snapshot.version;
    const drop = new Set(snapshotsToDrop(all.filter(mine).map((s) => s.position)));
    for (let i = all.length - 1; i >= 0; i--) {
      if (mine(all[i]!) && drop.has(all[i]!.position)) all.splice(i, 1);
    }
  }
}

/**
 * The snapshot file's migrations, in order; `PRAGMA user_version` records how many ran. The
 * first is the original table (files made before migrations have it, at user_version 0, and
 * IF NOT EXISTS lets them through); the second adds the last event's recorded time, null in
 * the rows already there.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS snapshots (
    name TEXT NOT NULL, version INTEGER NOT NULL, position INTEGER NOT NULL, state TEXT NOT NULL,
    PRIMARY KEY (name, version, position))`,
  'ALTER TABLE snapshots ADD COLUMN recorded_at TEXT',
  // The recorded time sits after the (large) state in each row, so finding a snapshot by time
  // through the table read every state it passed; this index answers it alone.
  'CREATE INDEX IF NOT EXISTS snapshots_by_time ON snapshots (name, version, position, recorded_at)',
  // How the state is stored (snapshot-codec.ts); the rows already there are JSON text.
  "ALTER TABLE snapshots ADD COLUMN codec TEXT NOT NULL DEFAULT 'json'",
];

function migrate(db: Database.Database) {
  db.transaction(() => {
    const done = db.pragma('user_version', { simple: true }) as number;
    for (let i = done; i < MIGRATIONS.length; i++) db.exec(MIGRATIONS[i]!);
    if (done < MIGRATIONS.length) db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
}

interface SnapshotRow {
  position: number;
  recorded_at: string | null;
  codec: string;
  state: Buffer | string;
}

/** Snapshots in their own SQLite file: they can always be thrown away and rebuilt from events. */
export function openSqliteSnapshotStore(file: string): SnapshotStore {
  makePrivateDirectory(path.dirname(path.resolve(file)));
  makePrivateFiles(file);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  migrate(db);
  makePrivateFiles(file);
  const columns = 'position, recorded_at, codec, state';
  const where = 'name = ? AND version = ? AND position <= ?';
  const timed = 'AND recorded_at IS NOT NULL AND recorded_at <= ?';
  const positionAt = db.prepare<[string, number, number], { position: number }>(
    `SELECT max(position) AS position FROM snapshots WHERE ${where}`,
  );
  const positionAtTime = db.prepare<[string, number, number, string], { position: number }>(
    `SELECT max(position) AS position FROM snapshots WHERE ${where} ${timed}`,
  );
  const latest = db.prepare<[string, number], SnapshotRow>(
    `SELECT ${columns} FROM snapshots WHERE name = ? AND version = ? ORDER BY position DESC LIMIT 1`,
  );
  const atOrBefore = db.prepare<[string, number, number], SnapshotRow>(
    `SELECT ${columns} FROM snapshots WHERE name = ? AND version = ? AND position <= ? ORDER BY position DESC LIMIT 1`,
  );
  const atOrBeforeTime = db.prepare<[string, number, string, number, number, string], SnapshotRow>(
    `SELECT ${columns} FROM snapshots WHERE name = ? AND version = ? AND position =
       (SELECT max(position) FROM snapshots WHERE ${where} ${timed})`,
  );
  const insert = db.prepare(
    'INSERT OR REPLACE INTO snapshots (name, version, position, recorded_at, codec, state) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const positions = db
    .prepare<[string, number], number>(
      'SELECT position FROM snapshots WHERE name = ? AND version = ? ORDER BY position',
    )
    .pluck();
  const remove = db.prepare(
    'DELETE FROM snapshots WHERE name = ? AND version = ? AND position = ?',
  );
  const saveAndThin = db.transaction((s: Snapshot, state: Buffer) => {
    insert.run(s.name, s.version, s.position, s.recordedAt ?? null, CODEC, state);
    for (const position of snapshotsToDrop(positions.all(s.name, s.version))) {
      remove.run(s.name, s.version, position);
    }
  });
  const discard = db.prepare('DELETE FROM snapshots WHERE name = ? AND version <> ?');
  const toSnapshot = (
    name: string,
    version: number,
    row: SnapshotRow | undefined,
  ): Snapshot | undefined =>
    row
      ? {
          name,
          version,
          position: row.position,
          recordedAt: row.recorded_at,
          state: decodeState(row.codec, row.state),
        }
      : undefined;
  return {
    latest: (name, version) => toSnapshot(name, version, latest.get(name, version)),
    atOrBefore: (name, version, position, recordedAt) =>
      toSnapshot(
        name,
        version,
        recordedAt === undefined
          ? atOrBefore.get(name, version, position)
          : atOrBeforeTime.get(name, version, name, version, position, recordedAt),
      ),
    positions: (name, version) => positions.all(name, version),
    positionAtOrBefore: (name, version, position, recordedAt) =>
      (recordedAt === undefined
        ? positionAt.get(name, version, position)
        : positionAtTime.get(name, version, position, recordedAt)
      )?.position ?? 0,
    // Encoded before the transaction, which then holds the write lock only for the rows.
    save: (s) => {
      saveAndThin(s, encodeState(s.state));
    },
    saveYielding: async (s) => {
      saveAndThin(s, await encodeStateYielding(s.state));
    },
    discardOtherVersions: (name, version) => {
      discard.run(name, version);
    },
    close: () => db.close(),
  };
}
