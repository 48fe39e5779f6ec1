import { z } from 'zod';

/** Shared building blocks for command inputs: one definition of each rule. */

export const entityId = z.uuid({ message: 'must be a UUID, e.g. 6f1c2d3e-...' });

export const requiredText = (max = 500) =>
  z
    .string({ message: 'is required' })
    .trim()
    .min(1, { message: 'must not be empty' })
    .max(max, { message: `must be at most ${max} characters` });

export const optionalText = (max = 5000) =>
  z
    .string()
    .trim()
    .max(max, { message: `must be at most ${max} characters` })
    .optional();

/** A calendar date, YYYY-MM-DD, that exists (2021-02-30 is refused). */
export const isoDate = z.iso.date({
  message: 'must be a date written YYYY-MM-DD, e.g. 2021-03-19',
});

/** A business time: a date or a date-time with offset. */
export const businessTime = z.union([isoDate, z.iso.datetime({ offset: true })], {
  message: 'must be a date (YYYY-MM-DD) or a date-time with a time zone (2021-03-19T10:00:00Z)',
});

/**
 * An exact decimal written as text ("36", "0.26", "-1.5"): values are kept as entered, never
 * passed through floating point. Compare and subtract them with indicator/decimal.ts.
 */
export const decimalText = z
  .string({ message: 'must be a decimal number written as text, e.g. "36" or "0.26"' })
  .trim()
  .max(40, { message: 'must be at most 40 characters' })
  .regex(/^-?\d+(\.\d+)?$/, {
    message:
      'must be a decimal number written as text, e.g. "36" or "0.26" (digits with an optional minus sign and decimal point; no commas, units or exponents)',
  });

/** A UK financial year written 2021/22 (1 April 2021 to 31 March 2022). */
export const financialYear = z
  .string({ message: 'must be a financial year written YYYY/YY, e.g. 2021/22' })
  .trim()
  .regex(/^\d{4}\/\d{2}$/, { message: 'must be a financial year written YYYY/YY, e.g. 2021/22' })
  .refine((year) => (Number(year.slice(0, 4)) + 1) % 100 === Number(year.slice(5)), {
    message: 'must name two consecutive years, e.g. 2021/22 (not 2021/23)',
  });

/** The calendar date (YYYY-MM-DD) of a business time, as written. */
export const dateOf = (businessTimeValue: string): string => businessTimeValue.slice(0, 10);
