import type { Projection } from '@tracker/projections';

/** A GraphQL type implementing Node, and the read model that keeps its entities in `byId`. */
export interface NodeType {
  typename: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  projection: Projection<any>;
}
