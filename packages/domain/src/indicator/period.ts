import { z } from 'zod';
import { financialYear, isoDate } from '../kernel/schemas';

/**
 * The period a figure covers. Performance reports use UK financial quarters ("2021/22 Q4"),
 * financial years ("2014/15") and rolling 12-month figures ending on a date; outcomes of an
 * initiative cover a date range. Every period is recorded with its first and last day.
 */

export const periodKinds = [
  'QUARTER',
  'FINANCIAL_YEAR',
  'ROLLING_12_MONTHS',
  'DATE_RANGE',
] as const;
export type PeriodKind = (typeof periodKinds)[number];

/** A period as events record it: the kind, a readable label and the first and last day. */
export const periodData = z.object({
  kind: z.enum(periodKinds),
  label: z.string(),
  start: z.string(),
  end: z.string(),
  financialYear: z.string().nullable(),
  quarter: z.number().int().nullable(),
});
export type Period = z.infer<typeof periodData>;

// Calendar arithmetic on YYYY-MM-DD in UTC: deterministic, no clock.
const toUtc = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const addDays = (date: string, days: number): string => fromUtc(toUtc(date) + days * 86_400_000);

/** The same day a year earlier; 29 February becomes 28 February. */
const yearEarlier = (date: string): string => {
  const year = Number(date.slice(0, 4)) - 1;
  const monthDay = date.slice(5);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return `${String(year).padStart(4, '0')}-${monthDay === '02-29' && !leap ? '02-28' : monthDay}`;
};

const firstYearOf = (year: string) => Number(year.slice(0, 4));

/** 1 April to 31 March. */
export const financialYearPeriod = (year: string): Period => ({
  kind: 'FINANCIAL_YEAR',
  label: year,
  start: `${firstYearOf(year)}-04-01`,
  end: `${firstYearOf(year) + 1}-03-31`,
  financialYear: year,
  quarter: null,
});

const QUARTER_DAYS: Record<number, [string, string, number]> = {
  1: ['04-01', '06-30', 0],
  2: ['07-01', '09-30', 0],
  3: ['10-01', '12-31', 0],
  4: ['01-01', '03-31', 1],
};

/** Financial quarters: Q1 April-June ... Q4 January-March of the following calendar year. */
export const financialQuarterPeriod = (year: string, quarter: number): Period => {
  const [from, to, offset] = QUARTER_DAYS[quarter] ?? ['04-01', '06-30', 0];
  const calendarYear = firstYearOf(year) + offset;
  return {
    kind: 'QUARTER',
    label: `${year} Q${quarter}`,
    start: `${calendarYear}-${from}`,
    end: `${calendarYear}-${to}`,
    financialYear: year,
    quarter,
  };
};

/** The 12 months ending on (and including) `end`. */
export const rolling12MonthsPeriod = (end: string): Period => ({
  kind: 'ROLLING_12_MONTHS',
  label: `12 months to ${end}`,
  start: addDays(yearEarlier(end), 1),
  end,
  financialYear: null,
  quarter: null,
});

export const dateRangePeriod = (start: string, end: string): Period => ({
  kind: 'DATE_RANGE',
  label: `${start} to ${end}`,
  start,
  end,
  financialYear: null,
  quarter: null,
});

const PERIOD_LABEL = /^(?:Q([1-4])\s+)?(\d{4}\/\d{2})$|^(\d{4}\/\d{2})\s+Q([1-4])$/i;

/**
 * Reads a period written as people write it: "Q2 2021/22", "2021/22 Q2" or "2021/22".
 * Returns null when the text is not such a period or names non-consecutive years.
 */
export function periodFromLabel(text: string): Period | null {
  const match = PERIOD_LABEL.exec(text.trim());
  if (!match) return null;
  const year = match[2] ?? match[3] ?? '';
  const quarter = match[1] ?? match[4];
  if (!financialYear.safeParse(year).success) return null;
  return quarter ? financialQuarterPeriod(year, Number(quarter)) : financialYearPeriod(year);
}

const endBeforeStart = (start: string, end: string) => end < start;

/** A date the period needs, with a message that says which kind of period asked for it. */
const periodDate = (what: string) =>
  z.iso.date({
    error: (issue) =>
      issue.input === undefined
        ? `${what}: give it as YYYY-MM-DD`
        : 'must be a date written YYYY-MM-DD, e.g. 2022-03-31',
  });

const quarterInput = z.object({
  kind: z.literal('QUARTER'),
  financialYear,
  quarter: z
    .number({ message: 'must be the quarter of the financial year, 1 to 4' })
    .int({ message: 'must be the quarter of the financial year, 1 to 4' })
    .min(1, { message: 'must be the quarter of the financial year, 1 to 4' })
    .max(4, { message: 'must be the quarter of the financial year, 1 to 4' }),
  /** Only when the quarter's dates differ from the financial quarter's (give both). */
  start: isoDate.optional(),
  end: isoDate.optional(),
});

const financialYearInput = z.object({ kind: z.literal('FINANCIAL_YEAR'), financialYear });

const rollingInput = z.object({
  kind: z.literal('ROLLING_12_MONTHS'),
  end: periodDate('a rolling 12-month period needs the date it ends on'),
});

const dateRangeInput = z.object({
  kind: z.literal('DATE_RANGE'),
  start: periodDate('a date range needs its first day'),
  end: periodDate('a date range needs its last day'),
});

/**
 * A period as a command gives it. Parses to the recorded form (`Period`); refuses a period
 * that ends before it starts, a rolling period with no end date, a quarter with only one of
 * its custom dates.
 */
export const periodInput = z
  .discriminatedUnion('kind', [quarterInput, financialYearInput, rollingInput, dateRangeInput], {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `must be one of ${periodKinds.join(', ')}`
        : 'must be a period: { kind, ... }',
  })
  .meta({
    typeName: 'PeriodInput',
    discriminatorEnum: 'PeriodKind',
    description:
      'QUARTER: financialYear ("2021/22") and quarter (1-4), optionally both start and end.\n' +
      'FINANCIAL_YEAR: financialYear. ROLLING_12_MONTHS: end. DATE_RANGE: start and end.',
  })
  .superRefine((period, ctx) => {
    if (period.kind === 'QUARTER' && (period.start === undefined) !== (period.end === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [period.start === undefined ? 'start' : 'end'],
        message: "give both start and end, or neither to use the financial quarter's dates",
      });
    if (
      (period.kind === 'QUARTER' || period.kind === 'DATE_RANGE') &&
      period.start !== undefined &&
      period.end !== undefined &&
      endBeforeStart(period.start, period.end)
    )
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `the period ends (${period.end}) before it starts (${period.start}); give an end on or after the start`,
      });
  })
  .transform((period): Period => {
    switch (period.kind) {
      case 'QUARTER': {
        const standard = financialQuarterPeriod(period.financialYear, period.quarter);
        return period.start && period.end
          ? { ...standard, start: period.start, end: period.end }
          : standard;
      }
      case 'FINANCIAL_YEAR':
        return financialYearPeriod(period.financialYear);
      case 'ROLLING_12_MONTHS':
        return rolling12MonthsPeriod(period.end);
      case 'DATE_RANGE':
        return dateRangePeriod(period.start, period.end);
    }
  });

/** Two records are for the same period when they cover the same days. */
export const samePeriod = (a: Pick<Period, 'start' | 'end'>, b: Pick<Period, 'start' | 'end'>) =>
  a.start === b.start && a.end === b.end;
