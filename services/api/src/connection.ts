import { apiError } from './errors';

/**
 * Relay cursor connections over an ordered list. Cursors are opaque (base64 of the offset):
 * clients pass back `endCursor` as `after`.
 */
export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

function decodeCursor(cursor: string): number {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match)
    throw apiError(
      'BAD_USER_INPUT',
      'after: not a cursor from this API; pass a pageInfo.endCursor back',
    );
  return Number(match[1]);
}

export function connectionFrom<T>(items: readonly T[], args: ConnectionArgs): Connection<T> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw apiError('BAD_USER_INPUT', `first: must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  const start = args.after ? decodeCursor(args.after) + 1 : 0;
  const slice = items.slice(start, start + first);
  const edges = slice.map((node, i) => ({ cursor: encodeCursor(start + i), node }));
  return {
    edges,
    nodes: slice,
    pageInfo: {
      hasNextPage: start + first < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: items.length,
  };
}
