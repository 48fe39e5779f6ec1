import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useServer } from './support/server';

/**
 * The store's files hold personal data: the data directory the server makes is 0700, the
 * event log, its WAL and shared memory, and the snapshots are 0600, whatever the umask.
 */
const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-modes-')), 'data');
const server = useServer({ TRACKER_DB: path.join(dir, 'tracker.db') });
const umask = process.umask(0o022);
beforeAll(async () => {
  await server.ok('mutation { establishBoard(input: { name: "SPB" }) { commandId } }');
});
afterAll(() => {
  process.umask(umask);
});

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

describe('file modes', () => {
  it('makes the data directory 0700', () => {
    expect(modeOf(dir).toString(8)).toBe('700');
  });

  it('makes the event log and its side files 0600', () => {
    for (const file of ['tracker.db', 'tracker.db-wal', 'tracker.db-shm'])
      expect([file, modeOf(path.join(dir, file)).toString(8)]).toEqual([file, '600']);
  });

  it('makes the snapshots file 0600', () => {
    expect(modeOf(path.join(dir, 'snapshots.db')).toString(8)).toBe('600');
  });
});
