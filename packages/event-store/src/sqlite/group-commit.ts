/**
 * The group commit queue. Appends are queued; the first one schedules a commit for the next
 * turn of the event loop, and every append that arrives while that commit is pending joins
 * it, so they share one transaction and one fsync. Appends that arrive while a commit is
 * under way wait for the next one. Each append gets its own outcome: one refused append does
 * not fail the others; a failure of the transaction itself (a locked file, a full disk)
 * fails them all.
 *
 * When appends queue up (several in one turn) and an `offload` committer is given, batches
 * go to it instead (another thread): the main thread then loads and decides the next
 * commands while a batch is being written. The next batch is handed over the moment the
 * last one is done, before the callers of the last one resume, so the two overlap. Only one
 * batch is ever being committed at a time, here or there.
 */

export type BatchOutcome<Result> = { ok: true; result: Result } | { ok: false; error: unknown };

export interface Offload<Request, Result> {
  /** True when batches can go to it now. */
  readonly ready: boolean;
  /** Asked to get ready (in the background) when appends start to queue up. */
  start(): void;
  commit(batch: readonly Request[]): Promise<BatchOutcome<Result>[]>;
}

export interface GroupCommitOptions<Request, Result> {
  /** Writes the batch in one transaction, here, and answers each request's outcome, in order. */
  commit(batch: readonly Request[]): BatchOutcome<Result>[];
  /** What a failed transaction means to every request of the batch. */
  describeFailure(error: unknown): unknown;
  /** Called after each commit that wrote something (wake subscriptions). */
  committed(): void;
  /** Another committer for batches of several appends. */
  offload?: Offload<Request, Result>;
  /** The most requests in one transaction committed here; the rest wait for the next. */
  maxBatch?: number;
}

interface Queued<Request, Result> {
  request: Request;
  resolve(result: Result): void;
  reject(error: unknown): void;
}

/** Batches at least this large go to the offload committer (and start it). */
const OFFLOAD_FROM = 4;
/** The most requests handed over at once: two halves of a crowd alternate, and overlap. */
const HANDOFF_SIZE = 32;

export function createGroupCommit<Request, Result>(options: GroupCommitOptions<Request, Result>) {
  const { offload, maxBatch = 512 } = options;
  const queue: Queued<Request, Result>[] = [];
  let scheduled = false;
  /** The batch with the offload committer, if any. */
  let handedOff: Promise<void> | undefined;

  const take = (n: number) => (queue.length > n ? queue.splice(0, n) : queue.splice(0));

  function settle(batch: Queued<Request, Result>[], outcomes: BatchOutcome<Result>[]) {
    batch.forEach((queued, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) queued.resolve(outcome.result);
      else queued.reject(outcome.error);
    });
    if (outcomes.some((o) => o.ok)) options.committed();
  }

  function fail(batch: Queued<Request, Result>[], error: unknown) {
    const failure = options.describeFailure(error);
    for (const queued of batch) queued.reject(failure);
  }

  function commitHere(batch: Queued<Request, Result>[]) {
    let outcomes: BatchOutcome<Result>[];
    try {
      outcomes = options.commit(batch.map((q) => q.request));
    } catch (error) {
      fail(batch, error);
      return;
    }
    settle(batch, outcomes);
  }

  function handOff(committer: Offload<Request, Result>, batch: Queued<Request, Result>[]) {
    handedOff = committer.commit(batch.map((q) => q.request)).then(
      (outcomes) => {
        handedOff = undefined;
        flush(); // the next batch goes first, then this one's callers resume
        settle(batch, outcomes);
      },
      (error) => {
        handedOff = undefined;
        flush();
        fail(batch, error);
      },
    );
  }

  function flush() {
    scheduled = false;
    if (handedOff || queue.length === 0) return;
    if (offload && queue.length >= OFFLOAD_FROM) {
      if (offload.ready) return handOff(offload, take(HANDOFF_SIZE));
      offload.start();
    }
    commitHere(take(maxBatch));
    schedule();
  }

  function schedule() {
    if (scheduled || queue.length === 0) return;
    scheduled = true;
    setImmediate(flush);
  }

  return {
    enqueue(request: Request): Promise<Result> {
      return new Promise<Result>((resolve, reject) => {
        queue.push({ request, resolve, reject });
        // A full handoff goes at once: the other thread starts while this one carries on.
        if (!handedOff && queue.length >= HANDOFF_SIZE && offload?.ready) flush();
        else schedule();
      });
    },
    /** Commits whatever is queued or handed over (on close). */
    async drain() {
      while (handedOff || queue.length > 0) {
        if (handedOff) await handedOff;
        else commitHere(take(maxBatch));
      }
    },
  };
}
