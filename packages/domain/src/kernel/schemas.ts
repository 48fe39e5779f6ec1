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
