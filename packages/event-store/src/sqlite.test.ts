import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { describeEventStoreConformance, testEvent } from './conformance';
import { openSqliteEventStore } from './sqlite/store';

// One file for the whole suite, already holding other streams' events; each test opens its
// own connection to it (as several processes would) and closes it afterwards.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-sqlite-conformance-'));
const file = path.join(dir, 'tracker.db');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const seed = openSqliteEventStore({ path: file });
await seed.append('other-stream', [testEvent('Unrelated'), testEvent('Unrelated')]);
await seed.close();

describeEventStoreConformance('sqlite', async () => ({
  store: openSqliteEventStore({ path: file, pollIntervalMs: 50 }),
}));

// Again with pages of 2 events, so every read crosses page boundaries.
describeEventStoreConformance('sqlite, reading in pages of 2', async () => ({
  store: openSqliteEventStore({ path: file, pollIntervalMs: 50, pageSize: 2 }),
}));
