import { z } from 'zod';
import {
  defineCommand,
  streamIdOf,
  type Aggregate,
  type EventsOf,
  noOtherEvent,
} from '../kernel/decider';
import { conflict, invalid, notFound } from '../kernel/errors';
import { memberIdFor } from '../kernel/ids';
import {
  choiceOf,
  dateOf,
  distinctIds,
  ensureNotBefore,
  entityId,
  isoDate,
  optionalText,
  personName,
  requiredText,
} from '../kernel/schemas';
import { organisationRegistryReference, requireOrganisation } from '../organisation/organisation';

/**
 * A People Zone: a geographically defined area where public services work together on the
 * local priority problems (Bell Foundry estate in Loughborough, Coalville, New Parks in
 * Leicester). It moves through stages of development, has key provisions in place or not,
 * workstreams with owners, and evaluations (core problem, social resilience, community
 * perceptions, after the Loughborough University model).
 */

export const peopleZoneStages = [
  'PROPOSED',
  'RESEARCHING',
  'ESTABLISHING',
  'ESTABLISHED',
  'EVALUATING',
  'MAINSTREAMED',
] as const;
export type PeopleZoneStage = (typeof peopleZoneStages)[number];

export const keyProvisions = [
  'COMMUNITY_LEADERSHIP',
  'ACCESS_TO_COMMUNITY_ASSETS',
  'INTEGRATED_LOCAL_AGENCIES',
  'SHARED_APPROACH_TO_ISSUE_RESOLUTION',
] as const;
export type KeyProvision = (typeof keyProvisions)[number];

export const provisionStatuses = ['IN_PLACE', 'IN_PROGRESS', 'MISSING'] as const;
export type ProvisionStatus = (typeof provisionStatuses)[number];

export const peopleZoneWorkstreams = [
  'PROJECT_MANAGEMENT',
  'INFORMATION_SHARING',
  'COMMUNICATION_AND_ENGAGEMENT',
  'STAKEHOLDER_MANAGEMENT',
  'SERVICE_MAPPING',
  'DESIGN',
  'DATA_ANALYSIS',
  'FUNDING_OPPORTUNITIES',
] as const;
export type PeopleZoneWorkstream = (typeof peopleZoneWorkstreams)[number];

// Events

export const peopleZoneDesignatedData = z.object({
  peopleZoneId: entityId,
  name: z.string(),
  /** The town or city, e.g. Loughborough. */
  locality: z.string(),
  /** The local authority district, e.g. Charnwood. */
  district: z.string(),
  /** Null until a lead agency is named (the papers name none for Coalville or New Parks). */
  leadAgencyId: entityId.nullable(),
  partnerOrganisationIds: z.array(entityId),
  /** The local priority problem the zone addresses. */
  problem: z.string(),
  stage: z.enum(peopleZoneStages),
  designatedOn: z.string(),
});

export const peopleZoneStageChangedData = z.object({
  peopleZoneId: entityId,
  from: z.enum(peopleZoneStages),
  to: z.enum(peopleZoneStages),
  direction: z.enum(['FORWARD', 'BACKWARD']),
  reason: z.string(),
  effectiveOn: z.string(),
});

export const keyProvisionRecordedData = z.object({
  peopleZoneId: entityId,
  provision: z.enum(keyProvisions),
  status: z.enum(provisionStatuses),
  note: z.string(),
  assessedOn: z.string(),
});

export const workstreamAssignedData = z.object({
  peopleZoneId: entityId,
  workstream: z.enum(peopleZoneWorkstreams),
  ownerOrganisationId: entityId,
  /** The officer leading it (personal data), or null when only the organisation is named. */
  officer: z.string().nullable(),
  assignedOn: z.string(),
});

export const zoneEvaluationFindingsData = z.object({
  coreProblem: z.string().nullable(),
  socialResilience: z.string().nullable(),
  communityPerceptions: z.string().nullable(),
});

export const zoneEvaluationRecordedData = z.object({
  peopleZoneId: entityId,
  evaluationId: entityId,
  findings: zoneEvaluationFindingsData,
  evaluatedOn: z.string(),
  source: z.string(),
});

/** Its events by type, each with the schema of its data. */
export const peopleZoneEventSchemas = {
  PeopleZoneDesignated: peopleZoneDesignatedData,
  PeopleZoneStageChanged: peopleZoneStageChangedData,
  KeyProvisionRecorded: keyProvisionRecordedData,
  WorkstreamAssigned: workstreamAssignedData,
  ZoneEvaluationRecorded: zoneEvaluationRecordedData,
} as const;

export type PeopleZoneEvent = EventsOf<typeof peopleZoneEventSchemas>;

// State

export interface WorkstreamOwner {
  ownerOrganisationId: string;
  officer: string | null;
}

export interface PeopleZoneState {
  exists: boolean;
  name: string;
  stage: PeopleZoneStage;
  /** The date the current stage took effect (the designation date for PROPOSED). */
  stageSince: string;
  workstreams: Partial<Record<PeopleZoneWorkstream, WorkstreamOwner>>;
  evaluationIds: string[];
}

export const peopleZone: Aggregate<PeopleZoneEvent, PeopleZoneState> = {
  name: 'peopleZone',
  initialState: () => ({
    exists: false,
    name: '',
    stage: 'PROPOSED',
    stageSince: '',
    workstreams: {},
    evaluationIds: [],
  }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'PeopleZoneDesignated':
        return {
          ...state,
          exists: true,
          name: event.data.name,
          stage: event.data.stage,
          stageSince: event.data.designatedOn,
        };
      case 'PeopleZoneStageChanged':
        return { ...state, stage: event.data.to, stageSince: event.data.effectiveOn };
      case 'WorkstreamAssigned': {
        const { ownerOrganisationId, officer } = event.data;
        return {
          ...state,
          workstreams: {
            ...state.workstreams,
            [event.data.workstream]: { ownerOrganisationId, officer },
          },
        };
      }
      case 'ZoneEvaluationRecorded':
        return { ...state, evaluationIds: [...state.evaluationIds, event.data.evaluationId] };
      case 'KeyProvisionRecorded': // the provisions' status decides nothing
        return state;
      default:
        return noOtherEvent(event, state);
    }
  },
};

export const peopleZoneStreamId = (peopleZoneId: string) => streamIdOf(peopleZone, peopleZoneId);

/** The zone a command addresses must exist. */
const existingZone = (id: string, state: PeopleZoneState) => {
  if (!state.exists) throw notFound('People Zone', id);
  return state;
};

const stageIndex = (stage: PeopleZoneStage) => peopleZoneStages.indexOf(stage);

// designatePeopleZone

export const designatePeopleZoneInput = z.object({
  peopleZoneId: entityId
    .optional()
    .describe("Optional: the zone's id (a UUID); one is made when omitted."),
  name: requiredText('name'),
  locality: requiredText('name'),
  district: requiredText('name'),

  leadAgencyId: entityId
    .optional()
    .nullable()
    .describe('The organisation leading the zone (registered); leave it out while none is named.'),
  partnerOrganisationIds: distinctIds(50)
    .optional()
    .describe('The other organisations taking part (not the lead).'),
  problem: requiredText('prose').describe('The local priority problem the zone addresses.'),
  designatedOn: isoDate
    .optional()
    .describe('YYYY-MM-DD; defaults to the business date of the command.'),
});

export const designatePeopleZone = defineCommand({
  type: 'DesignatePeopleZone',
  input: designatePeopleZoneInput,
  aggregate: peopleZone,
  targetId: (input, mint) => input.peopleZoneId ?? mint(),
  references: () => ({ organisations: organisationRegistryReference() }),
  decide: ({ id, input, refs, occurredAt }, state): PeopleZoneEvent[] => {
    if (state.exists) throw conflict(`People Zone ${id} is already designated as "${state.name}"`);
    const partners = input.partnerOrganisationIds ?? [];
    const lead = input.leadAgencyId ?? null;
    if (lead !== null) {
      if (partners.includes(lead))
        throw invalid(
          `partnerOrganisationIds: ${lead} is the lead agency; list only the other partners`,
        );
      requireOrganisation(refs.organisations, lead, 'lead agency');
    }
    for (const partner of partners)
      requireOrganisation(refs.organisations, partner, 'partner organisation');
    return [
      {
        type: 'PeopleZoneDesignated',
        data: {
          peopleZoneId: id,
          name: input.name,
          locality: input.locality,
          district: input.district,
          leadAgencyId: lead,
          partnerOrganisationIds: partners,
          problem: input.problem,
          stage: 'PROPOSED',
          designatedOn: input.designatedOn ?? dateOf(occurredAt),
        },
      },
    ];
  },
});

// advancePeopleZoneStage

export const advancePeopleZoneStageInput = z.object({
  peopleZoneId: entityId,
  stage: choiceOf(peopleZoneStages, 'PeopleZoneStage'),

  reason: optionalText('prose').describe('Required when moving back to an earlier stage.'),
  effectiveOn: isoDate.optional().describe('YYYY-MM-DD, not before the current stage took effect.'),
});

export const advancePeopleZoneStage = defineCommand({
  type: 'AdvancePeopleZoneStage',
  input: advancePeopleZoneStageInput,
  aggregate: peopleZone,
  targetId: (input) => input.peopleZoneId,
  decide: ({ id, input, occurredAt }, state): PeopleZoneEvent[] => {
    const zone = existingZone(id, state);
    if (input.stage === zone.stage)
      throw conflict(`People Zone "${zone.name}" is already at stage ${zone.stage}`);
    const backward = stageIndex(input.stage) < stageIndex(zone.stage);
    if (backward && !input.reason)
      throw invalid(
        `reason: moving People Zone "${zone.name}" back from ${zone.stage} to ${input.stage} ` +
          'needs a reason; give one',
      );
    const effectiveOn = input.effectiveOn ?? dateOf(occurredAt);
    ensureNotBefore('effectiveOn', effectiveOn, zone.stageSince, `${zone.stage} took effect`);
    return [
      {
        type: 'PeopleZoneStageChanged',
        data: {
          peopleZoneId: id,
          from: zone.stage,
          to: input.stage,
          direction: backward ? 'BACKWARD' : 'FORWARD',
          reason: input.reason ?? '',
          effectiveOn,
        },
      },
    ];
  },
});

// recordKeyProvision

export const recordKeyProvisionInput = z.object({
  peopleZoneId: entityId,
  provision: choiceOf(keyProvisions, 'KeyProvision'),
  status: choiceOf(provisionStatuses, 'ProvisionStatus'),
  note: optionalText('prose'),
  assessedOn: isoDate.optional(),
});

export const recordKeyProvision = defineCommand({
  type: 'RecordKeyProvision',
  input: recordKeyProvisionInput,
  aggregate: peopleZone,
  targetId: (input) => input.peopleZoneId,
  decide: ({ id, input, occurredAt }, state): PeopleZoneEvent[] => {
    existingZone(id, state);
    return [
      {
        type: 'KeyProvisionRecorded',
        data: {
          peopleZoneId: id,
          provision: input.provision,
          status: input.status,
          note: input.note ?? '',
          assessedOn: input.assessedOn ?? dateOf(occurredAt),
        },
      },
    ];
  },
});

// assignWorkstream

export const assignWorkstreamInput = z.object({
  peopleZoneId: entityId,
  workstream: choiceOf(peopleZoneWorkstreams, 'PeopleZoneWorkstream'),
  ownerOrganisationId: entityId,

  officer: personName
    .optional()
    .describe('The officer leading it (personal data: erasable on request).'),
  assignedOn: isoDate.optional(),
});

export const assignWorkstream = defineCommand({
  type: 'AssignWorkstream',
  input: assignWorkstreamInput,
  aggregate: peopleZone,
  targetId: (input) => input.peopleZoneId,
  references: () => ({ organisations: organisationRegistryReference() }),
  decide: ({ id, input, refs, occurredAt }, state): PeopleZoneEvent[] => {
    const zone = existingZone(id, state);
    requireOrganisation(refs.organisations, input.ownerOrganisationId, 'owner organisation');
    const officer = input.officer ?? null;
    const current = zone.workstreams[input.workstream];
    if (
      current &&
      current.ownerOrganisationId === input.ownerOrganisationId &&
      current.officer === officer
    )
      throw conflict(
        `workstream ${input.workstream} of People Zone "${zone.name}" is already assigned to ` +
          `organisation ${input.ownerOrganisationId}${officer ? ` (${officer})` : ''}`,
      );
    return [
      {
        type: 'WorkstreamAssigned',
        data: {
          peopleZoneId: id,
          workstream: input.workstream,
          ownerOrganisationId: input.ownerOrganisationId,
          officer,
          assignedOn: input.assignedOn ?? dateOf(occurredAt),
        },
      },
    ];
  },
});

// recordZoneEvaluation

export const recordZoneEvaluationInput = z.object({
  peopleZoneId: entityId,
  evaluationId: entityId
    .optional()
    .describe("Optional: the evaluation's id; one is derived when omitted."),
  findings: z
    .object(
      {
        /** Impact of the zone on the core problem. */
        coreProblem: optionalText('prose'),
        /** Impact on measures indicative of general social resilience. */
        socialResilience: optionalText('prose'),
        /** Change in community perceptions. */
        communityPerceptions: optionalText('prose'),
      },
      { message: 'must be { coreProblem, socialResilience, communityPerceptions }' },
    )
    .meta({ typeName: 'ZoneEvaluationFindingsInput' })
    .refine((f) => Boolean(f.coreProblem || f.socialResilience || f.communityPerceptions), {
      message: 'give at least one finding: coreProblem, socialResilience or communityPerceptions',
    }),
  evaluatedOn: isoDate,

  source: requiredText('title').describe('Who evaluated and where it is reported.'),
});

export const recordZoneEvaluation = defineCommand({
  type: 'RecordZoneEvaluation',
  input: recordZoneEvaluationInput,
  aggregate: peopleZone,
  subject: { kind: 'zoneEvaluation', field: 'evaluationId' },
  targetId: (input) => input.peopleZoneId,
  decide: ({ id, input }, state): PeopleZoneEvent[] => {
    const zone = existingZone(id, state);
    const evaluationId =
      input.evaluationId ?? memberIdFor(id, 'evaluation', zone.evaluationIds.length);
    if (zone.evaluationIds.includes(evaluationId))
      throw conflict(
        `evaluation ${evaluationId} is already recorded for People Zone "${zone.name}"; give a new evaluationId`,
      );
    const { coreProblem, socialResilience, communityPerceptions } = input.findings;
    return [
      {
        type: 'ZoneEvaluationRecorded',
        data: {
          peopleZoneId: id,
          evaluationId,
          findings: {
            coreProblem: coreProblem || null,
            socialResilience: socialResilience || null,
            communityPerceptions: communityPerceptions || null,
          },
          evaluatedOn: input.evaluatedOn,
          source: input.source,
        },
      },
    ];
  },
});
