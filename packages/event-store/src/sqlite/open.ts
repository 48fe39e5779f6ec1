import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreUnavailable } from '../port';
import { migrate } from './schema';

/**
 * Opening the embedded store's file, with errors that say what is wrong and what to do:
 * a directory that cannot be made, a file that is not a SQLite database, a file another
 * process holds locked.
 */
export function describeSqliteError(file: string, error: unknown): StoreUnavailable {
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error).message ?? String(error);
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new StoreUnavailable(
      `${file} is not a SQLite database or is corrupt (${message}); restore it from a backup or point TRACKER_DB at another file`,
      { cause: error },
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StoreUnavailable(
      `${file} is locked by another process (${message}); stop the other tracker or point TRACKER_DB at another file`,
      { cause: error },
    );
  }
  if (
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_IOERR')
  ) {
    return new StoreUnavailable(
      `cannot open ${file} for writing (${message}); check the path and its permissions`,
      { cause: error },
    );
  }
  return new StoreUnavailable(`the event store ${file} cannot be used: ${message}`, {
    cause: error,
  });
}

export function openDatabase(file: string, busyTimeoutMs: number): Database.Database {
  const dir = path.dirname(path.resolve(file));
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new StoreUnavailable(
      `cannot create the data directory ${dir} (${(error as Error).message}); create it yourself or set TRACKER_DB to a writable path`,
      { cause: error },
    );
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { timeout: busyTimeoutMs });
    db.pragma('journal_mode = WAL');
    // FULL: an acknowledged append survives a power cut, not only a crash of this process.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    throw describeSqliteError(file, error);
  }
}
