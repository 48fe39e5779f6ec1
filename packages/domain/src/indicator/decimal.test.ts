import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalText } from '../kernel/schemas';
import {
  compareDecimals,
  formatDecimal,
  isDecimal,
  isWholeDecimal,
  parseDecimal,
  subtractDecimals,
} from './decimal';

describe('exact decimals', () => {
  it('subtracts without floating point error', () => {
    // 0.3 - 0.1 is 0.19999999999999998 in floating point.
    expect(formatDecimal(subtractDecimals('0.3', '0.1'))).toBe('0.2');
    expect(formatDecimal(subtractDecimals('0.26', '0.67'))).toBe('-0.41');
    expect(formatDecimal(subtractDecimals('9.23', '9.4'))).toBe('-0.17');
  });

  it('compares values written with different numbers of decimal places', () => {
    expect(compareDecimals('36', '36.000')).toBe(0);
    expect(compareDecimals('60.0', '60.6')).toBe(-1);
    expect(compareDecimals('-0.5', '-0.50')).toBe(0);
    expect(compareDecimals('100.0001', '100')).toBe(1);
  });

  it('keeps digits beyond floating point precision', () => {
    const big = '12345678901234567890.123456789';
    expect(formatDecimal(parseDecimal(big))).toBe(big);
    expect(compareDecimals(big, '12345678901234567890.123456788')).toBe(1);
  });

  it('tells whole numbers from fractions', () => {
    expect(isWholeDecimal('54')).toBe(true);
    expect(isWholeDecimal('54.00')).toBe(true);
    expect(isWholeDecimal('54.5')).toBe(false);
  });

  it('refuses text that is not a plain decimal', () => {
    for (const text of ['36%', '1e3', '1,127,205', '.5', '5.', '', 'NaN', '--1']) {
      expect(isDecimal(text)).toBe(false);
      expect(() => parseDecimal(text)).toThrow(/not a decimal/);
      expect(decimalText.safeParse(text).success).toBe(false);
    }
  });

  it('accepts decimals as text only, not numbers that may already have lost digits', () => {
    expect(decimalText.safeParse(0.1).success).toBe(false);
    expect(decimalText.parse(' 0.1 ')).toBe('0.1');
  });
});

const rawArb = fc.record({
  units: fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
  scale: fc.nat(8),
});

describe('decimal properties', () => {
  it('reads back what it writes', () => {
    fc.assert(
      fc.property(rawArb, (raw) => {
        const text = formatDecimal(raw);
        expect(isDecimal(text)).toBe(true);
        expect(decimalText.parse(text)).toBe(text);
        expect(formatDecimal(parseDecimal(text))).toBe(text);
        expect(compareDecimals(parseDecimal(text), raw)).toBe(0);
      }),
    );
  });

  it('compares as the rationals they stand for (cross-multiplied)', () => {
    fc.assert(
      fc.property(rawArb, rawArb, (a, b) => {
        const left = a.units * 10n ** BigInt(b.scale);
        const right = b.units * 10n ** BigInt(a.scale);
        const expected = left < right ? -1 : left > right ? 1 : 0;
        expect(compareDecimals(formatDecimal(a), formatDecimal(b))).toBe(expected);
        expect(compareDecimals(formatDecimal(b), formatDecimal(a))).toBe(-expected || 0);
      }),
    );
  });

  it('is unchanged by trailing zeros', () => {
    fc.assert(
      fc.property(rawArb, fc.integer({ min: 1, max: 5 }), (raw, zeros) => {
        const text = formatDecimal(raw);
        const padded = `${text}${text.includes('.') ? '' : '.'}${'0'.repeat(zeros)}`;
        expect(compareDecimals(text, padded)).toBe(0);
        expect(formatDecimal(parseDecimal(padded))).toBe(text);
      }),
    );
  });

  it('subtracts so that the sign of a - b is the order of a and b', () => {
    fc.assert(
      fc.property(rawArb, rawArb, (a, b) => {
        const difference = subtractDecimals(formatDecimal(a), formatDecimal(b));
        expect(compareDecimals(difference, '0')).toBe(compareDecimals(a, b));
      }),
    );
  });
});
