import { checkSchedule } from '../../../src/modules/workshops/workshop-schedule';
import { endedBy, endsAfter, MAX_WORKSHOP_SPAN_MS } from '../../../src/modules/workshops/workshop-span';

// The startsAt bounds that let endsAt queries use a startsAt index must never leave out a workshop
// the endsAt condition alone would find: the longest workshop checkSchedule allows, at the edges.
const matches = (filter: { endsAt: Record<string, Date>; startsAt: Record<string, Date> }, w: { startsAt: Date; endsAt: Date }) =>
  Object.entries(filter).every(([field, condition]) =>
    Object.entries(condition).every(([op, value]) => {
      const v = w[field as 'startsAt' | 'endsAt'].getTime();
      const bound = value.getTime();
      return op === '$gt' ? v > bound : op === '$lt' ? v < bound : op === '$lte' ? v <= bound : false;
    }),
  );

describe('workshop-span: endsAt filters with their startsAt bound', () => {
  const t = new Date('2026-06-01T12:00:00Z');
  const longest = (endsAt: Date) => ({ startsAt: new Date(endsAt.getTime() - MAX_WORKSHOP_SPAN_MS), endsAt });

  it('the longest allowed workshop is the one checkSchedule accepts, one millisecond more is refused', () => {
    const ok = longest(t);
    expect(() => checkSchedule({ ...ok, sessions: [], registrationOpensAt: null, registrationClosesAt: ok.startsAt })).not.toThrow();
    const tooLong = { startsAt: new Date(ok.startsAt.getTime() - 1), endsAt: t };
    expect(() => checkSchedule({ ...tooLong, sessions: [], registrationOpensAt: null, registrationClosesAt: tooLong.startsAt })).toThrow('at most 62 days');
  });

  it('endsAfter keeps the longest workshop that ends just after the instant, and bounds startsAt', () => {
    const filter = endsAfter(t);
    expect(matches(filter, longest(new Date(t.getTime() + 1)))).toBe(true);
    expect(matches(filter, longest(t))).toBe(false); // ends at t: not after it
    expect(filter.startsAt.$gt.getTime()).toBe(t.getTime() - MAX_WORKSHOP_SPAN_MS);
  });

  it('endedBy keeps every workshop that ended before (or at) the instant', () => {
    const justEnded = { startsAt: new Date(t.getTime() - 3_600_000), endsAt: new Date(t.getTime() - 1) };
    expect(matches(endedBy(t), justEnded)).toBe(true);
    expect(matches(endedBy(t, true), { startsAt: new Date(t.getTime() - 1), endsAt: t })).toBe(true);
    expect(matches(endedBy(t), { startsAt: new Date(t.getTime() - 1), endsAt: t })).toBe(false);
  });
});
