import { organisationRegistryStreamId } from '@tracker/domain';
import type { RecordedEvent } from '@tracker/event-store';
import {
  boardsProjection,
  organisationsProjection,
  type OrganisationView,
} from '@tracker/projections';
import { connectionFrom } from '../connection';
import type { Resolvers } from '../generated/graphql';
import { many, matchesText } from './links';
import type { NodeType } from './nodes';

/** Organisations: all kept in the one registry stream, each event naming its organisation. */

export const organisationNodes: NodeType[] = [
  {
    typename: 'Organisation',
    projection: organisationsProjection,
    streamOf: () => organisationRegistryStreamId,
    concerns: (event: RecordedEvent, organisation: OrganisationView) =>
      (event.data as { organisationId?: unknown } | null)?.organisationId === organisation.id,
  },
];

export const organisationResolvers: Resolvers = {
  Query: {
    organisations: async (_, { first, after, filter }, { readModels }) => {
      const state = readModels.state(organisationsProjection);
      const ids = filter?.kind ? (state.idsByKind[filter.kind] ?? []) : state.order;
      const organisations = (await many(readModels, organisationsProjection, ids)).filter((o) =>
        matchesText(filter?.text, o.name, o.shortName),
      );
      return connectionFrom(organisations, { first, after });
    },
    organisation: (_, { id }, { readModels }) => readModels.load(organisationsProjection, id),
  },
  Organisation: {
    boards: (organisation, _, { readModels }) => {
      const { byId, order } = readModels.state(boardsProjection);
      return order
        .map((id) => byId[id]!)
        .filter((b) => b.members.some((m) => m.organisationId === organisation.id));
    },
  },
};
