import fc from 'fast-check';
import { Types } from 'mongoose';
import { countsOf } from '../../src/modules/registrations/seating/settle';
import { SeatTally, type SeatRow } from '../../src/modules/registrations/seat-tally';

// The seat figures in memory count what settle's countsOf would count from the registrations as
// they stand, however the registrations move between statuses, workshops and offers.

const registrations = Array.from({ length: 12 }, (_, i) => new Types.ObjectId(i.toString(16).padStart(24, '0')));
const workshops = Array.from({ length: 3 }, (_, i) => new Types.ObjectId((100 + i).toString(16).padStart(24, '0')));
const people = Array.from({ length: 3 }, (_, i) => new Types.ObjectId((200 + i).toString(16).padStart(24, '0')));

const row = (slot: number) =>
  fc
    .record({
      workshop: fc.integer({ min: 0, max: workshops.length - 1 }),
      status: fc.constantFrom('CONFIRMED', 'WAITLISTED', 'PENDING_APPROVAL', 'CANCELLED'),
      offer: fc.boolean(),
      person: fc.option(fc.integer({ min: 0, max: people.length - 1 }), { nil: null }),
    })
    .map(
      (r) =>
        ({
          _id: registrations[slot]!,
          workshopId: workshops[r.workshop]!,
          status: r.status,
          offerExpiresAt: r.offer ? new Date('2027-01-01T00:00:00Z') : null,
          participant: { userId: r.person === null ? null : people[r.person] },
          personClaim: `claim-${r.person ?? 'none'}`,
        }) as SeatRow,
    );

const change = fc.integer({ min: 0, max: registrations.length - 1 }).chain((slot) => fc.option(row(slot), { nil: null }).map((doc) => ({ slot, doc })));

describe('the seat tally (property)', () => {
  it('gives every workshop the figures countsOf gives its seated registrations and those registrations, and every account the workshops it is confirmed in', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 80 }), (changes) => {
        const tally = new SeatTally([]);
        const current = new Map<string, SeatRow>();
        for (const { slot, doc } of changes) {
          const id = String(registrations[slot]);
          tally.put(id, doc);
          if (doc) current.set(id, doc);
          else current.delete(id);
        }
        for (const workshop of workshops) {
          const seated = [...current.values()].filter((r) => String(r.workshopId) === String(workshop) && ['CONFIRMED', 'WAITLISTED'].includes(r.status));
          expect(tally.of(String(workshop))).toEqual(countsOf(seated as never));
          const rows = tally.rowsOf(String(workshop));
          expect(rows.map((r) => String(r._id)).sort()).toEqual(seated.map((r) => String(r._id)).sort());
          expect(rows).toEqual(expect.arrayContaining(seated));
        }
        for (const claim of ['claim-0', 'claim-1', 'claim-2', 'claim-none']) {
          const holding = [...current.values()].some((r) => r.personClaim === claim && ['CONFIRMED', 'WAITLISTED', 'PENDING_APPROVAL'].includes(r.status));
          expect(tally.holdsPerson(claim)).toBe(holding);
        }
        for (const person of people) {
          const confirmedIn = [...current.values()].filter((r) => String(r.participant?.userId) === String(person) && r.status === 'CONFIRMED');
          expect(tally.confirmedWorkshopsOf(String(person))).toEqual(new Set(confirmedIn.map((r) => String(r.workshopId))));
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
