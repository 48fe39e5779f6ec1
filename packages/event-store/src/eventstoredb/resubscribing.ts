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
  /** Opens a server subscription after `from`, which is always a place the server accepts. */
  open(from: 'start' | number): Feed;
  /** Position of the last event in the store (0 when empty): what 'end' means. */
  headPosition(): Promise<number>;
  /**
   * A place the server accepts to subscribe from, at or before a checkpoint given by the
   * caller (who may pass `position + 1`); 'start' when there is none. Default: the checkpoint.
   */
  locate?(checkpoint: number): Promise<'start' | number>;
  /** Errors that no retry can cure (a malformed event, access denied) end the iteration by throwing. */
  isFatal?(error: unknown): boolean;
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
 * The subscription. Before the first server subscription it pins where to start: 'end'
 * becomes the head position at the time of subscribing (eagerly, so that an append made
 * after subscribeToAll returns is delivered), a checkpoint becomes a place the server accepts.
 * From then on it resubscribes after the last position the server sent.
 */
export class ResubscribingSubscription implements Subscription {
  /** Settles once the start is pinned, or pinning failed (it is retried when iterating). */
  readonly ready: Promise<void>;
  private closed = false;
  private readonly closedSignal: Promise<typeof CLOSED>;
  private signalClosed!: () => void;
  private feed: Feed | undefined;
  private iterator: AsyncGenerator<RecordedEvent> | undefined;
  /** Deliver only events after this position; undefined when starting at the start. */
  private after: number | undefined;
  /** Where to open the next server subscription; undefined until pinned. */
  private origin: 'start' | number | undefined;

  constructor(private readonly options: ResubscribingOptions) {
    this.closedSignal = new Promise((resolve) => {
      this.signalClosed = () => resolve(CLOSED);
    });
    const { fromPosition } = options;
    if (
      typeof fromPosition === 'number' &&
      (!Number.isSafeInteger(fromPosition) || fromPosition < 0)
    ) {
      throw new RangeError(
        `fromPosition ${fromPosition} is not a position: pass 'start', 'end' or a checkpoint`,
      );
    }
    if (fromPosition === 'start' || fromPosition === 0) this.origin = 'start';
    this.ready = this.origin ? Promise.resolve() : this.pin().catch(() => undefined);
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

  private async pin(): Promise<void> {
    const { fromPosition, headPosition, locate = async (p: number) => p } = this.options;
    if (fromPosition === 'end') {
      const head = await headPosition();
      if (this.origin !== undefined) return;
      this.after = head > 0 ? head : undefined;
      this.origin = head > 0 ? head : 'start';
    } else if (typeof fromPosition === 'number') {
      const origin = await locate(fromPosition);
      if (this.origin !== undefined) return;
      this.after = fromPosition;
      this.origin = origin;
    }
  }

  private race<T>(promise: Promise<T>): Promise<T | typeof CLOSED> {
    return Promise.race([promise, this.closedSignal]);
  }

  private async *run(): AsyncGenerator<RecordedEvent> {
    const { filter, isFatal = () => false } = this.options;
    const onDrop = this.options.onDrop ?? defaultOnDrop;
    let failures = 0;
    while (!this.closed) {
      let failure: unknown = new Error('the server ended the subscription');
      try {
        if (this.origin === undefined) await this.race(this.ready);
        if (this.origin === undefined && !this.closed) await this.race(this.pin());
        if (this.closed) break;
        // pin() has set the origin by now; 'start' only satisfies the type checker.
        const feed = this.options.open(this.origin ?? 'start');
        this.feed = feed;
        const events = feed.events[Symbol.asyncIterator]();
        try {
          for (;;) {
            const next = await this.race(events.next());
            if (next === CLOSED || next.done) break;
            const event = next.value;
            // Any position the server sent is a place to resubscribe from.
            this.origin = event.position;
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
