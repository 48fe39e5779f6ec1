import {
  assessAgainstThresholds,
  assessIndicator,
  type IndicatorStanding,
  type IndicatorUnit,
  type Period,
  type Polarity,
  type ThresholdAssessment,
  type Thresholds,
} from '@tracker/domain';
import { defineProjection, type ProjectedEvent } from '../projection';
import { stampOf, type ChangeStamp } from './boards';

/**
 * Indicators with every value recorded for them (corrections kept: a correction is a new
 * record and the one it supersedes stays, marked). The judgements (each value against the
 * thresholds, the latest standing and direction of travel) come from the domain's
 * indicator/assessment.ts, the one place they are computed.
 */

export interface IndicatorValueView {
  /** The record's id. */
  id: string;
  indicatorId: string;
  period: Period;
  value: string;
  source: string;
  note: string;
  recordedOn: string;
  /** The record this one corrects, if it is a correction. */
  supersedesRecordId: string | null;
  correctionReason: string | null;
  /** The record that corrected this one, if any; a superseded record is not in force. */
  supersededBy: string | null;
  /** Position of the event that recorded it (finds the record a mutation just made). */
  recordedAtPosition: number;
  /** This value against the indicator's thresholds. */
  assessment: ThresholdAssessment;
  recorded: ChangeStamp;
}

export interface IndicatorView {
  id: string;
  name: string;
  description: string;
  unit: IndicatorUnit;
  polarity: Polarity;
  thresholds: Thresholds;
  stableWithin: string;
  boardId: string | null;
  priorityId: string | null;
  definedOn: string;
  /** Every record, in the order recorded, superseded ones included. */
  values: IndicatorValueView[];
  /** The latest value in force against the thresholds, and the direction of travel. */
  standing: IndicatorStanding;
  defined: ChangeStamp;
  lastChanged: ChangeStamp;
}

export interface IndicatorsState {
  byId: Record<string, IndicatorView>;
  /** Indicator ids in the order they were defined. */
  order: string[];
}

/** The values in force (no correction supersedes them), by the period they cover. */
export const valuesInForce = (indicator: IndicatorView): IndicatorValueView[] =>
  indicator.values
    .filter((v) => v.supersededBy === null)
    .sort((a, b) =>
      a.period.end === b.period.end
        ? a.period.start.localeCompare(b.period.start)
        : a.period.end.localeCompare(b.period.end),
    );

const standingOf = (indicator: IndicatorView): IndicatorStanding =>
  assessIndicator(
    indicator,
    indicator.values.map((v) => ({
      recordId: v.id,
      supersedesRecordId: v.supersedesRecordId,
      periodStart: v.period.start,
      periodEnd: v.period.end,
      value: v.value,
    })),
  );

type ValueData = {
  indicatorId: string;
  recordId: string;
  period: Period;
  value: string;
  source: string;
  note: string;
  recordedOn: string;
};

function addValue(
  state: IndicatorsState,
  data: ValueData,
  event: ProjectedEvent,
  correction: { supersedesRecordId: string; reason: string } | null,
): IndicatorsState {
  const indicator = state.byId[data.indicatorId];
  if (!indicator) return state;
  const recorded = stampOf(event);
  if (correction)
    for (const old of indicator.values)
      if (old.id === correction.supersedesRecordId) old.supersededBy = data.recordId;
  indicator.values.push({
    id: data.recordId,
    indicatorId: data.indicatorId,
    period: { ...data.period },
    value: data.value,
    source: data.source,
    note: data.note,
    recordedOn: data.recordedOn,
    supersedesRecordId: correction?.supersedesRecordId ?? null,
    correctionReason: correction?.reason ?? null,
    supersededBy: null,
    assessment: assessAgainstThresholds(data.value, indicator.thresholds, indicator.polarity),
    recordedAtPosition: event.position,
    recorded,
  });
  indicator.standing = standingOf(indicator);
  indicator.lastChanged = recorded;
  return state;
}

export const indicatorsProjection = defineProjection<IndicatorsState>({
  name: 'indicators',
  version: 2,
  initialState: () => ({ byId: {}, order: [] }),
  on: {
    IndicatorDefined: (state, event) => {
      const data = event.data;
      const stamp = stampOf(event);
      const thresholds: Thresholds = {
        targetRange: data.thresholds.targetRange ? { ...data.thresholds.targetRange } : null,
        targetValue: data.thresholds.targetValue,
      };
      state.byId[data.indicatorId] = {
        id: data.indicatorId,
        name: data.name,
        description: data.description,
        unit: data.unit,
        polarity: data.polarity,
        thresholds,
        stableWithin: data.stableWithin,
        boardId: data.boardId,
        priorityId: data.priorityId,
        definedOn: data.definedOn,
        values: [],
        standing: { latest: null, direction: null },
        defined: stamp,
        lastChanged: stamp,
      };
      state.order.push(data.indicatorId);
      return state;
    },
    IndicatorValueRecorded: (state, event) => addValue(state, event.data, event, null),
    IndicatorValueCorrected: (state, event) => {
      const { supersedesRecordId, reason, ...data } = event.data;
      return addValue(state, data, event, { supersedesRecordId, reason });
    },
  },
});
