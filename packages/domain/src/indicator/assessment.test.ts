import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessAgainstThresholds,
  assessIndicator,
  chronological,
  currentRecords,
  directionOfTravel,
  rangePosition,
  type Polarity,
  type SeriesPoint,
  type Thresholds,
} from './assessment';
import { compareDecimals, formatDecimal } from './decimal';
import { financialYearPeriod } from './period';

const SAFELIVES: Thresholds = { targetRange: { low: '28', high: '40' }, targetValue: null };
const NONE: Thresholds = { targetRange: null, targetValue: null };

/** First-time entrants aged 10-17, Leicestershire (LSCSB 17 June 2022). */
const firstTimeEntrants: [string, string][] = [
  ['2014/15', '190'],
  ['2015/16', '124'],
  ['2016/17', '126'],
  ['2017/18', '101'],
  ['2018/19', '100'],
  ['2019/20', '111'],
  ['2020/21', '88'],
  ['2021/22', '54'],
];
const fteSeries: SeriesPoint[] = firstTimeEntrants.map(([year, value]) => {
  const period = financialYearPeriod(year);
  return { periodStart: period.start, periodEnd: period.end, value };
});

const point = (periodEnd: string, value: string): SeriesPoint => ({
  periodStart: periodEnd,
  periodEnd,
  value,
});

describe('assessAgainstThresholds', () => {
  it('puts the MARAC repeat rate of 36% within the SafeLives 28-40% range: favourable', () => {
    expect(assessAgainstThresholds('36', SAFELIVES, 'LOWER_IS_BETTER')).toEqual({
      value: '36',
      range: { low: '28', high: '40', position: 'WITHIN', favourable: true },
      target: null,
      verdict: 'FAVOURABLE',
    });
  });

  it('puts the June 2020 peak of 51% above the range: unfavourable when lower is better', () => {
    const assessment = assessAgainstThresholds('51', SAFELIVES, 'LOWER_IS_BETTER');
    expect(assessment.range).toMatchObject({ position: 'ABOVE', favourable: false });
    expect(assessment.verdict).toBe('UNFAVOURABLE');
  });

  it('counts below the range as the better side when lower is better, the worse when higher is', () => {
    expect(assessAgainstThresholds('25', SAFELIVES, 'LOWER_IS_BETTER').range).toMatchObject({
      position: 'BELOW',
      favourable: true,
    });
    expect(assessAgainstThresholds('25', SAFELIVES, 'HIGHER_IS_BETTER').range).toMatchObject({
      position: 'BELOW',
      favourable: false,
    });
  });

  it('includes both ends of the range, however the value is written', () => {
    expect(rangePosition('28', SAFELIVES.targetRange!)).toBe('WITHIN');
    expect(rangePosition('40.00', SAFELIVES.targetRange!)).toBe('WITHIN');
    expect(rangePosition('40.01', SAFELIVES.targetRange!)).toBe('ABOVE');
    expect(rangePosition('27.999', SAFELIVES.targetRange!)).toBe('BELOW');
  });

  it('meets a target at it or on the better side given the polarity', () => {
    const ete: Thresholds = { targetRange: null, targetValue: '60' };
    expect(assessAgainstThresholds('60.0', ete, 'HIGHER_IS_BETTER').target).toEqual({
      value: '60',
      position: 'AT',
      met: true,
    });
    expect(assessAgainstThresholds('60.6', ete, 'HIGHER_IS_BETTER').target?.met).toBe(true);
    expect(assessAgainstThresholds('59.9', ete, 'HIGHER_IS_BETTER')).toMatchObject({
      target: { position: 'BELOW', met: false },
      verdict: 'UNFAVOURABLE',
    });
    expect(assessAgainstThresholds('59.9', ete, 'LOWER_IS_BETTER').target?.met).toBe(true);
  });

  it('is unfavourable when any threshold set is not met', () => {
    const both: Thresholds = { targetRange: { low: '28', high: '40' }, targetValue: '30' };
    expect(assessAgainstThresholds('36', both, 'LOWER_IS_BETTER')).toMatchObject({
      range: { favourable: true },
      target: { met: false },
      verdict: 'UNFAVOURABLE',
    });
    expect(assessAgainstThresholds('29', both, 'LOWER_IS_BETTER').verdict).toBe('FAVOURABLE');
  });

  it('gives no verdict when the indicator has no threshold', () => {
    expect(assessAgainstThresholds('54', NONE, 'LOWER_IS_BETTER')).toEqual({
      value: '54',
      range: null,
      target: null,
      verdict: 'NO_THRESHOLD',
    });
  });
});

describe('directionOfTravel', () => {
  it('sees first-time entrants falling from 88 to 54 as improving (lower is better)', () => {
    expect(directionOfTravel(fteSeries, 'LOWER_IS_BETTER')).toEqual({
      direction: 'IMPROVING',
      latest: fteSeries[7],
      previous: fteSeries[6],
      change: '-34',
    });
  });

  it('orders the series by period, not by the order given', () => {
    const shuffled = [fteSeries[7]!, fteSeries[0]!, fteSeries[6]!, fteSeries[3]!];
    expect(directionOfTravel(shuffled, 'LOWER_IS_BETTER')?.previous.value).toBe('88');
  });

  it('works exactly on decimals: youth reoffending 0.67 to 0.26 is a change of -0.41', () => {
    const reoffending = [point('2021-03-31', '0.67'), point('2022-03-31', '0.26')];
    expect(directionOfTravel(reoffending, 'LOWER_IS_BETTER')).toMatchObject({
      direction: 'IMPROVING',
      change: '-0.41',
    });
  });

  it('calls ETE 60.6% to 60.0% stable within a tolerance of 1 point, worsening without one', () => {
    const ete = [point('2021-12-31', '60.6'), point('2022-03-31', '60.0')];
    expect(directionOfTravel(ete, 'HIGHER_IS_BETTER', '1')).toMatchObject({
      direction: 'STABLE',
      change: '-0.6',
    });
    expect(directionOfTravel(ete, 'HIGHER_IS_BETTER')?.direction).toBe('WORSENING');
  });

  it('sees hate crime rising from 1.42 to 1.71 per 1000 as worsening', () => {
    const hate = [point('2021-03-31', '1.42'), point('2022-03-31', '1.71')];
    expect(directionOfTravel(hate, 'LOWER_IS_BETTER')).toMatchObject({
      direction: 'WORSENING',
      change: '0.29',
    });
  });

  it('calls an unchanged value stable, however it is written', () => {
    const feelSafe = [point('2021-12-31', '91.90'), point('2022-03-31', '91.9')];
    expect(directionOfTravel(feelSafe, 'HIGHER_IS_BETTER')).toMatchObject({
      direction: 'STABLE',
      change: '0',
    });
  });

  it('has no direction with fewer than two values', () => {
    expect(directionOfTravel([], 'LOWER_IS_BETTER')).toBeNull();
    expect(directionOfTravel([fteSeries[0]!], 'LOWER_IS_BETTER')).toBeNull();
  });
});

describe('currentRecords and assessIndicator', () => {
  const record = (recordId: string, value: string, year: string, supersedes: string | null) => ({
    recordId,
    supersedesRecordId: supersedes,
    value,
    periodStart: financialYearPeriod(year).start,
    periodEnd: financialYearPeriod(year).end,
  });

  it('leaves out records a correction superseded', () => {
    const records = [
      record('a', '88', '2020/21', null),
      record('b', '45', '2021/22', null),
      record('c', '54', '2021/22', 'b'),
    ];
    expect(currentRecords(records).map((r) => r.recordId)).toEqual(['a', 'c']);
  });

  it('assesses the latest value in force and its direction of travel', () => {
    const standing = assessIndicator(
      { polarity: 'LOWER_IS_BETTER', thresholds: NONE, stableWithin: '0' },
      [
        record('b', '45', '2021/22', null),
        record('a', '88', '2020/21', null),
        record('c', '54', '2021/22', 'b'),
      ],
    );
    expect(standing.latest?.value).toBe('54');
    expect(standing.direction).toMatchObject({ direction: 'IMPROVING', change: '-34' });
  });

  it('has nothing to say before any value is recorded', () => {
    expect(
      assessIndicator(
        { polarity: 'LOWER_IS_BETTER', thresholds: SAFELIVES, stableWithin: '0' },
        [],
      ),
    ).toEqual({ latest: null, direction: null });
  });
});

// Property-based: decimals as text, generated from integers and a scale.

const rawDecimalArb = fc.record({
  units: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
  scale: fc.nat(4),
});
const decimalArb = rawDecimalArb.map(formatDecimal);
const nonNegativeArb = fc
  .record({ units: fc.bigInt({ min: 0n, max: 10n ** 9n }), scale: fc.nat(3) })
  .map(formatDecimal);
const polarityArb = fc.constantFrom<Polarity>('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');
const flip = (p: Polarity): Polarity =>
  p === 'HIGHER_IS_BETTER' ? 'LOWER_IS_BETTER' : 'HIGHER_IS_BETTER';
const opposite = { IMPROVING: 'WORSENING', WORSENING: 'IMPROVING', STABLE: 'STABLE' } as const;

/** A series with distinct period ends (one value per period). */
const seriesArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 3000 }), { minLength: 2, maxLength: 12 })
  .chain((days) =>
    fc.tuple(
      fc.constant(days),
      fc.array(decimalArb, { minLength: days.length, maxLength: days.length }),
    ),
  )
  .map(([days, values]) =>
    days.map((d, i) => {
      const end = new Date(Date.UTC(2014, 3, 1) + d * 86_400_000).toISOString().slice(0, 10);
      return point(end, values[i]!);
    }),
  );

describe('assessment properties', () => {
  it('places every value in exactly one position, WITHIN exactly when low <= value <= high', () => {
    fc.assert(
      fc.property(decimalArb, decimalArb, decimalArb, (value, a, b) => {
        const [low, high] = compareDecimals(a, b) <= 0 ? [a, b] : [b, a];
        const within = compareDecimals(low, value) <= 0 && compareDecimals(value, high) <= 0;
        const position = rangePosition(value, { low, high });
        expect(position === 'WITHIN').toBe(within);
        if (!within) expect(position).toBe(compareDecimals(value, low) < 0 ? 'BELOW' : 'ABOVE');
      }),
    );
  });

  it('finds a value within the range favourable whatever the polarity, and outside it favourable under exactly one', () => {
    fc.assert(
      fc.property(decimalArb, decimalArb, decimalArb, (value, a, b) => {
        const [low, high] = compareDecimals(a, b) <= 0 ? [a, b] : [b, a];
        const thresholds = { targetRange: { low, high }, targetValue: null };
        const higher = assessAgainstThresholds(value, thresholds, 'HIGHER_IS_BETTER').range!;
        const lower = assessAgainstThresholds(value, thresholds, 'LOWER_IS_BETTER').range!;
        if (higher.position === 'WITHIN') expect(higher.favourable && lower.favourable).toBe(true);
        else expect(higher.favourable).toBe(!lower.favourable);
      }),
    );
  });

  it('meets a target under both polarities only when the value equals it', () => {
    fc.assert(
      fc.property(decimalArb, decimalArb, (value, target) => {
        const thresholds = { targetRange: null, targetValue: target };
        const higher = assessAgainstThresholds(value, thresholds, 'HIGHER_IS_BETTER').target!;
        const lower = assessAgainstThresholds(value, thresholds, 'LOWER_IS_BETTER').target!;
        expect(higher.met && lower.met).toBe(compareDecimals(value, target) === 0);
        expect(higher.met || lower.met).toBe(true);
      }),
    );
  });

  it('does not depend on the order the series is given in', () => {
    const shuffledArb = seriesArb.chain((series) =>
      fc.tuple(
        fc.constant(series),
        fc.shuffledSubarray(series, { minLength: series.length, maxLength: series.length }),
      ),
    );
    fc.assert(
      fc.property(shuffledArb, polarityArb, ([series, shuffled], polarity) => {
        expect(directionOfTravel(shuffled, polarity)).toEqual(directionOfTravel(series, polarity));
      }),
    );
  });

  it('reverses the direction when the polarity is flipped (stable stays stable)', () => {
    fc.assert(
      fc.property(seriesArb, polarityArb, nonNegativeArb, (series, polarity, tolerance) => {
        const one = directionOfTravel(series, polarity, tolerance)!;
        const other = directionOfTravel(series, flip(polarity), tolerance)!;
        expect(other.direction).toBe(opposite[one.direction]);
        expect(other.change).toBe(one.change);
      }),
    );
  });

  it('computes the change exactly (checked by cross-multiplying) and is stable exactly within the tolerance', () => {
    fc.assert(
      fc.property(
        rawDecimalArb,
        rawDecimalArb,
        nonNegativeArb,
        polarityArb,
        (a, b, tolerance, polarity) => {
          const result = directionOfTravel(
            [point('2021-03-31', formatDecimal(a)), point('2022-03-31', formatDecimal(b))],
            polarity,
            tolerance,
          )!;
          const [whole = '', fraction = ''] = result.change.split('.');
          const change = { units: BigInt(whole + fraction), scale: fraction.length };
          // change = b - a  <=>  change.units * 10^(a.scale + b.scale) = (b.units * 10^a.scale - a.units * 10^b.scale) * 10^change.scale
          const pow = (n: number) => 10n ** BigInt(n);
          expect(change.units * pow(a.scale + b.scale)).toBe(
            (b.units * pow(a.scale) - a.units * pow(b.scale)) * pow(change.scale),
          );
          const magnitude = result.change.replace('-', '');
          expect(result.direction === 'STABLE').toBe(compareDecimals(magnitude, tolerance) <= 0);
          if (result.direction !== 'STABLE') {
            const rose = compareDecimals(formatDecimal(b), formatDecimal(a)) > 0;
            expect(result.direction === 'IMPROVING').toBe(
              rose === (polarity === 'HIGHER_IS_BETTER'),
            );
          }
        },
      ),
    );
  });

  it('swaps improving and worsening when the two periods swap values', () => {
    fc.assert(
      fc.property(decimalArb, decimalArb, polarityArb, (a, b, polarity) => {
        const forward = directionOfTravel(
          [point('2021-03-31', a), point('2022-03-31', b)],
          polarity,
        )!;
        const back = directionOfTravel([point('2021-03-31', b), point('2022-03-31', a)], polarity)!;
        expect(back.direction).toBe(opposite[forward.direction]);
      }),
    );
  });

  it('orders any series chronologically by period end', () => {
    fc.assert(
      fc.property(seriesArb, (series) => {
        const ends = chronological(series).map((p) => p.periodEnd);
        expect(ends).toEqual([...ends].sort());
      }),
    );
  });
});

describe('assessIndicator over any records', () => {
  // Few dates and values, so periods tie, values repeat and corrections hit the latest ones.
  const dateArb = fc.constantFrom('2021-03-31', '2021-06-30', '2021-09-30', '2022-03-31');
  const recordsArb = fc
    .array(
      fc.record({
        periodStart: dateArb,
        periodEnd: dateArb,
        value: fc.constantFrom('28', '28.0', '31.5', '40', '12'),
        supersedes: fc.option(fc.nat(30), { nil: null }),
      }),
      { maxLength: 30 },
    )
    .map((records) =>
      records.map(({ supersedes, ...point }, n) => ({
        ...point,
        recordId: `r${n}`,
        // A correction names an earlier record, or (past the records made) one never made.
        supersedesRecordId: supersedes === null ? null : `r${supersedes}`,
      })),
    );

  it('gives what sorting every record in force would', () => {
    fc.assert(
      fc.property(recordsArb, polarityArb, (records, polarity) => {
        const indicator = { polarity, thresholds: SAFELIVES, stableWithin: '3' };
        const series = chronological(currentRecords(records));
        const last = series.at(-1);
        expect(assessIndicator(indicator, records)).toEqual({
          latest: last ? assessAgainstThresholds(last.value, SAFELIVES, polarity) : null,
          direction: directionOfTravel(series, polarity, '3'),
        });
      }),
      { numRuns: 500 },
    );
  });
});
