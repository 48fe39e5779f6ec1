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
  if (error instanceof StoreUnavailable) return error;
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

/**
 * The connection settings every use of the store's file shares (the bench's reference loop
 * too): WAL, so readers never block the writer; synchronous=FULL, so an acknowledged append
 * survives a power cut, not only a crash of this process.
 */
export function configureConnection(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // Event ids and stream ids are random, so every append touches index pages all over the
  // file: keep them in memory (64 MiB of page cache, reads through a memory map).
  db.pragma('cache_size = -65536');
  db.pragma('mmap_size = 268435456');
}

export function openDatabase(file: string, busyTimeoutMs: number): Database.Database {
  const dir = path.dirname(path.resolve(file));
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new StoreUnavailable(
      `cannot create the data directory ${dir} for the event store ${file} (${(error as Error).message}); create it yourself or set TRACKER_DB to a writable path`,
      { cause: error },
    );
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { timeout: busyTimeoutMs });
    configureConnection(db);
    migrate(db, file);
    return db;
  } catch (error) {
    db?.close();
    throw describeSqliteError(file, error);
  }
}
