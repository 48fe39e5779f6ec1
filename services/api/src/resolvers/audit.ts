import { formatHead, parseHead } from '@tracker/event-store';
import { apiError } from '../errors';
import type { Resolvers } from '../generated/graphql';

const badHead = (message: string) =>
  apiError('BAD_USER_INPUT', `expectHead: ${message}`, { argument: 'expectHead' });

/** Proof nothing was altered: the store's own verification, as auditors ask for it. */
export const auditResolvers: Resolvers = {
  Query: {
    integrity: async (_, { expectHead }, { services }) => {
      if (!services.verify) {
        throw apiError(
          'BAD_USER_INPUT',
          'this server runs on EventStoreDB, which keeps its own checksums rather than our hash chain; the integrity check is for the embedded SQLite store',
        );
      }
      // Refused before the walk: a typo should not cost a read of the whole log.
      const expected = expectHead == null ? undefined : parseHead(expectHead, badHead);
      const result = await services.verify(expected && { expectHead: expected });
      return {
        ok: result.ok,
        checked: result.checked,
        firstBroken: result.firstBroken ?? null,
        head: result.head ? { ...result.head, published: formatHead(result.head) } : null,
        checkedAt: new Date().toISOString(),
      };
    },
  },
};
