/**
 * A catch-up subscription to $all that survives dropped server subscriptions: when the
 * feed fails or ends, it opens a new one after the last position it saw, with exponential
 * backoff, and never delivers an event twice (positions only go up). Independent of the
 * client library: the store hands it a way to open a feed, so the policy is tested alone.
 */
import { matchesFilter, type EventFilter, type RecordedEvent, type Subscription } from '../port';

/** One server subscription: events strictly after `from` (a position), or from the start. */
export interface Feed {
  events: AsyncIterable<RecordedEvent>;
  close(): Promise<void>;
}

export interface BackoffPolicy {
  initialMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { initialMs: 100, maxMs: 5_000 };

/** Delay before the n-th consecutive retry (n >= 1): doubling from initialMs, capped at maxMs. */
export function backoffDelay(failures: number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const exponent = Math.min(Math.max(failures - 1, 0), 30);
  return Math.min(policy.maxMs, policy.initialMs * 2 ** exponent);
}

export interface ResubscribingOptions {
  /** Where to start: as SubscribeToAllOptions.fromPosition (a number is an exclusive checkpoint). */
  fromPosition: 'start' | 'end' | number;
  filter?: EventFilter;
  open(from: 'start' | number): Feed;
  /** Position of the last event in the store (0 when empty): what 'end' means. */
  headPosition(): Promise<number>;
  /** Errors that no retry can cure (a malformed event, access denied) end the iteration by throwing. */
  isFatal?(error: unknown): boolean;
  /** Errors that say nothing about the checkpoint (the server is unreachable). */
  isConnectionError?(error: unknown): boolean;
  /** Told of every drop before the retry; defaults to a one-line warning. */
  onDrop?(error: unknown, failures: number, retryInMs: number): void;
  backoff?: BackoffPolicy;
  /** Called once when the subscription is closed. */
  onClose?(): void;
}

const CLOSED = Symbol('closed');

function defaultOnDrop(error: unknown, failures: number, retryInMs: number): void {
  const reason = error instanceof Error ? error.message : String(error);
  console.warn(
    `EventStoreDB subscription to $all dropped (${reason}); resubscribing in ${retryInMs} ms (attempt ${failures})`,
  );
}

/**
 * The subscription. A checkpoint that did not come from the server in this process may not
 * be a valid place to subscribe from (a caller may pass `position + 1`); if the server refuses
 * it before delivering anything, the subscription tries the checkpoint minus one, then the
 * start, skipping everything at or before the checkpoint.
 */
export class ResubscribingSubscription implements Subscription {
  /** Settles once 'end' has been pinned to a position (at once for other starts). */
  readonly ready: Promise<void>;
  private closed = false;
  private readonly closedSignal: Promise<typeof CLOSED>;
  private signalClosed!: () => void;
  private feed: Feed | undefined;
  private iterator: AsyncGenerator<RecordedEvent> | undefined;
  /** Deliver only events after this position; undefined until pinned or when starting at the start. */
  private after: number | undefined;
  /** Where to open the next server subscription, first first; more than one while unverified. */
  private origins: Array<'start' | number> | undefined;

  constructor(private readonly options: ResubscribingOptions) {
    this.closedSignal = new Promise((resolve) => {
      this.signalClosed = () => resolve(CLOSED);
    });
    const { fromPosition } = options;
    if (fromPosition === 'end') {
      this.ready = this.pinEnd().catch(() => undefined);
    } else {
      if (fromPosition === 'start' || fromPosition <= 0) {
        this.origins = ['start'];
      } else {
        this.after = fromPosition;
        this.origins =
          fromPosition > 1 ? [fromPosition, fromPosition - 1, 'start'] : [fromPosition, 'start'];
      }
      this.ready = Promise.resolve();
    }
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    this.iterator ??= this.run();
    return this.iterator;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.signalClosed();
    this.options.onClose?.();
    const feed = this.feed;
    this.feed = undefined;
    await feed?.close().catch(() => undefined);
  }

  private async pinEnd(): Promise<void> {
    const head = await this.options.headPosition();
    if (this.origins) return;
    if (head > 0) {
      this.after = head;
      this.origins = [head];
    } else {
      this.origins = ['start'];
    }
  }

  private race<T>(promise: Promise<T>): Promise<T | typeof CLOSED> {
    return Promise.race([promise, this.closedSignal]);
  }

  private async *run(): AsyncGenerator<RecordedEvent> {
    const { filter, isFatal = () => false, isConnectionError = () => false } = this.options;
    const onDrop = this.options.onDrop ?? defaultOnDrop;
    let failures = 0;
    while (!this.closed) {
      let heard = false;
      let failure: unknown = new Error('the server ended the subscription');
      try {
        if (!this.origins) await this.race(this.ready);
        if (!this.origins && !this.closed) await this.race(this.pinEnd());
        if (this.closed) break;
        // pinEnd has set the origins by now; 'start' only satisfies the type checker.
        const feed = this.options.open(this.origins?.[0] ?? 'start');
        this.feed = feed;
        const events = feed.events[Symbol.asyncIterator]();
        try {
          for (;;) {
            const next = await this.race(events.next());
            if (next === CLOSED || next.done) break;
            const event = next.value;
            // Any position the server sent is a valid place to resubscribe from.
            heard = true;
            this.origins = [event.position];
            if (this.after !== undefined && event.position <= this.after) continue;
            failures = 0;
            this.after = event.position;
            if (matchesFilter(event, filter)) yield event;
          }
        } finally {
          if (this.feed === feed) this.feed = undefined;
          // Neither is awaited: a feed's teardown need not finish before the next one opens.
          void events.return?.().catch(() => undefined);
          void feed.close().catch(() => undefined);
        }
      } catch (error) {
        if (this.closed) break;
        if (isFatal(error)) throw error;
        failure = error;
        if (!heard && !isConnectionError(error) && this.origins && this.origins.length > 1) {
          this.origins.shift();
        }
      }
      if (this.closed) break;
      failures += 1;
      const delay = backoffDelay(failures, this.options.backoff);
      onDrop(failure, failures, delay);
      let timer: ReturnType<typeof setTimeout> | undefined;
      await this.race(new Promise<void>((resolve) => (timer = setTimeout(resolve, delay))));
      clearTimeout(timer);
    }
  }
}
