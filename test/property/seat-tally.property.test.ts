import fc from 'fast-check';
import { Types } from 'mongoose';
import { countsOf } from '../../src/modules/registrations/seating/settle';
import { pick, SeatTally, type SeatRow } from '../../src/modules/registrations/seat-tally';

// The seat figures in memory count what settle's countsOf would count from the registrations as
// they stand, however the registrations move between statuses, workshops and offers.

const registrations = Array.from({ length: 12 }, (_, i) => new Types.ObjectId(i.toString(16).padStart(24, '0')));
const workshops = Array.from({ length: 3 }, (_, i) => new Types.ObjectId((100 + i).toString(16).padStart(24, '0')));
const people = Array.from({ length: 3 }, (_, i) => new Types.ObjectId((200 + i).toString(16).padStart(24, '0')));
const groups = Array.from({ length: 2 }, (_, i) => new Types.ObjectId((300 + i).toString(16).padStart(24, '0')));

const row = (slot: number) =>
  fc
    .record({
      workshop: fc.integer({ min: 0, max: workshops.length - 1 }),
      status: fc.constantFrom('CONFIRMED', 'WAITLISTED', 'PENDING_APPROVAL', 'CANCELLED'),
      offer: fc.boolean(),
      person: fc.option(fc.integer({ min: 0, max: people.length - 1 }), { nil: null }),
      group: fc.integer({ min: 0, max: groups.length - 1 }),
      ticket: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
      anonymised: fc.boolean(),
    })
    .map(
      (r) =>
        ({
          _id: registrations[slot]!,
          workshopId: workshops[r.workshop]!,
          status: r.status,
          organizationId: groups[r.group]!,
          offerExpiresAt: r.offer ? new Date('2027-01-01T00:00:00Z') : null,
          waitTicket: r.ticket,
          anonymisedAt: r.anonymised ? new Date('2026-06-01T00:00:00Z') : null,
          participant: { userId: r.person === null ? null : people[r.person] },
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
          expect(rows).toEqual(expect.arrayContaining(seated.map((r) => pick(r))));
        }
        // Every registration's facts, counted or not, and each workshop's ticket holders whatever their status.
        for (const slot of registrations.keys()) {
          const id = String(registrations[slot]);
          const doc = current.get(id);
          expect(tally.registration(id)).toEqual(
            doc
              ? {
                  _id: id,
                  workshopId: String(doc.workshopId),
                  organizationId: String(doc.organizationId),
                  status: doc.status,
                  version: 0,
                  offerExpiresAt: doc.offerExpiresAt,
                  waitTicket: doc.waitTicket,
                  anonymised: Boolean(doc.anonymisedAt),
                }
              : null,
          );
        }
        for (const workshop of workshops) {
          const holders = [...current.values()].filter((r) => String(r.workshopId) === String(workshop) && r.waitTicket !== null);
          const byTicket = (a: { waitTicket?: number | null }, b: { waitTicket?: number | null }) => a.waitTicket! - b.waitTicket! || 0;
          const told = tally.ticketsOf(String(workshop));
          expect([...told].sort(byTicket).map((t) => t.waitTicket)).toEqual(holders.sort(byTicket).map((r) => r.waitTicket));
          expect(told).toEqual(expect.arrayContaining(holders.map((r) => ({ status: r.status, offerExpiresAt: r.offerExpiresAt, waitTicket: r.waitTicket }))));
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

describe('the seat tally and images out of order', () => {
  it('keeps the newest version of a registration whatever order its images arrive in', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('CONFIRMED', 'WAITLISTED', 'CANCELLED'), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 1_000 }),
        (statuses, seed) => {
          const images = statuses.map(
            (status, version) => ({ _id: registrations[0]!, workshopId: workshops[0]!, status, version, offerExpiresAt: null }) as unknown as SeatRow,
          );
          const shuffled = fc.sample(fc.shuffledSubarray(images, { minLength: images.length, maxLength: images.length }), { numRuns: 1, seed })[0]!;
          const tally = new SeatTally([]);
          for (const image of shuffled) tally.put(String(registrations[0]), image);
          const newest = images[images.length - 1]!;
          expect(tally.of(String(workshops[0]))).toEqual(countsOf(['CONFIRMED', 'WAITLISTED'].includes(newest.status) ? [newest as never] : []));
          expect(tally.registration(String(registrations[0]))).toMatchObject({ status: newest.status, version: newest.version });
        },
      ),
      { numRuns: 500 },
    );
  });
});
