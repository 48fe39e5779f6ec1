import type { RecordedEvent } from '@tracker/event-store';

/**
 * What the runner needs of the event store, stated structurally so projections depend on
 * no adapter: the EventStore port satisfies it.
 */
export interface EventSource {
  subscribeToAll(options?: {
    fromPosition?: 'start' | 'end' | number;
  }): AsyncIterable<RecordedEvent> & {
    close(): Promise<void>;
  };
  readAll(options?: {
    fromPosition?: number;
    toPosition?: number;
    limit?: number;
  }): AsyncIterable<RecordedEvent>;
  /** What readAll gives, a page at a time: how replays read long runs. */
  readAllPages(options?: {
    fromPosition?: number;
    toPosition?: number;
    limit?: number;
  }): AsyncIterable<readonly RecordedEvent[]>;
  headPosition(): Promise<number>;
}
