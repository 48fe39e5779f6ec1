import {
  actionsProjection,
  allocationsProjection,
  bidsProjection,
  boardsProjection,
  commissionedServicesProjection,
  decisionsProjection,
  deliveryPlansProjection,
  fundingStreamsProjection,
  indicatorsProjection,
  initiativeOutcomesProjection,
  initiativesProjection,
  issuesProjection,
  meetingsProjection,
  organisationsProjection,
  peopleZonesProjection,
  planActivitiesProjection,
  prioritiesProjection,
} from '@tracker/projections';
import type { CommandPayload } from '../commands';
import type { FieldModel, PayloadFields } from '../command-schema';
import type { GraphQLContext } from '../context';
import type { ReadModels } from '../read-models';
import { optional, required } from './links';

/**
 * What a command answers beyond CommandResult, by the kind of thing it created or changed
 * (its subject, declared by the command's definition). Every field loads by id: the target's
 * (`payload.id`, the stream the command addressed) or the subject's (`payload.subjectId`),
 * never by log position. A new kind of subject adds its entry here; the payload types in the
 * SDL follow from it (services/api/src/command-schema.ts).
 */

interface PayloadField extends Omit<FieldModel, 'name'> {
  resolve(payload: CommandPayload, readModels: ReadModels): unknown;
}

type Payload = Record<string, PayloadField>;

const target = (type: string, resolve: PayloadField['resolve'], description?: string) => ({
  type,
  resolve,
  ...(description ? { description } : {}),
});

const board = target('Board!', (p, rm) => required(rm, boardsProjection, p.id, 'board'));
const peopleZone = target('PeopleZone!', (p, rm) =>
  required(rm, peopleZonesProjection, p.id, 'People Zone'),
);
const deliveryPlan = target('DeliveryPlan!', (p, rm) =>
  required(rm, deliveryPlansProjection, p.id, 'delivery plan'),
);
const indicator = target('Indicator!', (p, rm) =>
  required(rm, indicatorsProjection, p.id, 'indicator'),
);
const fundingStream = target('FundingStream!', (p, rm) =>
  required(rm, fundingStreamsProjection, p.id, 'funding stream'),
);
const allocation = target('Allocation!', (p, rm) =>
  required(rm, allocationsProjection, p.subjectId, 'allocation'),
);
const AS_NOW = (what: string) => `The ${what} as the read models now have it.`;

export const payloads: Record<string, Payload> = {
  organisation: {
    organisation: target('Organisation!', (p, rm) =>
      required(rm, organisationsProjection, p.subjectId, 'organisation'),
    ),
  },
  board: { board },
  meeting: {
    meeting: target('Meeting!', (p, rm) => required(rm, meetingsProjection, p.id, 'meeting')),
  },
  decision: {
    decision: target('Decision!', (p, rm) => required(rm, decisionsProjection, p.id, 'decision')),
  },
  priority: {
    priority: target('Priority!', (p, rm) => required(rm, prioritiesProjection, p.id, 'priority')),
  },
  initiative: {
    initiative: target(
      'Initiative!',
      (p, rm) => required(rm, initiativesProjection, p.id, 'initiative'),
      AS_NOW('initiative'),
    ),
  },
  issue: {
    issue: target(
      'Issue!',
      (p, rm) => required(rm, issuesProjection, p.id, 'issue'),
      AS_NOW('issue'),
    ),
  },
  action: {
    version: target('Int!', (p) => p.version, "The version of the board's action log."),
    action: target(
      'Action!',
      (p, rm) => required(rm, actionsProjection, p.subjectId, 'action'),
      AS_NOW('action'),
    ),
  },
  peopleZone: { peopleZone },
  zoneEvaluation: {
    peopleZone,
    evaluation: target(
      'ZoneEvaluation',
      async (p, rm) =>
        (await rm.load(peopleZonesProjection, p.id))?.evaluations.find(
          (e) => e.id === p.subjectId,
        ) ?? null,
      'The evaluation recorded.',
    ),
  },
  deliveryPlan: { deliveryPlan },
  activity: {
    deliveryPlan,
    activity: target(
      'PlanActivity',
      (p, rm) => rm.load(planActivitiesProjection, p.subjectId),
      'The activity added or changed.',
    ),
  },
  indicator: { indicator },
  indicatorValue: {
    indicator,
    value: target(
      'IndicatorValue',
      async (p, rm) =>
        (await rm.load(indicatorsProjection, p.id))?.values.find((v) => v.id === p.subjectId) ??
        null,
      'The record made: for a correction, the correcting record.',
    ),
  },
  outcome: {
    outcome: target(
      'InitiativeOutcome',
      (p, rm) => rm.load(initiativeOutcomesProjection, p.subjectId),
      'The record made: for a correction, the correcting record.',
    ),
  },
  fundingStream: { fundingStream },
  allocation: { allocation, fundingStream },
  bid: {
    bid: target('Bid!', (p, rm) => required(rm, bidsProjection, p.subjectId, 'bid')),
    allocation: target(
      'Allocation',
      async (p, rm) =>
        optional(
          rm,
          allocationsProjection,
          (await rm.load(bidsProjection, p.subjectId))?.allocationId,
        ),
      'The allocation holding the award; null until one is made, and when UNSUCCESSFUL.',
    ),
    fundingStream,
  },
  commissionedService: {
    commissionedService: target('CommissionedService!', (p, rm) =>
      required(rm, commissionedServicesProjection, p.id, 'commissioned service'),
    ),
  },
};

/** The payloads' fields as the SDL declares them. */
export const payloadFields: PayloadFields = Object.fromEntries(
  Object.entries(payloads).map(([kind, fields]) => [
    kind,
    Object.entries(fields).map(([name, { type, description }]) => ({
      name,
      type,
      ...(description ? { description } : {}),
    })),
  ]),
);

/** The resolvers of every command's payload type, from its subject kind. */
export function payloadResolvers(
  subjectKinds: ReadonlyMap<string, string>,
): Record<string, Record<string, (p: CommandPayload, _: unknown, ctx: GraphQLContext) => unknown>> {
  return Object.fromEntries(
    [...subjectKinds].map(([payloadType, kind]) => [
      payloadType,
      Object.fromEntries(
        Object.entries(payloads[kind] ?? {}).map(([name, field]) => [
          name,
          (payload: CommandPayload, _: unknown, { readModels }: GraphQLContext) =>
            field.resolve(payload, readModels),
        ]),
      ),
    ]),
  );
}
