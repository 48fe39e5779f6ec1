import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { handleCommand } from '@tracker/command-handler';
import { commands } from '@tracker/domain';
import { openSqliteEventStore } from '@tracker/event-store';
import { median, type BenchSection, type Row } from './table';

/**
 * Commands on a stream that grows without end: every organisation is registered in ONE
 * registry stream, and every command citing an organisation folds it. This registers
 * BENCH_LONG_STREAM (default 2,000) organisations one after another on the embedded store
 * and compares the latency of the last registrations with that of the first, in the same run:
 * before the fold cache and the stream cache's catching up, each command read, parsed and
 * folded the whole registry (about n² work: the 1,500th took 0.4 s).
 */

const COUNT = Number(process.env.BENCH_LONG_STREAM ?? 2_000);
/** Registrations timed at each end. */
const SAMPLE = 100;

const office = { actor: 'bench', role: 'office' };
const ms = (n: number) => `${n.toFixed(2)} ms`;

export const longStream: BenchSection = {
  title: `Commands on a long stream: registering ${COUNT.toLocaleString('en-GB')} organisations in the one registry stream, 1 client, durable`,
  async run(): Promise<Row[]> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-bench-long-'));
    const store = openSqliteEventStore({ path: path.join(dir, 'tracker.db') });
    try {
      const times: number[] = [];
      for (let n = 0; n < COUNT; n++) {
        const started = performance.now();
        await handleCommand(
          store,
          commands.registerOrganisation,
          { organisationId: randomUUID(), name: `Partner agency ${n}`, kind: 'VOLUNTARY_SECTOR' },
          office,
        );
        times.push(performance.now() - started);
      }
      const first = median(times.slice(0, SAMPLE));
      const last = median(times.slice(-SAMPLE));
      return [
        {
          measure: `median latency of the last ${SAMPLE} registrations (registry of ${(COUNT - SAMPLE).toLocaleString('en-GB')}+)`,
          value: ms(last),
          detail: '',
          reference: `the first ${SAMPLE}: ${ms(first)}`,
          ratio: `${(last / first).toFixed(1)} x`,
          target: '(the slope of an evolve copying the registry)',
          verdict: '',
        },
      ];
    } finally {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
