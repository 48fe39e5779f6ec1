import { describe, expect, it } from 'vitest';
import { createGroupCommit, type BatchOutcome } from './group-commit';

function recordingQueue(options: { maxBatch?: number; fail?: (n: number) => boolean } = {}) {
  const batches: number[][] = [];
  let committed = 0;
  const queue = createGroupCommit<number, number>({
    commit: (batch) => {
      batches.push([...batch]);
      if (batch.includes(-1)) throw new Error('disk full');
      return batch.map((n): BatchOutcome<number> =>
        options.fail?.(n)
          ? { ok: false, error: new Error(`refused ${n}`) }
          : { ok: true, result: n * 10 },
      );
    },
    describeFailure: (error) => new Error(`store unavailable: ${(error as Error).message}`),
    committed: () => committed++,
    maxBatch: options.maxBatch,
  });
  return { queue, batches, committed: () => committed };
}

describe('group commit queue', () => {
  it('writes the appends of one turn of the event loop in one transaction', async () => {
    const { queue, batches, committed } = recordingQueue();
    const results = await Promise.all(Array.from({ length: 64 }, (_, i) => queue.enqueue(i)));
    expect(results).toEqual(Array.from({ length: 64 }, (_, i) => i * 10));
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(64);
    expect(committed()).toBe(1);
  });

  it('queues appends that arrive while a commit is pending for the next transaction', async () => {
    const { queue, batches } = recordingQueue();
    const first = queue.enqueue(1);
    await first;
    await Promise.all([queue.enqueue(2), queue.enqueue(3)]);
    expect(batches).toEqual([[1], [2, 3]]);
  });

  it('refuses one append without failing the others of its batch', async () => {
    const { queue } = recordingQueue({ fail: (n) => n === 2 });
    const outcomes = await Promise.allSettled([1, 2, 3].map((n) => queue.enqueue(n)));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason.message).toBe('refused 2');
  });

  it('fails every append of a batch whose transaction fails, and carries on after', async () => {
    const { queue } = recordingQueue();
    const outcomes = await Promise.allSettled([queue.enqueue(1), queue.enqueue(-1)]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect((outcomes[0] as PromiseRejectedResult).reason.message).toBe(
      'store unavailable: disk full',
    );
    await expect(queue.enqueue(4)).resolves.toBe(40);
  });

  it('splits a queue longer than the largest batch', async () => {
    const { queue, batches } = recordingQueue({ maxBatch: 10 });
    await Promise.all(Array.from({ length: 25 }, (_, i) => queue.enqueue(i)));
    expect(batches.map((b) => b.length)).toEqual([10, 10, 5]);
  });

  it('drains what is queued when asked (on close)', async () => {
    const { queue, batches } = recordingQueue();
    const pending = queue.enqueue(7);
    queue.drain();
    expect(batches).toEqual([[7]]);
    await expect(pending).resolves.toBe(70);
  });

  describe('with another committer (a commit thread)', () => {
    function offloading(ready: boolean) {
      const here: number[][] = [];
      const there: number[][] = [];
      const log: string[] = [];
      let started = 0;
      const release: (() => void)[] = [];
      const queue = createGroupCommit<number, number>({
        commit: (batch) => {
          here.push([...batch]);
          return batch.map((n) => ({ ok: true, result: n }));
        },
        describeFailure: (error) => new Error(`unavailable: ${(error as Error).message}`),
        committed: () => undefined,
        offload: {
          ready,
          start: () => started++,
          commit: (batch) => {
            there.push([...batch]);
            log.push(`handed ${batch.length}`);
            return new Promise((resolve, reject) =>
              release.push(() =>
                batch.includes(-1)
                  ? reject(new Error('thread stopped'))
                  : resolve(batch.map((n) => ({ ok: true, result: n }))),
              ),
            );
          },
        },
      });
      return { queue, here, there, log, release, started: () => started };
    }

    it('commits small batches here, hands crowds over, two batches at a time', async () => {
      const { queue, here, there, log, release } = offloading(true);
      await Promise.all([queue.enqueue(1), queue.enqueue(2)]);
      expect(here).toEqual([[1, 2]]);
      const crowd = Array.from({ length: 60 }, (_, i) =>
        queue.enqueue(i).then((n) => log.push(`resumed ${n}`)),
      );
      await new Promise((resolve) => setImmediate(resolve));
      // 24 went at once, 24 more when they were queued; the other 12 wait for a free slot.
      expect(there.map((b) => b.length)).toEqual([24, 24]);
      release.shift()!();
      await new Promise((resolve) => setImmediate(resolve));
      expect(there.map((b) => b.length)).toEqual([24, 24, 12]);
      // The next batch was handed over before the first one's callers resumed.
      expect(log.slice(0, 4)).toEqual(['handed 24', 'handed 24', 'handed 12', 'resumed 0']);
      release.shift()!();
      release.shift()!();
      await Promise.all(crowd);
      expect(here).toEqual([[1, 2]]);
    });

    it('fails a handed-over batch whose commit fails, and carries on', async () => {
      const { queue, release, there } = offloading(true);
      const failing = Promise.allSettled([-1, 2, 3, 4].map((n) => queue.enqueue(n)));
      await new Promise((resolve) => setImmediate(resolve));
      release.shift()!();
      const outcomes = await failing;
      expect(outcomes.every((o) => o.status === 'rejected')).toBe(true);
      expect((outcomes[0] as PromiseRejectedResult).reason.message).toBe(
        'unavailable: thread stopped',
      );
      const next = Promise.all([5, 6, 7, 8].map((n) => queue.enqueue(n)));
      await new Promise((resolve) => setImmediate(resolve));
      release.shift()!();
      await expect(next).resolves.toEqual([5, 6, 7, 8]);
      expect(there).toHaveLength(2);
    });

    it('asks a committer that is not ready to start, and commits here meanwhile', async () => {
      const { queue, here, there, started } = offloading(false);
      await Promise.all([1, 2, 3, 4, 5].map((n) => queue.enqueue(n)));
      expect(started()).toBe(1);
      expect(here).toEqual([[1, 2, 3, 4, 5]]);
      expect(there).toEqual([]);
    });

    it('drains handed-over batches on close', async () => {
      const { queue, release } = offloading(true);
      const appends = Promise.all([1, 2, 3, 4].map((n) => queue.enqueue(n)));
      await new Promise((resolve) => setImmediate(resolve));
      const drained = queue.drain();
      release.shift()!();
      await drained;
      await expect(appends).resolves.toEqual([1, 2, 3, 4]);
    });
  });
});
