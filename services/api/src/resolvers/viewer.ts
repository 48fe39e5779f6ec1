import { requirePrincipal } from '../authorization';
import type { Resolvers, Role } from '../generated/graphql';

/** Who the presented key speaks for: the web app's header and its role gating read it. */
export const viewerResolvers: Resolvers = {
  Query: {
    viewer: (_, __, context) => {
      const { actor, role } = requirePrincipal(context);
      return { actor, role: role.toUpperCase() as Role };
    },
  },
};
