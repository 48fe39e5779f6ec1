import { z } from 'zod';
import { invalid } from '../kernel/errors';

/**
 * Money is exact: an amount is a whole number of pence held as a safe integer, never pounds
 * with decimals and never the result of floating-point arithmetic. £2,276,643.00 is 227664300.
 *
 * Inputs accept a number or a string of digits (GraphQL's Int stops at 2,147,483,647, i.e.
 * £21.4m, so large sums travel as text); both become a safe integer. Anything else is refused
 * with a message that says what to send.
 */

/** A whole number of pence. Only ever a safe integer. */
export type Pence = number;

/** The largest amount held exactly: 9007199254740991 pence. */
export const MAX_PENCE: Pence = Number.MAX_SAFE_INTEGER;

const EXAMPLE = 'e.g. 227664300 for £2,276,643.00';
export const PENCE_HINT = `must be a whole number of pence, ${EXAMPLE}`;

const DIGITS = /^\d+$/;
const POUNDS_WITH_DECIMALS = /^-?\d[\d,]*\.\d*$/;

/** Why a raw value is not an amount of pence, or null when it is one (of at least `min`). */
function penceProblem(raw: number | string, min: number): string | null {
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (POUNDS_WITH_DECIMALS.test(text))
      return `${PENCE_HINT}; "${text}" looks like pounds with decimals: send pence, with no decimal point`;
    if (text.startsWith('-'))
      return `must not be negative: send a whole number of pence, ${EXAMPLE}`;
    if (!DIGITS.test(text))
      return `${PENCE_HINT}, written with digits only (no £ sign, commas, spaces or exponents)`;
    return penceProblem(Number(text), min);
  }
  if (!Number.isFinite(raw)) return PENCE_HINT;
  if (raw < 0) return `must not be negative: send a whole number of pence, ${EXAMPLE}`;
  if (!Number.isInteger(raw))
    return `${PENCE_HINT}; ${raw} has a fraction of a penny (pence are whole: £1.50 is 150)`;
  if (!Number.isSafeInteger(raw))
    return `is too large to hold exactly: at most ${MAX_PENCE} pence (${formatPounds(MAX_PENCE)})`;
  if (raw < min) return `must be at least ${min} pence: ${PENCE_HINT}`;
  return null;
}

const penceAtLeast = (min: number) =>
  z
    .union([z.number(), z.string()], {
      error: (issue) => (issue.input === undefined ? `is required: ${PENCE_HINT}` : PENCE_HINT),
    })
    // Either a number or digits as text, as the GraphQL scalar of that name takes it.
    .meta({ typeName: 'Pence' })
    .transform((raw, ctx): Pence => {
      const problem = penceProblem(raw, min);
      if (problem === null) return Number(typeof raw === 'string' ? raw.trim() : raw) + 0;
      ctx.addIssue({ code: 'custom', message: problem, input: raw });
      return z.NEVER;
    });

/** An amount of pence as a command takes it: zero or more. */
export const pence = penceAtLeast(0);

/** An amount that must be more than nothing (an allocation, a spend, a bid). */
export const positivePence = penceAtLeast(1);

/** An amount of pence as an event records it. */
export const penceData = z
  .number()
  .int()
  .min(0)
  .refine((value) => Number.isSafeInteger(value), { message: 'must be a safe integer' });

const tooLarge = () =>
  invalid(
    `the amount would be too large to hold exactly (more than ${formatPounds(MAX_PENCE)}); check the figures`,
  );

const wholePence = (amount: Pence): Pence => {
  if (!Number.isSafeInteger(amount))
    throw new RangeError(`an amount of pence is a safe integer; got ${amount}`);
  return amount;
};

/**
 * a + b + ..., exactly; refuses a result beyond the safe range. Integer arithmetic in plain
 * numbers (no BigInt: read models sum figures on every spend of a million-event rebuild): each
 * amount is a safe integer, so each partial sum is exact while it stays within the safe range,
 * and one beyond it rounds to 2^53 or more, which the check refuses.
 */
export const sumPence = (amounts: Iterable<Pence>): Pence => {
  let total = 0;
  for (const amount of amounts) {
    total += wholePence(amount);
    if (!Number.isSafeInteger(total)) throw tooLarge();
  }
  return total;
};

export const addPence = (...amounts: Pence[]): Pence => sumPence(amounts);

/** a - b, exactly (negative when b is larger). */
export const subtractPence = (a: Pence, b: Pence): Pence => sumPence([a, -wholePence(b)]);

/** Whole pounds as pence: poundsToPence(1127205) is 112720500. For figures from the papers. */
export const poundsToPence = (wholePounds: number): Pence => {
  if (!Number.isSafeInteger(wholePounds))
    throw new RangeError(`poundsToPence takes whole pounds; got ${wholePounds}`);
  // Exact while within the safe range (the product is an integer); beyond it, refused.
  const amount = wholePounds * 100 + 0;
  if (!Number.isSafeInteger(amount)) throw tooLarge();
  return amount;
};

/** 227664300 as "£2,276,643.00"; -150 as "-£1.50". Integer arithmetic only. */
export function formatPounds(amount: Pence): string {
  if (!Number.isSafeInteger(amount))
    throw new RangeError(`formatPounds takes whole pence; got ${amount}`);
  const value = BigInt(amount);
  const magnitude = value < 0n ? -value : value;
  const pounds = (magnitude / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const penny = (magnitude % 100n).toString().padStart(2, '0');
  return `${value < 0n ? '-' : ''}£${pounds}.${penny}`;
}

/** "£1,234.56 (123456 pence)": how refusals state an amount, in pounds and in pence. */
export const describePence = (amount: Pence): string => `${formatPounds(amount)} (${amount} pence)`;
