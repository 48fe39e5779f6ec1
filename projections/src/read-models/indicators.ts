import {
  assessAgainstThresholds,
  assessIndicator,
  currentRecords,
  lastTwoChronological,
  type IndicatorStanding,
  type IndicatorUnit,
  type Period,
  type Polarity,
  type ThresholdAssessment,
  type Thresholds,
} from '@tracker/domain';
import { defineProjection, type ProjectedEvent } from '../projection';
import { stampOf, type ChangeStamp } from './touch';

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
  /**
   * Where in `values` the last two values in force are, in period order (the standing is of
   * the last). A new value is assessed with these two, so the standing is not worked out
   * again from every value on each one recorded.
   */
  latestInForceAt: number[];
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

/** A value as the domain's assessment reads it. */
const recordOf = (value: IndicatorValueView) => ({
  recordId: value.id,
  supersedesRecordId: value.supersedesRecordId,
  periodStart: value.period.start,
  periodEnd: value.period.end,
  value: value.value,
});

/**
 * Sets the standing from the values at `candidates` (places in `values`, in order), which hold
 * the last two values in force: every value after a correction, else the last two before and
 * the new value (no value leaves force then, so the last two now are among those: see
 * `lastTwoChronological`). The domain's `assessIndicator` judges them either way, the one
 * place the standing is computed.
 */
function restand(indicator: IndicatorView, candidates: number[]) {
  const records = candidates.map((at) => recordOf(indicator.values[at]!));
  const latest = lastTwoChronological(currentRecords(records));
  indicator.latestInForceAt = latest.map((r) => candidates[records.indexOf(r)]!);
  indicator.standing = assessIndicator(indicator, latest);
}

/** Where the last two values in force before the newest are, and the newest. */
const latestAndNewest = ({ values, latestInForceAt }: IndicatorView) => [
  ...latestInForceAt,
  values.length - 1,
];

const everyValue = ({ values }: IndicatorView) => values.map((_, at) => at);

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
    recorded,
  });
  restand(indicator, correction ? everyValue(indicator) : latestAndNewest(indicator));
  indicator.lastChanged = recorded;
  return state;
}

export const indicatorsProjection = defineProjection<IndicatorsState>({
  name: 'indicators',
  // v4: no log positions kept to find a command's answer (it names its subject).
  version: 4,
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
        latestInForceAt: [],
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
