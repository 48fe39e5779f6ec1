import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optionalText, requiredText, textLimits, type TextKind } from './schemas';

const kinds = Object.keys(textLimits) as TextKind[];
const oneLine = (kind: TextKind) => kind !== 'prose';

const fromCodes = (codes: number[]) => String.fromCodePoint(...codes);
/** C0 controls but tab, LF and CR; DEL; C1 controls. */
const control = fc.oneof(
  fc.integer({ min: 0x00, max: 0x1f }).filter((c) => ![0x09, 0x0a, 0x0d].includes(c)),
  fc.integer({ min: 0x7f, max: 0x9f }),
);
const surrogateHalf = fc.integer({ min: 0xd800, max: 0xdfff });
/**
 * A code point a person may write: anything past the controls, astral ones (emoji) included,
 * but no surrogate half; in prose also tab and line breaks, on one line tab only.
 */
const allowedCode = (kind: TextKind) =>
  fc.oneof(
    fc.integer({ min: 0x20, max: 0x7e }),
    fc.integer({ min: 0xa0, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff),
    fc.constantFrom(...(oneLine(kind) ? [0x09] : [0x09, 0x0a, 0x0d])),
  );
/** Text of allowed characters that is not blank and, trimmed, within the kind's limit. */
const allowedText = (kind: TextKind) =>
  fc
    .array(allowedCode(kind), { minLength: 1, maxLength: 200 })
    .map(fromCodes)
    .filter((text) => text.trim() !== '' && text.trim().length <= textLimits[kind]);

describe('free text: the one rule for every text field', () => {
  it.each(kinds)('%s: accepts any text of allowed characters within the limit', (kind) => {
    fc.assert(
      fc.property(allowedText(kind), (text) => {
        expect(requiredText(kind).safeParse(text)).toEqual({ success: true, data: text.trim() });
        expect(optionalText(kind).safeParse(text).success).toBe(true);
      }),
    );
  });

  it.each(kinds)(
    '%s: refuses a control character or a surrogate half anywhere, saying which and where',
    (kind) => {
      const bad = fc.oneof(control, surrogateHalf);
      fc.assert(
        fc.property(fc.array(allowedCode(kind)), bad, fc.nat(), (codes, badCode, at) => {
          // Inserted between code points: inside a surrogate pair the halves would be lone.
          const chars = Array.from(fromCodes(codes));
          const position = at % (chars.length + 1);
          chars.splice(position, 0, String.fromCharCode(badCode));
          const result = requiredText(kind).safeParse(chars.join(''));
          expect(result.success).toBe(false);
          const hex = badCode.toString(16).toUpperCase().padStart(4, '0');
          expect(result.error!.issues.map((i) => i.message)).toContain(
            `holds ${badCode >= 0xd800 ? 'half a surrogate pair' : 'a control character'} ` +
              `(U+${hex}) at position ${position + 1}; remove it`,
          );
        }),
      );
    },
  );

  it('refuses a vertical tab or form feed at either end, where trimming would hide it', () => {
    expect(requiredText('title').safeParse('\u000bTrauma Informed Strategy').success).toBe(false);
    expect(requiredText('prose').safeParse('Agreed\f').success).toBe(false);
  });

  it('keeps a surrogate pair (an emoji); names and titles refuse line breaks, prose keeps them', () => {
    expect(requiredText('title').safeParse('Knife crime 🔪 awareness').success).toBe(true);
    expect(requiredText('name').safeParse('Liz\nMcDermott').error?.issues[0]?.message).toBe(
      'holds a line break (U+000A) at position 4; this field is one line; remove it',
    );
    expect(requiredText('title').safeParse('Youth\r\nsurvey').success).toBe(false);
    expect(requiredText('prose').safeParse('Agreed.\r\n\tNext: report').success).toBe(true);
  });

  it.each(kinds)('%s: takes exactly the limit and says the limit beyond it', (kind) => {
    const max = textLimits[kind];
    expect(requiredText(kind).safeParse('x'.repeat(max)).success).toBe(true);
    expect(optionalText(kind).safeParse('x'.repeat(max + 1)).error?.issues[0]?.message).toBe(
      `must be at most ${max} characters; it has ${max + 1}, shorten it`,
    );
  });
});
