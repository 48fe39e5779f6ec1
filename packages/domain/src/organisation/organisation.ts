import { z } from 'zod';
import {
  defineCommand,
  streamIdOf,
  type Aggregate,
  type Referenced,
  type EventsOf,
  noOtherEvent,
} from '../kernel/decider';
import { conflict, notFound } from '../kernel/errors';
import { memberIdFor } from '../kernel/ids';
import { choiceOf, entityId, nameText, naturalKey } from '../kernel/schemas';

/**
 * Organisations: the agencies and providers that take part (Leicestershire Police, Leicester
 * City Council, the OPCC, FreeVa, Turning Point...).
 *
 * Their names must be unique (case, spacing and punctuation aside: "Women's Aid Leicestershire
 * Ltd" and "womens aid  leicestershire ltd" are the same name). The invariant spans every
 * organisation, so it lives in the aggregate that owns it: ONE organisation registry, a single
 * stream `organisationRegistry-<ORGANISATION_REGISTRY_ID>` holding every organisation's events.
 * A command addresses that stream, so two offices registering the same name at once cannot both
 * succeed (the second append fails its expected revision, is decided again and refused).
 *
 * Each organisation has its own id (`organisationId` in every event); that id is what other
 * aggregates store and cite. To check that a cited organisation exists, a command references the
 * registry (`organisationRegistryReference()`) and asks it (`requireOrganisation`). A read
 * model's history of one organisation is the registry stream's events whose `organisationId` is
 * that organisation's.
 */

export const organisationKinds = [
  'POLICE',
  'LOCAL_AUTHORITY_TIER1',
  'LOCAL_AUTHORITY_TIER2',
  'HEALTH',
  'JUSTICE',
  'FIRE',
  'AMBULANCE',
  'VOLUNTARY_SECTOR',
  'PROVIDER',
  'ACADEMIC',
  'OPCC',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/** The registry's well-known id: fixed forever, as its stream id is built from it. */
export const ORGANISATION_REGISTRY_ID = '4e1fbf96-4cb7-4a54-86be-16c411a083f0';

// Events

export const organisationRegisteredData = z.object({
  organisationId: entityId,
  name: z.string(),
  /** A short name or acronym, e.g. "OPCC", "LPT"; not unique ("LCC" is two councils). */
  shortName: z.string().nullable(),
  kind: z.enum(organisationKinds),
});

export const organisationRenamedData = z.object({
  organisationId: entityId,
  previousName: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
});

/** Its events by type, each with the schema of its data. */
export const organisationEventSchemas = {
  OrganisationRegistered: organisationRegisteredData,
  OrganisationRenamed: organisationRenamedData,
} as const;

export type OrganisationEvent = EventsOf<typeof organisationEventSchemas>;

// State

export interface RegisteredOrganisation {
  organisationId: string;
  name: string;
  shortName: string | null;
  kind: OrganisationKind;
}

export interface OrganisationRegistryState {
  /** Every registered organisation, by id. */
  byId: Record<string, RegisteredOrganisation>;
  /** The organisation holding each name, by the name's `naturalKey`. */
  idByNameKey: Record<string, string>;
  /** How many organisations were ever registered (mints ids when none is given). */
  registered: number;
}

export const organisationRegistry: Aggregate<OrganisationEvent, OrganisationRegistryState> = {
  name: 'organisationRegistry',
  initialState: () => ({ byId: {}, idByNameKey: {}, registered: 0 }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'OrganisationRegistered': {
        const { organisationId, name, shortName, kind } = event.data;
        return {
          byId: { ...state.byId, [organisationId]: { organisationId, name, shortName, kind } },
          idByNameKey: { ...state.idByNameKey, [naturalKey(name)]: organisationId },
          registered: state.registered + 1,
        };
      }
      case 'OrganisationRenamed': {
        const { organisationId, previousName, name, shortName } = event.data;
        const current = state.byId[organisationId];
        if (!current) return state;
        const idByNameKey = { ...state.idByNameKey };
        delete idByNameKey[naturalKey(previousName)];
        idByNameKey[naturalKey(name)] = organisationId;
        return {
          ...state,
          byId: { ...state.byId, [organisationId]: { ...current, name, shortName } },
          idByNameKey,
        };
      }
      default:
        return noOtherEvent(event, state);
    }
  },
};

export const organisationRegistryStreamId = streamIdOf(
  organisationRegistry,
  ORGANISATION_REGISTRY_ID,
);

/** The reference a command declares to check the organisations it cites exist. */
export const organisationRegistryReference = () => ({
  aggregate: organisationRegistry,
  id: ORGANISATION_REGISTRY_ID,
});

/**
 * The registered organisation with this id, or NOT_FOUND naming what the command wanted it for
 * ("member organisation", "chair's organisation"...).
 */
export function requireOrganisation(
  registry: Referenced<OrganisationRegistryState>,
  organisationId: string,
  what = 'organisation',
): RegisteredOrganisation {
  const found = registry.state.byId[organisationId];
  if (!found) throw notFound(what, organisationId);
  return found;
}

/** Refuses a name another organisation holds, naming that organisation. */
function ensureNameFree(state: OrganisationRegistryState, name: string, forId: string) {
  const holder = state.idByNameKey[naturalKey(name)];
  if (holder !== undefined && holder !== forId) {
    const existing = state.byId[holder];
    throw conflict(
      `name: "${existing?.name ?? name}" is already registered as organisation ${holder}; ` +
        'use that organisation, or give a name that tells the two apart',
      { field: 'name', existingOrganisationId: holder },
    );
  }
}

const shortNameText = nameText('name');

// registerOrganisation

export const registerOrganisationInput = z.object({
  organisationId: entityId
    .optional()
    .describe("Optional: the organisation's id (a UUID); one is minted when omitted."),
  name: nameText('name').describe(
    'Unique, case, spacing and punctuation aside (at most 200 characters).',
  ),
  kind: choiceOf(organisationKinds, 'OrganisationKind'),
  shortName: shortNameText
    .optional()
    .nullable()
    .describe('A short name or acronym, e.g. OPCC (at most 200 characters).'),
});

export const registerOrganisation = defineCommand({
  type: 'RegisterOrganisation',
  description:
    'Registers an organisation; CONFLICT when another organisation already has the name.',
  input: registerOrganisationInput,
  aggregate: organisationRegistry,
  subject: { kind: 'organisation', field: 'organisationId' },
  targetId: () => ORGANISATION_REGISTRY_ID,
  decide: ({ input }, state): OrganisationEvent[] => {
    const organisationId =
      input.organisationId ??
      memberIdFor(ORGANISATION_REGISTRY_ID, 'organisation', state.registered);
    const already = state.byId[organisationId];
    if (already)
      throw conflict(
        `organisationId: organisation ${organisationId} is already registered as "${already.name}"; ` +
          'give a new id, or leave it out to have one minted',
        { field: 'organisationId' },
      );
    ensureNameFree(state, input.name, organisationId);
    return [
      {
        type: 'OrganisationRegistered',
        data: {
          organisationId,
          name: input.name,
          shortName: input.shortName ?? null,
          kind: input.kind,
        },
      },
    ];
  },
});

// renameOrganisation

export const renameOrganisationInput = z.object({
  organisationId: entityId,
  name: nameText('name').describe('The new name (at most 200 characters).'),

  shortName: shortNameText
    .optional()
    .nullable()
    .describe('The new short name; leave out to keep the current one, null to remove it.'),
});

export const renameOrganisation = defineCommand({
  type: 'RenameOrganisation',
  description: 'Renames an organisation, keeping its earlier names in nameHistory.',
  input: renameOrganisationInput,
  aggregate: organisationRegistry,
  subject: { kind: 'organisation', field: 'organisationId' },
  targetId: () => ORGANISATION_REGISTRY_ID,
  decide: ({ input }, state): OrganisationEvent[] => {
    const current = state.byId[input.organisationId];
    if (!current) throw notFound('organisation', input.organisationId);
    const shortName = input.shortName === undefined ? current.shortName : input.shortName;
    if (input.name === current.name && shortName === current.shortName)
      throw conflict(
        `organisation ${input.organisationId} is already named "${current.name}"` +
          `${shortName ? ` (${shortName})` : ''}; nothing to change`,
      );
    ensureNameFree(state, input.name, input.organisationId);
    return [
      {
        type: 'OrganisationRenamed',
        data: {
          organisationId: input.organisationId,
          previousName: current.name,
          name: input.name,
          shortName,
        },
      },
    ];
  },
});
