import type { RecordedEvent, Subscription } from './port';

/**
 * A catch-up subscription for stores that can read pages of $all and tell when something
 * was appended: read pages after the checkpoint until none is left, then wait for a wake-up
 * (an in-process append, or a poll for appends by other processes), and so on until closed.
 */
export interface LiveSource {
  /** The checkpoint to start after (0 for the start). */
  from: number;
  /** Events after a position, in order; the filter applied; empty when none. */
  readPage(after: number): Promise<RecordedEvent[]>;
  /**
   * Every event after a position up to the end of the log, the filter applied: how a
   * subscription far behind catches up, when the store reads long runs faster than pages (the
   * SQLite store's read-ahead thread). A read model rebuilt from zero at start-up comes this way.
   */
  readRun?(after: number): AsyncIterable<RecordedEvent>;
  headPosition(): Promise<number>;
  /** Registers a wake-up for appends in this process; returns the unregister function. */
  onAppend(listener: () => void): () => void;
  /** Also look for appends every so often (another process may write). */
  pollIntervalMs?: number;
}

export function liveSubscription(source: LiveSource): Subscription {
  let closed = false;
  let wake: (() => void) | undefined;
  // An append seen while not asleep must not be lost: the next sleep returns at once.
  let appended = false;
  const unregister = source.onAppend(() => {
    appended = true;
    wake?.();
  });

  const sleep = () =>
    new Promise<void>((resolve) => {
      if (appended || closed) {
        appended = false;
        resolve();
        return;
      }
      const timer = source.pollIntervalMs
        ? setTimeout(() => wake?.(), source.pollIntervalMs)
        : undefined;
      wake = () => {
        if (timer) clearTimeout(timer);
        wake = undefined;
        resolve();
      };
    });

  async function* events(): AsyncGenerator<RecordedEvent> {
    let checkpoint = source.from;
    try {
      if (source.readRun) {
        for await (const event of source.readRun(checkpoint)) {
          checkpoint = event.position;
          yield event;
          if (closed) return;
        }
      }
      while (!closed) {
        // The head is read first: if the page then holds nothing after the checkpoint,
        // nothing up to that head matches, and the checkpoint can move to it.
        appended = false;
        const head = await source.headPosition();
        const page = await source.readPage(checkpoint);
        if (closed) return;
        for (const event of page) {
          checkpoint = event.position;
          yield event;
          if (closed) return;
        }
        if (page.length > 0) continue;
        checkpoint = Math.max(checkpoint, head);
        await sleep();
      }
    } finally {
      unregister();
    }
  }

  const iterator = events();
  return {
    [Symbol.asyncIterator]: () => iterator,
    close: async () => {
      closed = true;
      wake?.();
      await iterator.return(undefined);
    },
  };
}
