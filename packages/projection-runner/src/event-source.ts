import type { ProjectedEvent } from '@tracker/projections';

/**
 * What the runner needs of the event store, stated structurally so projections depend on
 * no adapter: the EventStore port satisfies it.
 */
export interface EventSource {
  subscribeToAll(options?: { fromPosition?: 'start' | 'end' | number }): AsyncIterable<unknown> & {
    close(): Promise<void>;
  };
  readAll(options?: {
    fromPosition?: number;
    toPosition?: number;
    limit?: number;
  }): AsyncIterable<unknown>;
  /** What readAll gives, a page at a time: how replays read long runs. */
  readAllPages(options?: {
    fromPosition?: number;
    toPosition?: number;
    limit?: number;
  }): AsyncIterable<readonly unknown[]>;
  headPosition(): Promise<number>;
}

/** Events come from the store untyped; the domain's types are what the projections expect. */
export const asProjected = (event: unknown) => event as ProjectedEvent;
