import { makeExecutableSchema } from '@graphql-tools/schema';
import { typeDefs } from '@tracker/schema';
import { withAuthorization } from './authorization';
import { buildResolvers } from './resolvers/index';

/** The executable schema: the SDL in schema/, its resolvers, and the role rules. */
export function buildSchema() {
  return withAuthorization(makeExecutableSchema({ typeDefs, resolvers: buildResolvers(typeDefs) }));
}
