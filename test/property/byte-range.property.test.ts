import fc from 'fast-check';
import { parseRange } from '../../src/modules/resources/files/byte-range';

const size = fc.integer({ min: 0, max: 10_000 });
const offset = fc.integer({ min: 0, max: 20_000 });

describe('parseRange (property)', () => {
  it('answers any header with null, unsatisfiable, or a range inside the file', () => {
    const header = fc.oneof(
      fc.string(),
      fc
        .tuple(
          fc.constantFrom('bytes=', 'bytes =', 'BYTES=', ' bytes=', 'bytes=-', 'items='),
          fc.string({ unit: fc.constantFrom('0', '1', '9', '-', ',', ' ', 'e', '+', '.') }),
        )
        .map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(header, size, (value, fileSize) => {
        const range = parseRange(value, fileSize);
        if (range === null || range === 'unsatisfiable') return;
        expect(Number.isSafeInteger(range.start) && Number.isSafeInteger(range.end)).toBe(true);
        expect(0 <= range.start && range.start <= range.end && range.end < fileSize).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads first-last as RFC 9110 says: clipped to the file, unsatisfiable past its end, ignored when reversed', () => {
    fc.assert(
      fc.property(offset, offset, size, fc.constantFrom('', ' ', '  '), (first, last, fileSize, pad) => {
        const range = parseRange(`${pad}bytes=${first}-${last}${pad}`, fileSize);
        if (last < first) expect(range).toBeNull();
        else if (first >= fileSize) expect(range).toBe('unsatisfiable');
        else expect(range).toEqual({ start: first, end: Math.min(last, fileSize - 1) });
      }),
      { numRuns: 1_000 },
    );
  });

  it('reads first- as the rest of the file and -n as its last n bytes', () => {
    fc.assert(
      fc.property(offset, size, (n, fileSize) => {
        expect(parseRange(`bytes=${n}-`, fileSize)).toEqual(n >= fileSize ? 'unsatisfiable' : { start: n, end: fileSize - 1 });
        const suffix = parseRange(`bytes=-${n}`, fileSize);
        if (n === 0 || fileSize === 0) expect(suffix).toBe('unsatisfiable');
        else expect(suffix).toEqual({ start: fileSize - Math.min(n, fileSize), end: fileSize - 1 });
      }),
      { numRuns: 1_000 },
    );
  });

  it('sends the whole file for several ranges or other units', () => {
    fc.assert(
      fc.property(offset, offset, offset, size, (a, b, c, fileSize) => {
        expect(parseRange(`bytes=${a}-${b},${c}-`, fileSize)).toBeNull();
        expect(parseRange(`items=${a}-${b}`, fileSize)).toBeNull();
      }),
    );
  });
});
