import fc from 'fast-check';
import { BadUserInputError } from '../../src/shared/errors';
import { decodeCursor, encodeCursor } from '../../src/graphql/pagination';

const objectIdHex = fc.stringMatching(/^[0-9a-f]{24}$/);

describe('cursors (property)', () => {
  it('decode what they encode, for every key a page sorts by (an ISO date, a count, a 200-character name)', () => {
    const key = fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.nat().map(String),
      objectIdHex,
      fc.string({ unit: 'grapheme', maxLength: 200, size: 'max' }),
    );
    fc.assert(
      fc.property(key, objectIdHex, (k, id) => {
        const cursor = encodeCursor(k, id);
        expect(cursor).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(decodeCursor(cursor)).toEqual({ key: k, id });
      }),
      { numRuns: 1_000 },
    );
  });

  it('refuse anything else with BAD_USER_INPUT, never another error', () => {
    const tampered = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=') }),
      fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v) ?? 'null').toString('base64url')),
      fc.tuple(fc.string(), fc.string()).map((pair) => Buffer.from(JSON.stringify(pair)).toString('base64url')),
    );
    fc.assert(
      fc.property(tampered, (cursor) => {
        let decoded: ReturnType<typeof decodeCursor>;
        try {
          decoded = decodeCursor(cursor);
        } catch (err) {
          expect(err).toBeInstanceOf(BadUserInputError);
          return;
        }
        // Accepted only when it is a well-formed cursor: a string key and an ObjectId.
        expect(typeof decoded.key).toBe('string');
        expect(decoded.id).toMatch(/^[0-9a-f]{24}$/);
        expect(encodeCursor(decoded.key, decoded.id)).toBe(Buffer.from(JSON.stringify([decoded.key, decoded.id])).toString('base64url'));
      }),
      { numRuns: 2_000 },
    );
  });
});
