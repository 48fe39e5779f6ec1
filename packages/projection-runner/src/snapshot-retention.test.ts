import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { snapshotsToDrop, SPREAD } from './snapshot-retention';
import { createMemorySnapshotStore, openSqliteSnapshotStore } from './snapshot-store';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-retention-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const every = (step: number, upTo: number) =>
  Array.from({ length: Math.floor(upTo / step) }, (_, i) => (i + 1) * step);

/** The largest gap a read as of any point pays: from each kept snapshot to the next newer. */
function widestGapAt(kept: number[], head: number) {
  const sorted = [0, ...kept].sort((a, b) => a - b);
  return sorted.slice(0, -1).map((p, i) => ({ age: head - p, gap: sorted[i + 1]! - p }));
}

/** What the store keeps when the rule runs after each snapshot, as the runner writes them. */
function keptAsTheLogGrows(head: number, step = 50_000) {
  let kept: number[] = [];
  for (let position = step; position <= head; position += step) {
    kept.push(position);
    const dropped = new Set(snapshotsToDrop(kept));
    kept = kept.filter((p) => !dropped.has(p));
  }
  return kept;
}

describe('snapshot retention', () => {
  it('keeps every snapshot while the history is short', () => {
    expect(snapshotsToDrop(every(50_000, 800_000))).toEqual([]);
    expect(snapshotsToDrop([])).toEqual([]);
    expect(snapshotsToDrop([7])).toEqual([]);
  });

  it('thins old snapshots as the log grows, so their count grows with its logarithm', () => {
    const counts = [1_000_000, 10_000_000, 100_000_000].map((head) => {
      const kept = keptAsTheLogGrows(head);
      // Every gap within its allowance, however many times the rule ran.
      for (const { age, gap } of widestGapAt(kept, head)) {
        expect(gap).toBeLessThanOrEqual(Math.max(50_000, age / SPREAD));
      }
      return kept.length;
    });
    expect(counts[0]).toBe(20);
    // Ten times the history adds a roughly constant number of snapshots, not ten times as many.
    expect(counts[1]! - counts[0]!).toBeLessThan(2 * SPREAD * Math.log(10));
    expect(counts[2]! - counts[1]!).toBeLessThan(2 * SPREAD * Math.log(10));
    expect(counts[2]).toBeLessThan(every(50_000, 100_000_000).length / 10);
  });

  it('is stable: thinning what it kept drops nothing more at the same head', () => {
    const all = every(50_000, 5_000_000);
    const dropped = new Set(snapshotsToDrop(all));
    const kept = all.filter((p) => !dropped.has(p));
    expect(snapshotsToDrop(kept)).toEqual([]);
  });
});

describe.each([
  ['memory', () => createMemorySnapshotStore()],
  ['sqlite', () => openSqliteSnapshotStore(path.join(dir, `thinned-${Math.random()}.db`))],
])('a %s snapshot store', (_kind, open) => {
  it('thins a read model on save, keeping what the rule keeps, and leaves others alone', () => {
    const store = open();
    try {
      const snap = (name: string, position: number) =>
        store.save({ name, version: 1, position, recordedAt: null, state: { position } });
      for (const position of every(1_000, 200_000)) snap('thinned', position);
      snap('other', 1_000);
      const kept = keptAsTheLogGrows(200_000, 1_000);
      expect(kept.length).toBeLessThan(100);
      // Each kept snapshot is found, with its state; each dropped one is not.
      for (const position of [...kept, 999_999]) {
        const found = store.atOrBefore('thinned', 1, position);
        expect(found?.state).toEqual({ position: kept.filter((p) => p <= position).at(-1) });
      }
      expect(store.atOrBefore('other', 1, 5_000)?.position).toBe(1_000);
    } finally {
      store.close();
    }
  });
});
