import fs from 'node:fs';

/**
 * The store's files hold personal data (officers' names, meeting records): only the account
 * running the tracker may read them. A directory made here is 0700; one that already exists
 * keeps the mode its owner gave it (it may be shared on purpose, e.g. a mounted volume).
 */
export function makePrivateDirectory(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
}

const SIDE_FILES = ['', '-wal', '-shm'];

/**
 * A SQLite file created 0600 before SQLite opens it: SQLite gives its -wal and -shm files the
 * database file's mode, so they are born private too. Called again once open, it narrows an
 * older store's files (made under the process's umask, often 0644) to 0600.
 */
export function makePrivateFiles(file: string): void {
  if (!fs.existsSync(file)) fs.closeSync(fs.openSync(file, 'a', 0o600));
  for (const suffix of SIDE_FILES) {
    const path = `${file}${suffix}`;
    if (fs.existsSync(path) && (fs.statSync(path).mode & 0o077) !== 0) fs.chmodSync(path, 0o600);
  }
}
