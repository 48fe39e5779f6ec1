import type { RecordedEvent } from '@tracker/event-store';
import type { Projection } from '@tracker/projections';

/**
 * A GraphQL type implementing Node: the read model that keeps its entities in `byId`, and
 * where its history is: the stream it lives in and, for entities kept inside another
 * aggregate's stream (an allocation inside its funding stream), which events concern it.
 */
export interface NodeType {
  typename: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  projection: Projection<any>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  streamOf(entity: any): string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  concerns?(event: RecordedEvent, entity: any): boolean;
}
