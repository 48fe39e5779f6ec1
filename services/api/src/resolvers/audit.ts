import { apiError } from '../errors';
import type { Resolvers } from '../generated/graphql';

/** Proof nothing was altered: the store's own verification, as auditors ask for it. */
export const auditResolvers: Resolvers = {
  Query: {
    integrity: async (_, __, { services }) => {
      if (!services.verify) {
        throw apiError(
          'BAD_USER_INPUT',
          'this server runs on EventStoreDB, which keeps its own checksums rather than our hash chain; the integrity check is for the embedded SQLite store',
        );
      }
      const result = await services.verify();
      return {
        ok: result.ok,
        checked: result.checked,
        firstBroken: result.firstBroken ?? null,
        checkedAt: new Date().toISOString(),
      };
    },
  },
};
