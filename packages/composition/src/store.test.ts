import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StoreUnavailable } from '@tracker/event-store';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from './store';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-open-store-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('openStore', () => {
  it('opens the embedded store, with its hash-chain check, when no connection string is set', async () => {
    const dbFile = path.join(dir, 'tracker.db');
    const { store, description, verify } = await openStore({
      dbFile,
      eventStoreConnectionString: undefined,
    });
    try {
      expect(description).toBe(`SQLite file ${dbFile}`);
      expect(await store.headPosition()).toBe(0);
      expect(await verify!()).toEqual({ ok: true, checked: 0 });
    } finally {
      await store.close();
    }
  });

  it('loads the EventStoreDB adapter when a connection string is set, and hides its password', async () => {
    // Port 1 (tcpmux): nothing listens there on any machine this runs on.
    const port = 1;
    const { store, description, verify } = await openStore({
      dbFile: path.join(dir, 'unused.db'),
      eventStoreConnectionString: `kurrentdb://admin:secret@127.0.0.1:${port}?tls=false`,
    });
    try {
      expect(description).toBe(`EventStoreDB at kurrentdb://***@127.0.0.1:${port}?tls=false`);
      expect(verify).toBeUndefined();
      // Nothing listens there: the adapter answers as the port says it must.
      await expect(store.headPosition()).rejects.toBeInstanceOf(StoreUnavailable);
    } finally {
      await store.close();
    }
    expect(fs.existsSync(path.join(dir, 'unused.db'))).toBe(false);
  });
});
