import { z } from 'zod';
import { board } from '../board/board';
import {
  defineCommand,
  streamIdOf,
  type Aggregate,
  type EventsOf,
  noOtherEvent,
} from '../kernel/decider';
import { conflict, invalid, notFound } from '../kernel/errors';
import {
  choiceOf,
  dateOf,
  decimalText,
  entityId,
  isoDate,
  optionalText,
  requiredText,
} from '../kernel/schemas';
import { priority } from '../priority/priority';
import {
  indicatorUnits,
  polarities,
  type IndicatorUnit,
  type Polarity,
  type Thresholds,
} from './assessment';
import { compareDecimals, isDecimal, isWholeDecimal } from './decimal';
import { periodData, periodInput, samePeriod, type Period } from './period';
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
 * A performance indicator (first-time entrants, MARAC repeat referral rate...) and the values
 * recorded for it. The indicator owns its values, so it can refuse a second value for a period
 * and make sure a correction supersedes exactly one record in force.
 *
 * Values are exact decimals kept as the text entered ("36", "0.26", "60.6"); they are compared
 * with indicator/decimal.ts and never pass through floating point.
 */

/** What is wrong with a value for a unit, or null. Percentages are 0-100 ("36" for 36%). */
export function unitProblem(
  unit: IndicatorUnit,
  value: string,
  { wholeCounts = true } = {},
): string | null {
  if (compareDecimals(value, '0') < 0)
    return `${value} is negative; indicator values are 0 or more`;
  if (unit === 'PERCENTAGE' && compareDecimals(value, '100') > 0)
    return `${value} is not a percentage; give a value from 0 to 100 (36% is "36")`;
  if (unit === 'COUNT' && wholeCounts && !isWholeDecimal(value))
    return `${value} is not a whole number; a COUNT is a number of people or events, e.g. "54"`;
  return null;
}

const thresholdsData = z.object({
  targetRange: z.object({ low: z.string(), high: z.string() }).nullable(),
  targetValue: z.string().nullable(),
});

export const indicatorDefinedData = z.object({
  indicatorId: entityId,
  name: z.string(),
  description: z.string(),
  unit: z.enum(indicatorUnits),
  polarity: z.enum(polarities),
  thresholds: thresholdsData,
  /** The change either way that still counts as STABLE, in the indicator's unit. */
  stableWithin: z.string(),
  boardId: entityId.nullable(),
  priorityId: entityId.nullable(),
  definedOn: z.string(),
});

const valueRecordFields = {
  indicatorId: entityId,
  ...recordDataFields,
  period: periodData,
  value: z.string(),
};

export const indicatorValueRecordedData = z.object(valueRecordFields);

/** A correction: a new record that supersedes an earlier one, which stays in the history. */
export const indicatorValueCorrectedData = z.object({
  ...valueRecordFields,
  ...correctionDataFields,
});

export type IndicatorDefinedData = z.infer<typeof indicatorDefinedData>;

/** Its events by type, each with the schema of its data. */
export const indicatorEventSchemas = {
  IndicatorDefined: indicatorDefinedData,
  IndicatorValueRecorded: indicatorValueRecordedData,
  IndicatorValueCorrected: indicatorValueCorrectedData,
} as const;

export type IndicatorEvent = EventsOf<typeof indicatorEventSchemas>;

export interface IndicatorValueRecord extends HeldRecord {
  period: Period;
  value: string;
}

export interface IndicatorState {
  exists: boolean;
  name: string;
  unit: IndicatorUnit;
  polarity: Polarity;
  thresholds: Thresholds;
  records: IndicatorValueRecord[];
}

const addRecord = (
  state: IndicatorState,
  data: z.infer<typeof indicatorValueRecordedData>,
  supersedesRecordId: string | null,
): IndicatorState => ({
  ...state,
  records: withRecord(state.records, {
    recordId: data.recordId,
    period: data.period,
    value: data.value,
    supersedesRecordId,
    supersededBy: null,
  }),
});

export const indicator: Aggregate<IndicatorEvent, IndicatorState> = {
  name: 'indicator',
  initialState: () => ({
    exists: false,
    name: '',
    unit: 'COUNT',
    polarity: 'HIGHER_IS_BETTER',
    thresholds: { targetRange: null, targetValue: null },
    records: [],
  }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'IndicatorDefined':
        return {
          ...state,
          exists: true,
          name: event.data.name,
          unit: event.data.unit,
          polarity: event.data.polarity,
          thresholds: event.data.thresholds,
        };
      case 'IndicatorValueRecorded':
        return addRecord(state, event.data, null);
      case 'IndicatorValueCorrected':
        return addRecord(state, event.data, event.data.supersedesRecordId);
      default:
        return noOtherEvent(event, state);
    }
  },
};

export const indicatorStreamId = (indicatorId: string) => streamIdOf(indicator, indicatorId);

const targetRangeInput = z
  .object({ low: decimalText, high: decimalText })
  .meta({ typeName: 'TargetRangeInput' });

export const defineIndicatorInput = z
  .object({
    indicatorId: entityId.optional(),
    name: requiredText('name'),
    description: optionalText('prose'),
    unit: choiceOf(indicatorUnits, 'IndicatorUnit'),
    polarity: choiceOf(polarities, 'Polarity'),
    thresholds: z
      .object({
        targetRange: targetRangeInput.optional().nullable(),
        targetValue: decimalText.optional().nullable(),
      })
      .meta({ typeName: 'IndicatorThresholdsInput' })
      .optional()
      .nullable(),

    stableWithin: decimalText
      .optional()
      .describe("Tolerance for STABLE, in the indicator's unit (default 0)."),

    boardId: entityId
      .optional()
      .nullable()
      .describe('The board the indicator serves; give this, priorityId or both.'),
    priorityId: entityId.optional().nullable(),
    definedOn: isoDate.optional(),
  })
  .superRefine((input, ctx) => {
    if (!input.boardId && !input.priorityId)
      ctx.addIssue({
        code: 'custom',
        path: ['boardId'],
        message: 'name the board or the priority the indicator serves (boardId or priorityId)',
      });
    const range = input.thresholds?.targetRange;
    const thresholdChecks: [string[], string | null | undefined][] = [
      [['thresholds', 'targetRange', 'low'], range?.low],
      [['thresholds', 'targetRange', 'high'], range?.high],
      [['thresholds', 'targetValue'], input.thresholds?.targetValue],
    ];
    // zod runs this even when a field failed its own rule: only well-formed decimals are
    // compared (the malformed ones already carry their own message).
    for (const [path, value] of thresholdChecks) {
      const problem =
        value && isDecimal(value) ? unitProblem(input.unit, value, { wholeCounts: false }) : null;
      if (problem) ctx.addIssue({ code: 'custom', path, message: problem });
    }
    if (
      range &&
      isDecimal(range.low) &&
      isDecimal(range.high) &&
      compareDecimals(range.low, range.high) > 0
    )
      ctx.addIssue({
        code: 'custom',
        path: ['thresholds', 'targetRange'],
        message: `low (${range.low}) is above high (${range.high}); give the lower bound as low`,
      });
    if (
      input.stableWithin &&
      isDecimal(input.stableWithin) &&
      compareDecimals(input.stableWithin, '0') < 0
    )
      ctx.addIssue({
        code: 'custom',
        path: ['stableWithin'],
        message: 'must be 0 or more: the change either way that still counts as stable',
      });
  });

export const defineIndicator = defineCommand({
  type: 'DefineIndicator',
  input: defineIndicatorInput,
  aggregate: indicator,
  targetId: (input, mint) => input.indicatorId ?? mint(),
  references: (input) => ({
    board: input.boardId ? { aggregate: board, id: input.boardId } : null,
    priority: input.priorityId ? { aggregate: priority, id: input.priorityId } : null,
  }),
  decide: ({ id, input, refs, occurredAt }, state): IndicatorEvent[] => {
    if (state.exists) throw conflict(`indicator ${id} is already defined as "${state.name}"`);
    if (input.boardId && !refs.board?.exists) throw notFound('board', input.boardId);
    if (input.priorityId && !refs.priority?.exists) throw notFound('priority', input.priorityId);
    const range = input.thresholds?.targetRange;
    return [
      {
        type: 'IndicatorDefined',
        data: {
          indicatorId: id,
          name: input.name,
          description: input.description ?? '',
          unit: input.unit,
          polarity: input.polarity,
          thresholds: {
            targetRange: range ? { low: range.low, high: range.high } : null,
            targetValue: input.thresholds?.targetValue ?? null,
          },
          stableWithin: input.stableWithin ?? '0',
          boardId: input.boardId ?? null,
          priorityId: input.priorityId ?? null,
          definedOn: input.definedOn ?? dateOf(occurredAt),
        },
      },
    ];
  },
});

const valueInputFields = {
  indicatorId: entityId,
  ...recordInputFields,
  value: decimalText.describe('An exact decimal as text, e.g. "36" for 36%.'),
};

export const recordIndicatorValueInput = z.object({ ...valueInputFields, period: periodInput });

export const correctIndicatorValueInput = z.object({
  ...valueInputFields,
  ...correctionInputFields,

  period: periodInput.optional().describe('Only when the correction is to the period.'),
});

type ValueInput = z.output<typeof recordIndicatorValueInput>;

/** The checks a new record passes whether it is a first value or a correction. */
function newRecordData(
  id: string,
  input: Omit<ValueInput, 'period'>,
  period: Period,
  state: IndicatorState,
  occurredAt: string,
  replacing: string | null,
) {
  if (!state.exists) throw notFound('indicator', id);
  const problem = unitProblem(state.unit, input.value);
  if (problem) throw invalid(`value: ${problem}`, { unit: state.unit });
  const recordId = newRecordId(id, state.records, input.recordId, `indicator "${state.name}"`);
  const clash = state.records.find(
    (r) => r.supersededBy === null && r.recordId !== replacing && samePeriod(r.period, period),
  );
  if (clash)
    throw conflict(
      `indicator "${state.name}" already has ${clash.value} for ${clash.period.label} ` +
        `(record ${clash.recordId}); to change it, use correctIndicatorValue with supersedesRecordId ${clash.recordId}`,
      { recordId: clash.recordId },
    );
  return {
    indicatorId: id,
    recordId,
    period,
    value: input.value,
    ...recordTrail(input, dateOf(occurredAt)),
  };
}

export const recordIndicatorValue = defineCommand({
  type: 'RecordIndicatorValue',
  input: recordIndicatorValueInput,
  aggregate: indicator,
  subject: { kind: 'indicatorValue', field: 'recordId' },
  targetId: (input) => input.indicatorId,
  decide: ({ id, input, occurredAt }, state): IndicatorEvent[] => [
    {
      type: 'IndicatorValueRecorded',
      data: newRecordData(id, input, input.period, state, occurredAt, null),
    },
  ],
});

export const correctIndicatorValue = defineCommand({
  type: 'CorrectIndicatorValue',
  input: correctIndicatorValueInput,
  aggregate: indicator,
  subject: { kind: 'indicatorValue', field: 'recordId' },
  targetId: (input) => input.indicatorId,
  decide: ({ id, input, occurredAt }, state): IndicatorEvent[] => {
    if (!state.exists) throw notFound('indicator', id);
    const old = recordToSupersede(
      state.records,
      input.supersedesRecordId,
      'indicator value record',
      'correctIndicatorValue',
    );
    const period = input.period ?? old.period;
    return [
      {
        type: 'IndicatorValueCorrected',
        data: {
          ...newRecordData(id, input, period, state, occurredAt, old.recordId),
          supersedesRecordId: old.recordId,
          reason: input.reason,
        },
      },
    ];
  },
});
