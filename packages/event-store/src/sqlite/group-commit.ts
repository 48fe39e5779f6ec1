/**
 * The group commit queue. Appends are queued; the first one schedules a commit for the next
 * turn of the event loop, and every append that arrives while that commit is pending joins
 * it, so they share one transaction and one fsync. Appends that arrive while a commit is
 * under way wait for the next one. Each append gets its own outcome: one refused append does
 * not fail the others; a failure of the transaction itself (a locked file, a full disk)
 * fails them all.
 *
 * When appends queue up (several in one turn) and an `offload` committer is given, batches
 * go to it instead (another thread, which commits them one after the other): the main
 * thread then loads and decides the next commands while batches are being written. Up to
 * two batches are with it at once, so it finds the next one waiting when it finishes one,
 * and the next is handed over before the callers of a finished one resume. Nothing is
 * committed here while batches are with it, so one connection never waits on the other.
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
/** The most requests handed over at once; a crowd of 64 makes three groups that take turns. */
const HANDOFF_SIZE = 24;
/** Batches with the offload committer at once: one being committed, the next waiting. */
const IN_FLIGHT = 2;

export function createGroupCommit<Request, Result>(options: GroupCommitOptions<Request, Result>) {
  const { offload, maxBatch = 512 } = options;
  const queue: Queued<Request, Result>[] = [];
  let scheduled = false;
  /** The batches with the offload committer. */
  const handedOff = new Set<Promise<void>>();

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
    const done = committer.commit(batch.map((q) => q.request)).then(
      (outcomes) => {
        handedOff.delete(done);
        flush(); // the next batch goes first, then this one's callers resume
        settle(batch, outcomes);
      },
      (error) => {
        handedOff.delete(done);
        flush();
        fail(batch, error);
      },
    );
    handedOff.add(done);
  }

  function flush() {
    scheduled = false;
    if (queue.length === 0) return;
    if (offload?.ready && (handedOff.size > 0 || queue.length >= OFFLOAD_FROM)) {
      while (handedOff.size < IN_FLIGHT && queue.length > 0) handOff(offload, take(HANDOFF_SIZE));
      return;
    }
    if (handedOff.size > 0) return; // what the other committer holds goes first
    if (offload && queue.length >= OFFLOAD_FROM) offload.start();
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
        if (queue.length >= HANDOFF_SIZE && handedOff.size < IN_FLIGHT && offload?.ready) flush();
        else schedule();
      });
    },
    /** Commits whatever is queued or handed over (on close). */
    async drain() {
      while (handedOff.size > 0 || queue.length > 0) {
        if (handedOff.size > 0) await Promise.all(handedOff);
        else commitHere(take(maxBatch));
      }
    },
  };
}
