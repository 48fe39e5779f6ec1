import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { describeEventStoreConformance } from './conformance';
import { openSqliteEventStore } from './sqlite/store';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-sqlite-conformance-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
describeEventStoreConformance('sqlite', async () => ({
  store: openSqliteEventStore({ path: path.join(dir, `store-${n++}.db`), pollIntervalMs: 50 }),
}));
