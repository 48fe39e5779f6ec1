/**
 * The group commit queue. Appends are queued; the first one schedules a commit for the next
 * turn of the event loop, and every append that arrives while that commit is pending joins
 * it, so they share one transaction and one fsync. Appends that arrive during a commit wait
 * for the next one. Each append gets its own outcome: one refused append does not fail the
 * others; a failure of the transaction itself (a locked file, a full disk) fails them all.
 */

export interface Queued<Request, Result> {
  request: Request;
  resolve(result: Result): void;
  reject(error: unknown): void;
}

export type BatchOutcome<Result> = { ok: true; result: Result } | { ok: false; error: unknown };

export interface GroupCommitOptions<Request, Result> {
  /** Writes the batch in one transaction and answers each request's outcome, in order. */
  commit(batch: readonly Request[]): BatchOutcome<Result>[];
  /** What a failed transaction means to every request of the batch. */
  describeFailure(error: unknown): unknown;
  /** Called after each commit that wrote something (wake subscriptions). */
  committed(): void;
  /** The most requests in one transaction; the rest wait for the next. */
  maxBatch?: number;
}

export function createGroupCommit<Request, Result>(options: GroupCommitOptions<Request, Result>) {
  const maxBatch = options.maxBatch ?? 512;
  let queue: Queued<Request, Result>[] = [];
  let scheduled = false;

  function schedule() {
    if (scheduled || queue.length === 0) return;
    scheduled = true;
    setImmediate(flush);
  }

  function flush() {
    scheduled = false;
    const batch = queue.length > maxBatch ? queue.splice(0, maxBatch) : queue;
    if (batch === queue) queue = [];
    if (batch.length === 0) return;
    let outcomes: BatchOutcome<Result>[];
    try {
      outcomes = options.commit(batch.map((q) => q.request));
    } catch (error) {
      const failure = options.describeFailure(error);
      for (const queued of batch) queued.reject(failure);
      schedule();
      return;
    }
    batch.forEach((queued, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) queued.resolve(outcome.result);
      else queued.reject(outcome.error);
    });
    if (outcomes.some((o) => o.ok)) options.committed();
    schedule();
  }

  return {
    enqueue(request: Request): Promise<Result> {
      return new Promise<Result>((resolve, reject) => {
        queue.push({ request, resolve, reject });
        schedule();
      });
    },
    /** Commits whatever is queued now (on close). */
    drain() {
      while (queue.length > 0) flush();
    },
  };
}
