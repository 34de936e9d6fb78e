import { foldLines as libraryFoldLines } from 'ical-generator';
import { foldLines } from '../../../src/modules/calendar/fold-lines';

/** Strings of ASCII, accented Latin, CJK, emoji (surrogate pairs), lone surrogates and line breaks. */
function randomText(random: () => number, length: number): string {
  const pieces = ['a', 'Z', ' ', ',', ';', 'é', 'ü', 'ß', 'ñ', '中', '文', '😀', '👩‍👧', '\ud800', '\udc00', '\r\n', 'DESCRIPTION:'];
  let text = '';
  while (text.length < length) text += pieces[Math.floor(random() * pieces.length)];
  return text;
}

function seeded(seed: number): () => number {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

const octets = (line: string) => Buffer.byteLength(line, 'utf8');

describe('foldLines', () => {
  it('writes exactly what ical-generator writes, for 2,000 random texts', () => {
    const random = seeded(42);
    for (let n = 0; n < 2_000; n++) {
      const text = randomText(random, Math.floor(random() * 400));
      expect(foldLines(text)).toBe(libraryFoldLines(text));
    }
  });

  it('keeps every physical line within 75 octets and unfolds back to the input', () => {
    const text = `DESCRIPTION:${'Protection de l’enfance — 子どもの保護 😀 '.repeat(20)}`;
    const folded = foldLines(text);
    expect(folded.split('\r\n').every((line) => octets(line) <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(text);
    // An emoji is never cut in half.
    expect(folded).not.toMatch(/[\ud800-\udbff]\r\n/);
  });

  it('leaves short ASCII lines alone', () => {
    expect(foldLines('BEGIN:VEVENT\r\nSUMMARY:Short\r\nEND:VEVENT')).toBe('BEGIN:VEVENT\r\nSUMMARY:Short\r\nEND:VEVENT');
  });
});
