import { z } from 'zod';
import { invalid } from './errors';

/** Shared building blocks for command inputs: one definition of each rule. */

export const entityId = z.uuid({ message: 'must be a UUID, e.g. 6f1c2d3e-...' });

/**
 * How long free text may be: the one place the limits are set. Every text field a person writes
 * is one of these kinds, so a field's limit follows from what it is rather than a number picked
 * beside it. Names and titles are one line (they head pages, table rows and CSV cells); prose
 * keeps its line breaks.
 */
export const textLimits = {
  /** A name: a person's, an organisation's, a board's; a role, an area, a category. */
  name: 200,
  /** A title: of an initiative, a milestone, an issue; a mission statement, a source. */
  title: 300,
  /** Prose: a description, a reason, a note, a comment, a resolution. */
  prose: 5000,
} as const;
export type TextKind = keyof typeof textLimits;

const isSingleLine = (kind: TextKind) => kind !== 'prose';

/**
 * Characters no free text may hold: C0 controls but tab, line feed and carriage return, DEL,
 * C1 controls, and UTF-16 surrogate halves without their pair. They never come from a
 * keyboard; they break CSV files, terminals and the JSON other systems read (a lone surrogate
 * is not valid UTF-8), and can hide text from a reader. With the u flag a surrogate pair is one
 * code point, so the surrogate range matches only a half on its own.
 */
const FORBIDDEN_CHARACTER =
  // Control characters are what this pattern is for.
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF]/u;
const LINE_BREAK = /[\n\r]/;

const codePoint = (char: string) =>
  `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Why a text is refused, or undefined: the character, where it stands, what to do. */
export function textRefusal(text: string, singleLine = false): string | undefined {
  const forbidden = FORBIDDEN_CHARACTER.exec(text) ?? (singleLine ? LINE_BREAK.exec(text) : null);
  if (!forbidden) return undefined;
  const [char] = forbidden;
  const what = LINE_BREAK.test(char)
    ? `a line break (${codePoint(char)})`
    : /[\uD800-\uDFFF]/.test(char)
      ? `half a surrogate pair (${codePoint(char)})`
      : `a control character (${codePoint(char)})`;
  // Counted in characters as a person sees them (an emoji is one), not UTF-16 units.
  const position = Array.from(text.slice(0, forbidden.index)).length + 1;
  const fix = LINE_BREAK.test(char) ? 'this field is one line; remove it' : 'remove it';
  return `holds ${what} at position ${position}; ${fix}`;
}

/**
 * Free text of a kind: no forbidden character, then trimmed, then within the kind's limit.
 * Characters are checked before trimming: trim drops a vertical tab or form feed at either end,
 * which would let them through unseen, and positions then count from what was sent.
 */
const freeText = (kind: TextKind, base: z.ZodString) => {
  const max = textLimits[kind];
  return base
    .superRefine((text, ctx) => {
      const refusal = textRefusal(text, isSingleLine(kind));
      if (refusal) ctx.addIssue({ code: 'custom', message: refusal });
    })
    .trim()
    .max(max, {
      error: (issue) =>
        `must be at most ${max} characters; it has ${String(issue.input).length}, shorten it`,
    });
};

export const requiredText = (kind: TextKind) =>
  freeText(kind, z.string({ message: 'is required' })).min(1, { message: 'must not be empty' });

export const optionalText = (kind: TextKind) => freeText(kind, z.string()).optional();

/** The free text a command carries beside its input (CommandOptions.reason), under the same rules. */
export const commandContextText = z.object({ reason: optionalText('prose') });

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

const firstCalendarYear = (year: string) => Number(year.slice(0, 4));

/**
 * Consecutive financial years in order, each once, e.g. ["2022/23", "2023/24", "2024/25"] for
 * a three-year settlement.
 */
export const financialYears = z
  .array(financialYear, { message: 'must be a list of financial years, e.g. ["2021/22"]' })
  .min(1, { message: 'must name at least one financial year, e.g. ["2021/22"]' })
  .max(20, { message: 'must name at most 20 financial years' })
  .superRefine((years, ctx) => {
    for (let i = 1; i < years.length; i++) {
      const [before, year] = [years[i - 1] ?? '', years[i] ?? ''];
      if (firstCalendarYear(year) !== firstCalendarYear(before) + 1)
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `must follow ${before} (consecutive years in order, e.g. ["2022/23", "2023/24"])`,
        });
    }
  });

/**
 * A name reduced to what identifies it, for matching names people write differently:
 * "Women's Aid Leicestershire Ltd" and "womens aid  leicestershire ltd" give the same key.
 */
export const naturalKey = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** One of a fixed set of values (statuses, ratings), refused with the list of allowed ones. */
/**
 * One of a fixed list of values. `typeName` names the list where other systems see it (the
 * GraphQL enum of the same values, e.g. RagRating).
 */
export const choiceOf = <const T extends readonly [string, ...string[]]>(
  values: T,
  typeName: string,
) => z.enum(values, { message: `must be one of ${values.join(', ')}` }).meta({ typeName });

/**
 * A person's name, e.g. an officer's (personal data under GDPR: it can be erased on request, so
 * events keep it in fields of its own, never inside free text the office writes).
 */
export const personName = requiredText('name');

/** A list of entity ids without repeats, e.g. the lead organisations of an initiative. */
export const distinctIds = (max = 50) =>
  z
    .array(entityId, { message: 'must be a list of UUIDs' })
    .max(max, { message: `must list at most ${max} ids` })
    .superRefine((ids, ctx) => {
      const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
      if (repeated !== undefined)
        ctx.addIssue({ code: 'custom', message: `lists ${repeated} twice; list each id once` });
    });

/**
 * Refuses a date that falls before an earlier one it depends on (a due date before the date an
 * action was raised). ISO dates compare as text; `field` names the input field to fix.
 */
export function ensureNotBefore(field: string, date: string, earliest: string, what: string) {
  if (dateOf(date) < dateOf(earliest))
    throw invalid(
      `${field}: ${dateOf(date)} is before ${what} (${dateOf(earliest)}); give a date on or after it`,
      { field, date, earliest },
    );
}

/**
 * The name of something that must be told apart from others of its kind (an organisation, a
 * board): trimmed, runs of whitespace made single spaces, and with at least one letter or digit,
 * so that its `naturalKey` is not empty.
 */
export const nameText = (kind: 'name' | 'title' = 'name') =>
  requiredText(kind)
    .transform((text) => text.replace(/\s+/g, ' '))
    .refine((text) => naturalKey(text) !== '', {
      message: 'must contain letters or digits, e.g. "Leicestershire Police"',
    });
