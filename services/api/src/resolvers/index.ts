import { commands, type CommandName } from '@tracker/domain';
import { mergeResolvers } from '@graphql-tools/merge';
import { Kind, parse, type ObjectTypeDefinitionNode, type ObjectTypeExtensionNode } from 'graphql';
import { subjectKindOf } from '@tracker/domain';
import type { GraphQLContext } from '../context';
import type { CommandOptions, ResolversInterfaceTypes, Resolvers } from '../generated/graphql';

import { historyResolvers } from '../history';
import type { ReadModels } from '../read-models';
import { auditResolvers } from './audit';
import { deliveryNodes, deliveryResolvers } from './delivery';
import { fundingNodes, fundingResolvers } from './funding';
import { governanceNodes, governanceResolvers } from './governance';
import { meetingNodes, meetingResolvers } from './meetings';
import { organisationNodes, organisationResolvers } from './organisations';
import { logsNodes, logsResolvers } from './logs';
import type { NodeType } from './nodes';
import { payloadResolvers } from './payloads';
import { portfolioNodes, portfolioResolvers } from './portfolio';
import { scalarResolvers } from './scalars';
import { subscriptionResolvers } from '../subscriptions';
import { viewerResolvers } from './viewer';

type NodeParent = ResolversInterfaceTypes<Resolvers>['Node'];

/** Every Node type, by area: `node(id)` looks through these. */
export const nodeTypes: NodeType[] = [
  ...governanceNodes,
  ...organisationNodes,
  ...meetingNodes,
  ...portfolioNodes,
  ...logsNodes,
  ...deliveryNodes,
  ...fundingNodes,
];

/** Names of the Mutation fields the SDL declares. */
export function mutationNames(typeDefs: readonly string[]): string[] {
  return typeDefs.flatMap((sdl) =>
    parse(sdl)
      .definitions.filter(
        (d): d is ObjectTypeDefinitionNode | ObjectTypeExtensionNode =>
          (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) &&
          d.name.value === 'Mutation',
      )
      .flatMap((d) => (d.fields ?? []).map((f) => f.name.value)),
  );
}

/**
 * One resolver per command: every mutation is `name(input, options)` and runs the command of
 * the same name. Area resolvers add the payloads' entity fields.
 */
function commandResolvers(names: readonly string[]): Resolvers {
  const mutations = Object.fromEntries(
    names
      .filter((name): name is CommandName => name in commands)
      .map((name) => [
        name,
        (
          _: unknown,
          args: { input: unknown; options?: CommandOptions | null },
          ctx: GraphQLContext,
        ) => ctx.execute(name, args.input, args.options),
      ]),
  );
  const subjectKinds = new Map(
    Object.values(commands).map((c) => [`${c.type}Payload`, subjectKindOf(c)]),
  );
  return { Mutation: mutations, ...payloadResolvers(subjectKinds) } as Resolvers;
}

// Node ids are UUIDs, unique across kinds, so the first read model that has the id is its kind.
async function findNode(readModels: ReadModels, id: string): Promise<NodeParent | null> {
  for (const type of nodeTypes) {
    const found = await readModels.load(type.projection, id);
    if (found) return found as NodeParent;
  }
  return null;
}

const commonResolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    node: (_, { id }, { readModels }) => findNode(readModels, id),
    nodes: (_, { ids }, { readModels }) => Promise.all(ids.map((id) => findNode(readModels, id))),
  },
  Node: {
    __resolveType: (node, { readModels }) => {
      const { id } = node as { id: string };
      return (nodeTypes.find((t) => readModels.state(t.projection).byId[id] === node)?.typename ??
        null) as never;
    },
  },
  CommandResult: { __resolveType: () => null as never },
};

export function buildResolvers(typeDefs: readonly string[]): Resolvers {
  return mergeResolvers([
    commonResolvers,
    commandResolvers(mutationNames(typeDefs)),
    governanceResolvers,
    organisationResolvers,
    meetingResolvers,
    portfolioResolvers,
    logsResolvers,
    deliveryResolvers,
    fundingResolvers,
    subscriptionResolvers,
    auditResolvers,
    viewerResolvers,
    historyResolvers(nodeTypes) as Resolvers,
  ]) as Resolvers;
}
