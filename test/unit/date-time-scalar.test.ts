import { parseDateTime, DateTimeScalar } from '../../src/graphql/scalars';

describe('DateTime scalar', () => {
  it.each([
    ['2026-03-01T09:00:00Z', '2026-03-01T09:00:00.000Z'],
    ['2026-03-01T09:00:00+01:00', '2026-03-01T08:00:00.000Z'],
    ['2026-03-29T01:30:00-05:30', '2026-03-29T07:00:00.000Z'],
    ['2026-03-01T09:00Z', '2026-03-01T09:00:00.000Z'],
    ['2024-02-29T23:59:59.999+00:00', '2024-02-29T23:59:59.999Z'],
  ])('reads %s as the instant %s', (input, instant) => {
    expect(parseDateTime(input).toISOString()).toBe(instant);
  });

  it.each([
    ['no offset', '2026-03-01T09:00:00'],
    ['a date only', '2026-03-01'],
    ['an impossible date', '2026-02-30T09:00:00Z'],
    ['an impossible hour', '2026-03-01T25:00:00Z'],
    ['a number', 1_772_355_600_000],
    ['free text', 'next Tuesday'],
    ['a huge string', `2026-03-01T09:00:00Z${' '.repeat(10_000)}`],
  ])('refuses %s with BAD_USER_INPUT', (_name, input) => {
    expect(() => parseDateTime(input)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
  });

  it('answers in UTC', () => {
    expect(DateTimeScalar.serialize(new Date('2026-03-01T09:00:00+01:00'))).toBe('2026-03-01T08:00:00.000Z');
  });
});
