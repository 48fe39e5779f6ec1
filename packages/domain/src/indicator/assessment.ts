import {
  absDecimal,
  compareDecimals,
  formatDecimal,
  subtractDecimals,
  type Decimal,
} from './decimal';

/**
 * How an indicator's values are judged: against its thresholds, and over time. The one place
 * this is computed; read models and reports call these functions rather than re-deriving them.
 * Values are exact decimals written as text (see decimal.ts); nothing here uses floating point.
 */

export const indicatorUnits = ['COUNT', 'RATE_PER_1000', 'PERCENTAGE', 'RATIO'] as const;
export type IndicatorUnit = (typeof indicatorUnits)[number];

export const polarities = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const;
export type Polarity = (typeof polarities)[number];

export interface TargetRange {
  low: string;
  high: string;
}

export interface Thresholds {
  /** A recommended band, e.g. SafeLives' 28-40% for MARAC repeat referrals. */
  targetRange: TargetRange | null;
  /** A single target to reach (or stay under, when lower is better). */
  targetValue: string | null;
}

export type RangePosition = 'BELOW' | 'WITHIN' | 'ABOVE';
export type TargetPosition = 'BELOW' | 'AT' | 'ABOVE';
/**
 * FAVOURABLE when every threshold set is met (inside the range, or outside it on the better
 * side; at or better than the target); UNFAVOURABLE when any is not; NO_THRESHOLD when none is set.
 */
export type Verdict = 'FAVOURABLE' | 'UNFAVOURABLE' | 'NO_THRESHOLD';

export interface ThresholdAssessment {
  value: string;
  range: (TargetRange & { position: RangePosition; favourable: boolean }) | null;
  target: { value: string; position: TargetPosition; met: boolean } | null;
  verdict: Verdict;
}

/** Where a value sits against a range; both ends are inside it (28 and 40 are WITHIN 28-40). */
export function rangePosition(value: string, range: TargetRange): RangePosition {
  if (compareDecimals(value, range.low) < 0) return 'BELOW';
  if (compareDecimals(value, range.high) > 0) return 'ABOVE';
  return 'WITHIN';
}

/** Whether a position is on the good side: ABOVE is good when higher is better, BELOW when lower is. */
const onBetterSide = (position: 'ABOVE' | 'BELOW', polarity: Polarity) =>
  position === (polarity === 'HIGHER_IS_BETTER' ? 'ABOVE' : 'BELOW');

export function assessAgainstThresholds(
  value: string,
  thresholds: Thresholds,
  polarity: Polarity,
): ThresholdAssessment {
  const range = thresholds.targetRange
    ? (() => {
        const position = rangePosition(value, thresholds.targetRange);
        const favourable = position === 'WITHIN' || onBetterSide(position, polarity);
        return { ...thresholds.targetRange, position, favourable };
      })()
    : null;
  const target =
    thresholds.targetValue !== null
      ? (() => {
          const order = compareDecimals(value, thresholds.targetValue);
          const position: TargetPosition = order < 0 ? 'BELOW' : order > 0 ? 'ABOVE' : 'AT';
          const met = position === 'AT' || onBetterSide(position, polarity);
          return { value: thresholds.targetValue, position, met };
        })()
      : null;
  const checks = [range?.favourable, target?.met].filter((c): c is boolean => c !== undefined);
  const verdict: Verdict =
    checks.length === 0 ? 'NO_THRESHOLD' : checks.every(Boolean) ? 'FAVOURABLE' : 'UNFAVOURABLE';
  return { value, range, target, verdict };
}

export type Direction = 'IMPROVING' | 'WORSENING' | 'STABLE';

/** One value of a series: the period it covers and the value. */
export interface SeriesPoint {
  periodStart: string;
  periodEnd: string;
  value: string;
}

export interface DirectionOfTravel {
  direction: Direction;
  latest: SeriesPoint;
  previous: SeriesPoint;
  /** latest - previous, exactly ("-34", "0.6"). */
  change: string;
}

type Dated = Pick<SeriesPoint, 'periodStart' | 'periodEnd'>;

/** How two points' periods compare: by end, then start. */
const periodOrder = (a: Dated, b: Dated): number =>
  a.periodEnd === b.periodEnd
    ? a.periodStart.localeCompare(b.periodStart)
    : a.periodEnd.localeCompare(b.periodEnd);

/** Points ordered by the period they cover (by end, then start); equal periods keep their order. */
export const chronological = <P extends Dated>(points: readonly P[]): P[] =>
  [...points].sort(periodOrder);

/**
 * The last two points `chronological` would give, in its order, found in one pass instead of
 * sorting the whole series: a read model assesses an indicator on every value recorded, and
 * its series grows with every one. A point at least as late as one held goes after it, as
 * the stable sort puts it (equal periods keep their order). So the last two of a series with
 * points added at its end are the last two of (the last two before, then the points added).
 */
export function lastTwoChronological<P extends Dated>(points: readonly P[]): P[] {
  let last: P | undefined;
  let previous: P | undefined;
  for (const point of points) {
    if (!last || periodOrder(point, last) >= 0) [previous, last] = [last, point];
    else if (!previous || periodOrder(point, previous) >= 0) previous = point;
  }
  return [previous, last].filter((p): p is P => p !== undefined);
}

/**
 * The direction of travel from the previous period to the latest: STABLE when the change is
 * no more than `stableWithin` either way (a tolerance in the indicator's unit, "0" by
 * default: any change counts), else IMPROVING or WORSENING given the polarity.
 * Null when the series has fewer than two points.
 */
export function directionOfTravel(
  series: readonly SeriesPoint[],
  polarity: Polarity,
  stableWithin = '0',
): DirectionOfTravel | null {
  const ordered = chronological(series);
  const latest = ordered.at(-1);
  const previous = ordered.at(-2);
  if (!latest || !previous) return null;
  const change: Decimal = subtractDecimals(latest.value, previous.value);
  const rose = change.units > 0n;
  const direction: Direction =
    compareDecimals(absDecimal(change), stableWithin) <= 0
      ? 'STABLE'
      : rose === (polarity === 'HIGHER_IS_BETTER')
        ? 'IMPROVING'
        : 'WORSENING';
  return { direction, latest, previous, change: formatDecimal(change) };
}

/** A recorded value that a later record may supersede (a correction). */
export interface SupersedableRecord {
  recordId: string;
  supersedesRecordId: string | null;
}

/** The records still in force: every record no later record supersedes, in the given order. */
export function currentRecords<R extends SupersedableRecord>(records: readonly R[]): R[] {
  const superseded = new Set(records.map((r) => r.supersedesRecordId).filter((id) => id !== null));
  return records.filter((r) => !superseded.has(r.recordId));
}

export interface IndicatorStanding {
  /** The latest value in force, or null when none is recorded. */
  latest: ThresholdAssessment | null;
  direction: DirectionOfTravel | null;
}

/**
 * An indicator's standing from its recorded values (corrections applied): the latest value
 * against the thresholds, and its direction of travel.
 */
export function assessIndicator(
  indicator: { polarity: Polarity; thresholds: Thresholds; stableWithin: string },
  records: readonly (SupersedableRecord & SeriesPoint)[],
): IndicatorStanding {
  // Only the latest two points in force count (the latest value and the change to it).
  const series = lastTwoChronological(currentRecords(records));
  const last = series.at(-1);
  return {
    latest: last
      ? assessAgainstThresholds(last.value, indicator.thresholds, indicator.polarity)
      : null,
    direction: directionOfTravel(series, indicator.polarity, indicator.stableWithin),
  };
}
