/**
 * Exact decimal arithmetic over the text form values are entered in ("36", "0.26", "60.6").
 * A value is a scaled integer: digits as a bigint and how many of them are after the point.
 * Nothing here goes through floating point, so "0.1" + "0.2" is exactly "0.3".
 */

export interface Decimal {
  /** The value times 10^scale. */
  units: bigint;
  /** Digits after the decimal point. */
  scale: number;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

export const isDecimal = (text: string): boolean => DECIMAL.test(text.trim());

/** Reads a decimal written as text; throws on anything else (validate input with decimalText). */
export function parseDecimal(text: string): Decimal {
  const match = DECIMAL.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not a decimal number`);
  const [, sign = '', whole = '0', fraction = ''] = match;
  const units = BigInt(`${whole}${fraction}`);
  return { units: sign === '-' ? -units : units, scale: fraction.length };
}

const rescale = (value: Decimal, scale: number): bigint =>
  value.units * 10n ** BigInt(scale - value.scale);

const align = (a: Decimal, b: Decimal): [bigint, bigint, number] => {
  const scale = Math.max(a.scale, b.scale);
  return [rescale(a, scale), rescale(b, scale), scale];
};

const asDecimal = (value: string | Decimal): Decimal =>
  typeof value === 'string' ? parseDecimal(value) : value;

/** -1, 0 or 1 as a is less than, equal to or greater than b ("36" equals "36.0"). */
export function compareDecimals(a: string | Decimal, b: string | Decimal): -1 | 0 | 1 {
  const [x, y] = align(asDecimal(a), asDecimal(b));
  return x < y ? -1 : x > y ? 1 : 0;
}

/** a - b, exactly. */
export function subtractDecimals(a: string | Decimal, b: string | Decimal): Decimal {
  const [x, y, scale] = align(asDecimal(a), asDecimal(b));
  return { units: x - y, scale };
}

export const absDecimal = (value: Decimal): Decimal => ({
  units: value.units < 0n ? -value.units : value.units,
  scale: value.scale,
});

/** Writes a decimal as text with trailing fractional zeros removed ("15.0" -> "15", "-0.41"). */
export function formatDecimal(value: Decimal): string {
  let { units, scale } = value;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`;
}

/** True when the value has no fractional part ("54", "54.00"). */
export const isWholeDecimal = (value: string | Decimal): boolean => {
  const { units, scale } = asDecimal(value);
  return units % 10n ** BigInt(scale) === 0n;
};
