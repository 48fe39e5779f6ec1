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
});
