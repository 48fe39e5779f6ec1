import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optionalText, requiredText, textRefusal } from './schemas';

/** Every character the text rules refuse, one of each kind. */
const forbidden = fc
  .oneof(
    fc.integer({ min: 0x00, max: 0x1f }).filter((c) => ![0x09, 0x0a, 0x0d].includes(c)),
    fc.constant(0x7f),
    fc.integer({ min: 0x80, max: 0x9f }),
  )
  .map((c) => String.fromCharCode(c));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
/** Text a person types: any Unicode (emoji, accents, right-to-left), tabs and line breaks. */
const allowed = fc
  .string({ unit: 'grapheme', maxLength: 80 })
  .filter((text) => textRefusal(text) === undefined)
  .map((text) => text.replace(/^\s+|\s+$/g, ''))
  .filter((text) => text.length > 0);

describe('free text', () => {
  const title = requiredText(200);

  it('accepts anything a person types, within the limit', () => {
    fc.assert(
      fc.property(allowed, fc.constantFrom('', '\t', '\n', '\r\n'), (text, gap) => {
        const typed = `${text}${gap}${text}`.slice(0, 200);
        expect(title.safeParse(typed).success).toBe(true);
      }),
    );
  });

  it('refuses a control character or a lone surrogate anywhere, saying which and where', () => {
    fc.assert(
      fc.property(allowed, fc.oneof(forbidden, loneSurrogate), fc.nat(), (text, bad, at) => {
        // Between code points: inside a surrogate pair the halves would be what is lone.
        const chars = Array.from(text);
        const position = at % (chars.length + 1);
        const typed = `a${chars.slice(0, position).join('')}${bad}${chars.slice(position).join('')}b`;
        const result = title.safeParse(typed);
        expect(result.success).toBe(false);
        const message = result.error!.issues[0]!.message;
        expect(message).toMatch(
          /^holds (a control character|half a surrogate pair) \(U\+[0-9A-F]{4}\) at position \d+; remove it$/,
        );
        const index = Number(/position (\d+)/.exec(message)![1]) - 1;
        expect(Array.from(typed)[index]).toBe(bad);
      }),
    );
  });

  it('keeps a surrogate pair (an emoji) and a single-line field refuses line breaks', () => {
    expect(title.safeParse('Knife crime 🔪 awareness').success).toBe(true);
    const name = requiredText(200, { singleLine: true });
    expect(name.safeParse('Liz\nMcDermott').error?.issues[0]?.message).toBe(
      'holds a line break at position 4; remove it (this field is one line)',
    );
  });

  it('says the limit when a text is too long', () => {
    expect(optionalText(2000).safeParse('x'.repeat(2001)).error?.issues[0]?.message).toBe(
      'must be at most 2000 characters',
    );
  });
});
