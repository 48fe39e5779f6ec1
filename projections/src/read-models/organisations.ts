import type { OrganisationKind } from '@tracker/domain';
import { defineProjection } from '../projection';
import { stampOf, type ChangeStamp } from './touch';

/**
 * The organisations that take part (councils, the police, the OPCC, health bodies, providers),
 * with every name each has had. All organisations live in one registry stream; each event names
 * its organisation (`organisationId`).
 */

export interface OrganisationNameView {
  name: string;
  shortName: string | null;
  /** When the organisation took this name (business time of the registration or renaming). */
  from: string;
  /** When it stopped using it; null for the current name. */
  until: string | null;
  recorded: ChangeStamp;
}

export interface OrganisationView {
  id: string;
  name: string;
  shortName: string | null;
  kind: OrganisationKind;
  /** Every name the organisation has had, oldest first; the last is the current one. */
  nameHistory: OrganisationNameView[];
  registered: ChangeStamp;
  lastChanged: ChangeStamp;
}

export interface OrganisationsState {
  byId: Record<string, OrganisationView>;
  /** Organisation ids in the order they were registered. */
  order: string[];
  idsByKind: Partial<Record<OrganisationKind, string[]>>;
}

export const organisationsProjection = defineProjection<OrganisationsState>({
  name: 'organisations',
  // v2: no log positions kept to find a command's answer (it names its subject).
  version: 2,
  initialState: () => ({ byId: {}, order: [], idsByKind: {} }),
  on: {
    OrganisationRegistered: (state, event) => {
      const { organisationId, name, shortName, kind } = event.data;
      const stamp = stampOf(event);
      state.byId[organisationId] = {
        id: organisationId,
        name,
        shortName,
        kind,
        nameHistory: [{ name, shortName, from: stamp.at, until: null, recorded: stamp }],
        registered: stamp,
        lastChanged: stamp,
      };
      state.order.push(organisationId);
      (state.idsByKind[kind] ??= []).push(organisationId);
      return state;
    },
    OrganisationRenamed: (state, event) => {
      const { organisationId, name, shortName } = event.data;
      const organisation = state.byId[organisationId];
      if (!organisation) return state;
      const stamp = stampOf(event);
      const current = organisation.nameHistory[organisation.nameHistory.length - 1];
      if (current) current.until = stamp.at;
      organisation.nameHistory.push({
        name,
        shortName,
        from: stamp.at,
        until: null,
        recorded: stamp,
      });
      organisation.name = name;
      organisation.shortName = shortName;
      organisation.lastChanged = stamp;
      return state;
    },
  },
});
