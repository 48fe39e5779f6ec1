import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DomainError } from '../kernel/errors';
import { parseInput } from '../kernel/validation';
import {
  MAX_PENCE,
  addPence,
  describePence,
  formatPounds,
  pence,
  positivePence,
  poundsToPence,
  subtractPence,
  sumPence,
} from './money';

const input = z.object({ amount: pence });
const positive = z.object({ amount: positivePence });

const refusal = (schema: z.ZodType, amount: unknown): DomainError => {
  try {
    parseInput(schema, { amount });
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('BAD_USER_INPUT');
    return error as DomainError;
  }
  throw new Error(`expected ${JSON.stringify(amount)} to be refused`);
};

/** The DA duty 2021/22 allocations across LLR (LSCSB, 19 March 2021), in whole pounds. */
const daDuty2021 = [1127205, 857364, 63000, 33548, 33291, 32730, 32571, 32338, 32301, 32295].map(
  poundsToPence,
);

describe('pence (input)', () => {
  it('takes a whole number of pence, as a number or as digits', () => {
    expect(parseInput(input, { amount: 227664300 })).toEqual({ amount: 227664300 });
    expect(parseInput(input, { amount: '227664300' })).toEqual({ amount: 227664300 });
    expect(parseInput(input, { amount: ' 0 ' })).toEqual({ amount: 0 });
    expect(parseInput(input, { amount: MAX_PENCE })).toEqual({ amount: MAX_PENCE });
  });

  it('refuses a negative amount, saying what to send', () => {
    expect(refusal(input, -1).message).toBe(
      'Invalid input: amount: must not be negative: send a whole number of pence, e.g. 227664300 for £2,276,643.00',
    );
    expect(refusal(input, '-500').message).toMatch(/amount: must not be negative/);
  });

  it('refuses a fraction of a penny', () => {
    expect(refusal(input, 2276643.5).message).toBe(
      'Invalid input: amount: must be a whole number of pence, e.g. 227664300 for £2,276,643.00; ' +
        '2276643.5 has a fraction of a penny (pence are whole: £1.50 is 150)',
    );
  });

  it('refuses pounds written with decimals as a string', () => {
    expect(refusal(input, '2276643.00').message).toMatch(
      /amount: must be a whole number of pence, e\.g\. 227664300 for £2,276,643\.00; "2276643\.00" looks like pounds with decimals/,
    );
    expect(refusal(input, '1,127,205.00').message).toMatch(/looks like pounds with decimals/);
  });

  it('refuses text that is not digits: a £ sign, commas, exponents', () => {
    for (const text of ['£2,276,643', '2,276,643', '1e5', '12 500', '', 'NaN']) {
      expect(refusal(input, text).message).toMatch(/amount: .*written with digits only/);
    }
  });

  it('refuses integers too large to hold exactly', () => {
    expect(refusal(input, MAX_PENCE + 1).message).toMatch(
      /amount: is too large to hold exactly: at most 9007199254740991 pence \(£90,071,992,547,409\.91\)/,
    );
    expect(refusal(input, '99999999999999999999').message).toMatch(/too large/);
    expect(refusal(input, 1e300).message).toMatch(/too large/);
  });

  it('refuses what is not a number at all', () => {
    expect(refusal(input, undefined).message).toMatch(/amount: is required: must be a whole/);
    for (const value of [null, true, {}, [1], Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(refusal(input, value).message).toMatch(/amount: must be a whole number of pence/);
    }
  });

  it('positivePence refuses zero', () => {
    expect(refusal(positive, 0).message).toMatch(/amount: must be at least 1 pence/);
    expect(parseInput(positive, { amount: 1 })).toEqual({ amount: 1 });
  });

  it('accepts every safe non-negative integer and refuses every non-integer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseInput(input, { amount: n }).amount).toBe(n);
        expect(parseInput(input, { amount: String(n) }).amount).toBe(n);
      }),
    );
    fc.assert(
      fc.property(
        fc.double({ noNaN: true }).filter((d) => !Number.isInteger(d)),
        (d) => {
          refusal(input, d);
          refusal(input, String(d));
        },
      ),
    );
  });
});

describe('formatPounds', () => {
  it('writes pence as pounds with thousands separators and two decimals', () => {
    expect(formatPounds(227664300)).toBe('£2,276,643.00');
    expect(formatPounds(3229500)).toBe('£32,295.00');
    expect(formatPounds(0)).toBe('£0.00');
    expect(formatPounds(5)).toBe('£0.05');
    expect(formatPounds(123456)).toBe('£1,234.56');
    expect(formatPounds(-150)).toBe('-£1.50');
    expect(formatPounds(MAX_PENCE)).toBe('£90,071,992,547,409.91');
  });

  it('refuses what is not whole pence', () => {
    expect(() => formatPounds(1.5)).toThrow(RangeError);
  });

  it('describes an amount in pounds and in pence', () => {
    expect(describePence(123456)).toBe('£1,234.56 (123456 pence)');
  });
});

describe('arithmetic', () => {
  it('sums the DA duty 2021/22 table to £2,276,643 exactly', () => {
    expect(sumPence(daDuty2021)).toBe(227664300);
    expect(formatPounds(sumPence(daDuty2021))).toBe('£2,276,643.00');
  });

  it('adds and subtracts exactly', () => {
    expect(addPence(112720500, 85736400)).toBe(198456900);
    expect(subtractPence(227664300, 112720500)).toBe(114943800);
    expect(subtractPence(1, 2)).toBe(-1);
  });

  it('refuses a result beyond the safe range rather than lose a penny', () => {
    expect(() => addPence(MAX_PENCE, 1)).toThrow(/too large to hold exactly/);
    expect(() => poundsToPence(MAX_PENCE)).toThrow(/too large/);
    expect(() => poundsToPence(1.5)).toThrow(RangeError);
  });

  it('is exact where floating point is not: 0.10 + 0.20 pounds is 30 pence', () => {
    expect(addPence(10, 20)).toBe(30);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 40 }), { maxLength: 50 }), (amounts) => {
        const total = sumPence(amounts);
        expect(subtractPence(total, sumPence(amounts.slice(1)))).toBe(amounts[0] ?? 0);
      }),
    );
  });
});
