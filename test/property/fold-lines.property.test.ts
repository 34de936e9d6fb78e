import fc from 'fast-check';
// Feeds fold with ical-generator 11's foldLines (our own fold-lines.ts went with the upgrade):
// these are the properties the feeds rely on.
import { foldLines } from 'ical-generator';

// One content line (no CR or LF inside), any Unicode, well-formed or with lone surrogates.
const contentLine = fc
  .oneof(
    fc.string({ unit: 'grapheme', maxLength: 300, size: 'max' }),
    fc.string({ unit: 'binary', maxLength: 300, size: 'max' }),
    fc.string({ unit: fc.constantFrom('a', 'é', '€', '😀', '\u{1F469}\u200D\u{1F4BB}', ' '), maxLength: 200, size: 'max' }),
  )
  .map((s) => s.replace(/[\r\n]/g, ''));

const wellFormedLine = fc
  .oneof(
    fc.string({ unit: 'grapheme', maxLength: 300, size: 'max' }),
    fc.string({ unit: fc.constantFrom('a', 'é', '€', '😀', '\u{1F469}\u200D\u{1F4BB}'), maxLength: 200, size: 'max' }),
  )
  .map((s) => s.replace(/[\r\n]/g, ''));

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('ical-generator foldLines, as the feeds use it (property)', () => {
  it('unfolds back to the input, and no physical line exceeds 75 octets (74 and the leading space)', () => {
    fc.assert(
      fc.property(contentLine, (line) => {
        const folded = foldLines(line);
        expect(unfold(folded)).toBe(line);
        for (const [n, physical] of folded.split('\r\n').entries()) {
          if (n > 0) expect(physical.startsWith(' ')).toBe(true);
          expect(Buffer.byteLength(physical, 'utf8')).toBeLessThanOrEqual(n === 0 ? 74 : 75);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never splits a character: every physical line of well-formed text is well-formed', () => {
    fc.assert(
      fc.property(wellFormedLine, (line) => {
        for (const physical of foldLines(line).split('\r\n')) expect(physical).not.toMatch(LONE_SURROGATE);
      }),
      { numRuns: 500 },
    );
  });
});
