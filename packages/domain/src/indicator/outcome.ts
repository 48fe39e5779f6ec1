import { z } from 'zod';
import { initiative } from '../initiative/initiative';
import {
  defineCommand,
  streamIdOf,
  type Aggregate,
  type EventsOf,
  noOtherEvent,
} from '../kernel/decider';
import { notFound } from '../kernel/errors';
import { dateOf, decimalText, entityId, optionalText, requiredText } from '../kernel/schemas';
import { periodData, periodInput, type Period } from './period';
import {
  correctionDataFields,
  correctionInputFields,
  newRecordId,
  recordDataFields,
  recordInputFields,
  recordToSupersede,
  recordTrail,
  withRecord,
  type HeldRecord,
} from './records';

/**
 * What an initiative achieved, as named figures: EnGage 395 referrals and interventions, 375
 * with no further offence; Operation Lionheart 124 warrants executed, 87 arrests, 82 charged.
 * The outcomes of one initiative live in one stream (`initiativeOutcomes-<initiativeId>`), so
 * a correction supersedes exactly one record in force.
 */

export const outcomeFigure = z
  .object({
    /** What is counted, e.g. "people arrested". */
    name: requiredText('name'),
    value: decimalText.describe('An exact decimal as text, e.g. "87".'),
  })
  .meta({ typeName: 'OutcomeFigureInput' });

export const outcomeFigureData = z.object({ name: z.string(), value: z.string() });

const outcomeRecordFields = {
  initiativeId: entityId,
  ...recordDataFields,
  title: z.string(),
  figures: z.array(outcomeFigureData),
  /** Null when the figures are to date, as reported on `recordedOn`. */
  period: periodData.nullable(),
};

export const initiativeOutcomeRecordedData = z.object(outcomeRecordFields);
export const initiativeOutcomeCorrectedData = z.object({
  ...outcomeRecordFields,
  ...correctionDataFields,
});

/** Its events by type, each with the schema of its data. */
export const initiativeOutcomeEventSchemas = {
  InitiativeOutcomeRecorded: initiativeOutcomeRecordedData,
  InitiativeOutcomeCorrected: initiativeOutcomeCorrectedData,
} as const;

export type InitiativeOutcomeEvent = EventsOf<typeof initiativeOutcomeEventSchemas>;

export interface InitiativeOutcomeRecord extends HeldRecord {
  period: Period | null;
}

export interface InitiativeOutcomesState {
  records: InitiativeOutcomeRecord[];
}

export const initiativeOutcomes: Aggregate<InitiativeOutcomeEvent, InitiativeOutcomesState> = {
  name: 'initiativeOutcomes',
  initialState: () => ({ records: [] }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'InitiativeOutcomeRecorded':
      case 'InitiativeOutcomeCorrected':
        return {
          records: withRecord(state.records, {
            recordId: event.data.recordId,
            period: event.data.period,
            supersedesRecordId:
              event.type === 'InitiativeOutcomeCorrected' ? event.data.supersedesRecordId : null,
            supersededBy: null,
          }),
        };
      default:
        return noOtherEvent(event, state);
    }
  },
};

export const initiativeOutcomesStreamId = (initiativeId: string) =>
  streamIdOf(initiativeOutcomes, initiativeId);

const outcomeInputFields = {
  initiativeId: entityId,
  ...recordInputFields,
  title: optionalText('title').describe(
    'A heading for the figures, e.g. Operation Lionheart enforcement stage.',
  ),
  figures: z
    .array(outcomeFigure, { message: 'must be a list of { name, value } figures' })
    .min(1, { message: 'give at least one figure, e.g. { name: "referrals", value: "395" }' })
    .max(50, { message: 'must be at most 50 figures' })
    .superRefine((figures, ctx) => {
      const seen = new Set<string>();
      figures.forEach((figure, index) => {
        const key = figure.name.toLowerCase();
        if (seen.has(key))
          ctx.addIssue({
            code: 'custom',
            path: [index, 'name'],
            message: `"${figure.name}" is given twice; give each figure once`,
          });
        seen.add(key);
      });
    }),
  period: periodInput.optional().nullable().describe('Omit when the figures are to date.'),
};

export const recordInitiativeOutcomeInput = z.object(outcomeInputFields);
export const correctInitiativeOutcomeInput = z.object({
  ...outcomeInputFields,
  ...correctionInputFields,
  period: outcomeInputFields.period.describe("Omit to keep the corrected record's period."),
});

type OutcomeInput = z.output<typeof recordInitiativeOutcomeInput>;

const outcomeData = (
  id: string,
  input: OutcomeInput,
  state: InitiativeOutcomesState,
  occurredAt: string,
) => ({
  initiativeId: id,
  recordId: newRecordId(id, state.records, input.recordId, `initiative ${id}'s outcomes`),
  title: input.title ?? '',
  figures: input.figures.map((f) => ({ name: f.name, value: f.value })),
  period: input.period ?? null,
  ...recordTrail(input, dateOf(occurredAt)),
});

/** The initiative whose outcomes these are must be registered. */
const initiativeReference = (input: { initiativeId: string }) => ({
  initiative: { aggregate: initiative, id: input.initiativeId },
});

export const recordInitiativeOutcome = defineCommand({
  type: 'RecordInitiativeOutcome',
  input: recordInitiativeOutcomeInput,
  aggregate: initiativeOutcomes,
  subject: { kind: 'outcome', field: 'recordId' },
  targetId: (input) => input.initiativeId,
  references: initiativeReference,
  decide: ({ id, input, refs, occurredAt }, state): InitiativeOutcomeEvent[] => {
    if (!refs.initiative.exists) throw notFound('initiative', id);
    return [{ type: 'InitiativeOutcomeRecorded', data: outcomeData(id, input, state, occurredAt) }];
  },
});

export const correctInitiativeOutcome = defineCommand({
  type: 'CorrectInitiativeOutcome',
  input: correctInitiativeOutcomeInput,
  aggregate: initiativeOutcomes,
  subject: { kind: 'outcome', field: 'recordId' },
  targetId: (input) => input.initiativeId,
  references: initiativeReference,
  decide: ({ id, input, refs, occurredAt }, state): InitiativeOutcomeEvent[] => {
    if (!refs.initiative.exists) throw notFound('initiative', id);
    const old = recordToSupersede(
      state.records,
      input.supersedesRecordId,
      'initiative outcome record',
      'correctInitiativeOutcome',
    );
    return [
      {
        type: 'InitiativeOutcomeCorrected',
        data: {
          ...outcomeData(
            id,
            { ...input, period: input.period === undefined ? old.period : input.period },
            state,
            occurredAt,
          ),
          supersedesRecordId: old.recordId,
          reason: input.reason,
        },
      },
    ];
  },
});
