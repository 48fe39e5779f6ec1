import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { financialYear } from '../kernel/schemas';
import { periodFromLabel, periodInput, rolling12MonthsPeriod } from './period';

const issues = (input: unknown) => {
  const result = periodInput.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('periods', () => {
  it('dates a financial quarter: 2021/22 Q4 is January to March 2022', () => {
    expect(periodInput.parse({ kind: 'QUARTER', financialYear: '2021/22', quarter: 4 })).toEqual({
      kind: 'QUARTER',
      label: '2021/22 Q4',
      start: '2022-01-01',
      end: '2022-03-31',
      financialYear: '2021/22',
      quarter: 4,
    });
    expect(
      periodInput.parse({ kind: 'QUARTER', financialYear: '2020/21', quarter: 1 }),
    ).toMatchObject({ start: '2020-04-01', end: '2020-06-30' });
  });

  it('keeps a quarter’s own dates when both are given', () => {
    expect(
      periodInput.parse({
        kind: 'QUARTER',
        financialYear: '2021/22',
        quarter: 4,
        start: '2021-12-15',
        end: '2022-03-14',
      }),
    ).toMatchObject({ label: '2021/22 Q4', start: '2021-12-15', end: '2022-03-14' });
  });

  it('dates a financial year: 2014/15 is 1 April 2014 to 31 March 2015', () => {
    expect(periodInput.parse({ kind: 'FINANCIAL_YEAR', financialYear: '2014/15' })).toEqual({
      kind: 'FINANCIAL_YEAR',
      label: '2014/15',
      start: '2014-04-01',
      end: '2015-03-31',
      financialYear: '2014/15',
      quarter: null,
    });
  });

  it('dates a rolling 12 months back from its end: to 31 March 2022 is from 1 April 2021', () => {
    expect(periodInput.parse({ kind: 'ROLLING_12_MONTHS', end: '2022-03-31' })).toEqual({
      kind: 'ROLLING_12_MONTHS',
      label: '12 months to 2022-03-31',
      start: '2021-04-01',
      end: '2022-03-31',
      financialYear: null,
      quarter: null,
    });
    expect(rolling12MonthsPeriod('2020-06-30').start).toBe('2019-07-01');
    expect(rolling12MonthsPeriod('2024-02-29').start).toBe('2023-03-01');
  });

  it('refuses a rolling period with no end date, saying what to give', () => {
    expect(issues({ kind: 'ROLLING_12_MONTHS' })).toEqual([
      'end: a rolling 12-month period needs the date it ends on: give it as YYYY-MM-DD',
    ]);
  });

  it('refuses a period that ends before it starts', () => {
    expect(issues({ kind: 'DATE_RANGE', start: '2019-07-11', end: '2019-04-09' })).toEqual([
      'end: the period ends (2019-04-09) before it starts (2019-07-11); give an end on or after the start',
    ]);
    expect(
      issues({
        kind: 'QUARTER',
        financialYear: '2021/22',
        quarter: 4,
        start: '2022-03-31',
        end: '2022-01-01',
      }),
    ).toHaveLength(1);
  });

  it('refuses a quarter with only one of its own dates', () => {
    expect(
      issues({ kind: 'QUARTER', financialYear: '2021/22', quarter: 2, start: '2021-07-01' }),
    ).toEqual(["end: give both start and end, or neither to use the financial quarter's dates"]);
  });

  it('refuses unknown kinds, quarters outside 1-4, financial years that are not consecutive, unparseable dates', () => {
    expect(issues({ kind: 'MONTH' })).toEqual([
      'kind: must be one of QUARTER, FINANCIAL_YEAR, ROLLING_12_MONTHS, DATE_RANGE',
    ]);
    expect(issues({ kind: 'QUARTER', financialYear: '2021/22', quarter: 5 })).toEqual([
      'quarter: must be the quarter of the financial year, 1 to 4',
    ]);
    expect(issues({ kind: 'FINANCIAL_YEAR', financialYear: '2021/23' })).toEqual([
      'financialYear: must name two consecutive years, e.g. 2021/22 (not 2021/23)',
    ]);
    expect(issues({ kind: 'FINANCIAL_YEAR', financialYear: '2021-22' })).toEqual([
      'financialYear: must be a financial year written YYYY/YY, e.g. 2021/22',
    ]);
    expect(issues({ kind: 'ROLLING_12_MONTHS', end: '31/03/2022' })).toEqual([
      'end: must be a date written YYYY-MM-DD, e.g. 2022-03-31',
    ]);
    expect(issues({ kind: 'DATE_RANGE', start: '2021-02-30', end: '2021-03-01' })).toHaveLength(1);
  });

  it('reads periods as plans write them', () => {
    expect(periodFromLabel('Q2 2021/22')).toMatchObject({
      label: '2021/22 Q2',
      start: '2021-07-01',
      end: '2021-09-30',
    });
    expect(periodFromLabel('2021/22 q3')).toMatchObject({ end: '2021-12-31' });
    expect(periodFromLabel('2021/22')).toMatchObject({ kind: 'FINANCIAL_YEAR', end: '2022-03-31' });
    expect(periodFromLabel('1999/00')).toMatchObject({ start: '1999-04-01', end: '2000-03-31' });
    expect(periodFromLabel('Q5 2021/22')).toBeNull();
    expect(periodFromLabel('2021/23')).toBeNull();
    expect(periodFromLabel('ongoing')).toBeNull();
  });
});

describe('period properties', () => {
  const dayArb = fc
    .integer({ min: 0, max: 365 * 40 })
    .map((d) => new Date(Date.UTC(2000, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));

  it('never ends before it starts, whatever its kind', () => {
    const yearArb = fc
      .integer({ min: 2000, max: 2098 })
      .map((y) => `${y}/${String((y + 1) % 100).padStart(2, '0')}`);
    const inputArb = fc.oneof(
      fc.record({
        kind: fc.constant('QUARTER'),
        financialYear: yearArb,
        quarter: fc.integer({ min: 1, max: 4 }),
      }),
      fc.record({ kind: fc.constant('FINANCIAL_YEAR'), financialYear: yearArb }),
      fc.record({ kind: fc.constant('ROLLING_12_MONTHS'), end: dayArb }),
    );
    fc.assert(
      fc.property(inputArb, (input) => {
        const period = periodInput.parse(input);
        expect(period.start <= period.end).toBe(true);
      }),
    );
  });

  it('covers a whole year with its four quarters, back to back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2098 }), (y) => {
        const year = `${y}/${String((y + 1) % 100).padStart(2, '0')}`;
        expect(financialYear.safeParse(year).success).toBe(true);
        const quarters = [1, 2, 3, 4].map((q) => periodFromLabel(`Q${q} ${year}`)!);
        const whole = periodFromLabel(year)!;
        expect(quarters[0]!.start).toBe(whole.start);
        expect(quarters[3]!.end).toBe(whole.end);
        for (let q = 1; q < 4; q++) {
          const next = new Date(`${quarters[q - 1]!.end}T00:00:00Z`);
          next.setUTCDate(next.getUTCDate() + 1);
          expect(quarters[q]!.start).toBe(next.toISOString().slice(0, 10));
        }
      }),
    );
  });

  it('rolls back roughly a year: 365 or 366 days', () => {
    fc.assert(
      fc.property(dayArb, (end) => {
        const period = rolling12MonthsPeriod(end);
        const days = (Date.parse(period.end) - Date.parse(period.start)) / 86_400_000 + 1;
        expect([365, 366]).toContain(days);
      }),
    );
  });
});
