import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreUnavailable } from '../port';
import { migrate } from './schema';
import { makePrivateDirectory, makePrivateFiles } from './private-files';

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
  // file: keep them in memory (64 MiB of page cache). Reads go through a memory map of the
  // file's first 64 MiB. Each connection maps the file on its own (a server has five or six:
  // its writers, the read-ahead thread, the as-of thread's), and every mapped page it reads
  // counts in the process's RSS: at 256 MiB a server over a million events under mixed load
  // held 240 MiB of mapped pages, at 64 MiB 97 MiB, at the same throughput (README,
  // Operations: memory).
  db.pragma('cache_size = -65536');
  db.pragma('mmap_size = 67108864');
}

/**
 * The store's own writing connections (the main thread's and the commit thread's) add one
 * setting: SQLite checkpoints the WAL into the database after 10,000 pages (40 MB) instead
 * of 1,000. Concurrent appends commit in batches whose rows dirty index pages all over the
 * file (ids are random); checkpointing a tenth as often writes such a page once for many
 * batches: 64 concurrent clients went from about 12,100 to 14,500 commands/s (npm run bench).
 * A loop of one-row commits is a little slower with it (its WAL grows longer before it is
 * reused), so the bench's bare reference keeps SQLite's default: the reference at its best.
 */
export function configureWriter(db: Database.Database): void {
  configureConnection(db);
  db.pragma('wal_autocheckpoint = 10000');
}

export function openDatabase(file: string, busyTimeoutMs: number): Database.Database {
  const dir = path.dirname(path.resolve(file));
  try {
    makePrivateDirectory(dir);
    makePrivateFiles(file);
  } catch (error) {
    throw new StoreUnavailable(
      `cannot create the data directory ${dir} for the event store ${file} (${(error as Error).message}); create it yourself or set TRACKER_DB to a writable path`,
      { cause: error },
    );
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { timeout: busyTimeoutMs });
    configureWriter(db);
    migrate(db, file);
    makePrivateFiles(file);
    return db;
  } catch (error) {
    db?.close();
    throw describeSqliteError(file, error);
  }
}
