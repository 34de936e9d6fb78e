import { Types } from 'mongoose';
import { expireOffersJob } from '../../../src/modules/registrations/jobs/expire-offers.job';
import { sweepExpiredClaims, TRANSITION_CLAIM_TTL_MS } from '../../../src/db/claims';
import { settleDeferredWrites } from '../../../src/db/deferred-writes';
import { holdAt } from '../../../src/db/race-points';
import { givenOrganization, givenRegistration, givenWorkshop, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { errorCodes, graphql } from '../../helpers/graphql';
import { waitFor } from '../../helpers/wait';
import { REGISTER, seatingClient } from './seating-client';

const CANCEL = operation(`mutation RacesCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }`);
const APPROVE = operation(`mutation RacesApprove($id: ID!) { approveRegistration(input: { id: $id }) { registration { id status } } }`);
const DECLINE = operation(`mutation RacesDecline($id: ID!) { declineRegistration(input: { id: $id, reason: "No" }) { registration { id status } } }`);
const ACCEPT = operation(`mutation RacesAccept($id: ID!) { acceptOffer(input: { id: $id }) { registration { id status } } }`);
const ERASE = operation(`mutation RacesErase($email: String!) { erasePerson(input: { email: $email }) { pseudonym } }`);
const UPDATE = operation(`mutation RacesUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { capacity } } }`);
const SET_QUOTA = operation(`mutation RacesSetQuota($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { perGroupQuota } } }`);
const ATTEND = operation(`mutation RacesAttend($input: RecordAttendanceInput!) { recordAttendance(input: $input) { registration { id attended } } }`);

/*
 * Each race of the seat engine, held deterministically: one request waits at a named point
 * between its read and its write (src/db/race-points.ts) while the other runs to the end.
 */
describe('seat engine races', () => {
  const env = useNetworkApp();
  const { as, register } = seatingClient(env);
  const claimsOf = (workshopId: string, kind: string) =>
    env.db.current.db
      .collection('claims')
      .find({ _id: { $regex: `^ws:${workshopId}:${kind}:` } } as never)
      .toArray();
  const stored = (id: string) => env.db.current.models.Registration.findById(id).lean();

  it('approve vs cancel: the acknowledged cancellation stays; approve answers CONFLICT and frees its seat', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 2, requiresApproval: true });
    const id = String(workshop._id);
    const [reg] = await register(id, ['approve-cancel@example.org']);
    const held = holdAt(env.db.current, 'approve', reg!.id);
    const approving = graphql(env.app.url, APPROVE, { id: reg!.id }, as(env.network.tokens.staff));
    await held.reached;
    const cancelled = await graphql(env.app.url, CANCEL, { id: reg!.id }, as(env.network.tokens.coordinator));
    expect(cancelled.data).toEqual({ cancelRegistration: { registration: { id: reg!.id, status: 'CANCELLED' } } });
    held.release();
    expect(errorCodes(await approving)).toEqual(['CONFLICT']);
    expect((await stored(reg!.id))?.status).toBe('CANCELLED');
    expect(await claimsOf(id, 'seat')).toEqual([]);
    expect(await claimsOf(id, 'person')).toEqual([]);
  });

  it('double cancellation: the late one answers CONFLICT and leaves the promoted person their seat', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 1 });
    const id = String(workshop._id);
    const [first, second] = await register(id, ['double-1@example.org', 'double-2@example.org']);
    const held = holdAt(env.db.current, 'cancel', first!.id);
    const late = graphql(env.app.url, CANCEL, { id: first!.id }, as(env.network.tokens.coordinator));
    await held.reached;
    const early = await graphql(env.app.url, CANCEL, { id: first!.id }, as(env.network.tokens.coordinator));
    expect(early.data).toEqual({ cancelRegistration: { registration: { id: first!.id, status: 'CANCELLED' } } });
    expect((await stored(second!.id))?.status).toBe('CONFIRMED');
    held.release();
    expect(errorCodes(await late)).toEqual(['CONFLICT']);
    const seats = await claimsOf(id, 'seat');
    expect(seats.map((c) => c.data?.registrationId)).toEqual([second!.id]);
    expect((await stored(second!.id))?.seatClaim).toBe(seats[0]?._id);
  });

  it('cancel vs erasePerson: the promoted person keeps the seat', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 1 });
    const id = String(workshop._id);
    const [first, second] = await register(id, ['erase-race-1@example.org', 'erase-race-2@example.org']);
    const held = holdAt(env.db.current, 'cancel', first!.id);
    const cancelling = graphql(env.app.url, CANCEL, { id: first!.id }, as(env.network.tokens.coordinator));
    await held.reached;
    const erased = await graphql(env.app.url, ERASE, { email: 'erase-race-1@example.org' }, as(env.network.tokens.admin));
    expect(erased.errors).toBeUndefined();
    expect((await stored(second!.id))?.status).toBe('CONFIRMED');
    held.release();
    expect(errorCodes(await cancelling)).toEqual(['CONFLICT']);
    expect((await claimsOf(id, 'seat')).map((c) => c.data?.registrationId)).toEqual([second!.id]);
  });

  it('decline vs cancel: the cancellation is not overwritten', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 2, requiresApproval: true });
    const id = String(workshop._id);
    const [reg] = await register(id, ['decline-cancel@example.org']);
    const held = holdAt(env.db.current, 'decline', reg!.id);
    const declining = graphql(env.app.url, DECLINE, { id: reg!.id }, as(env.network.tokens.staff));
    await held.reached;
    expect((await graphql(env.app.url, CANCEL, { id: reg!.id }, as(env.network.tokens.coordinator))).errors).toBeUndefined();
    // The person registers again at once: the late decline must not free that new person claim.
    const [again] = await register(id, ['decline-cancel@example.org']);
    held.release();
    expect(errorCodes(await declining)).toEqual(['CONFLICT']);
    expect((await stored(reg!.id))?.status).toBe('CANCELLED');
    expect((await claimsOf(id, 'person')).map((c) => c.data?.registrationId)).toEqual([again!.id]);
  });

  it('acceptOffer while the offer expires mid-call answers CONFLICT, and the seat passes on', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 1, promotionMode: 'OFFER', offerHours: 48 });
    const id = String(workshop._id);
    const [first, offered, next] = await register(id, ['accept-1@example.org', 'accept-2@example.org', 'accept-3@example.org']);
    await graphql(env.app.url, CANCEL, { id: first!.id }, as(env.network.tokens.coordinator));
    expect((await stored(offered!.id))?.offerExpiresAt).toBeTruthy();
    const held = holdAt(env.db.current, 'accept', offered!.id);
    const accepting = graphql(env.app.url, ACCEPT, { id: offered!.id }, as(env.network.tokens.coordinator));
    await held.reached;
    const start = env.app.clock.now();
    env.app.clock.set(new Date(start.getTime() + 49 * 3_600_000).toISOString());
    try {
      await expireOffersJob.handler({}, env.app.deps);
      held.release();
      const answer = await accepting;
      expect(errorCodes(answer)).toEqual(['CONFLICT']);
      expect((await stored(offered!.id))?.status).toBe('CANCELLED');
      expect((await stored(next!.id))?.offerExpiresAt).toBeTruthy();
      expect((await claimsOf(id, 'seat')).map((c) => c.data?.registrationId)).toEqual([next!.id]);
    } finally {
      env.app.clock.set(start.toISOString());
    }
  });

  it('the expiry job does not cancel an offer accepted a moment earlier', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 1, promotionMode: 'OFFER', offerHours: 48 });
    const id = String(workshop._id);
    const [first, offered, next] = await register(id, ['expiry-1@example.org', 'expiry-2@example.org', 'expiry-3@example.org']);
    await graphql(env.app.url, CANCEL, { id: first!.id }, as(env.network.tokens.coordinator));
    const start = env.app.clock.now();
    // The job reads the offer as due ...
    env.app.clock.set(new Date(start.getTime() + 49 * 3_600_000).toISOString());
    const held = holdAt(env.db.current, 'expire', offered!.id);
    const job = expireOffersJob.handler({}, env.app.deps);
    try {
      await held.reached;
      // ... while the person's acceptance, a moment before the deadline, lands first.
      env.app.clock.set(new Date(start.getTime() + 47 * 3_600_000).toISOString());
      const accepting = graphql(env.app.url, ACCEPT, { id: offered!.id }, as(env.network.tokens.coordinator));
      // Its write lands (its settle then queues behind the held job's run).
      await waitFor(async () => (await stored(offered!.id))?.status === 'CONFIRMED', 'the acceptance stored');
      held.release();
      await job;
      expect((await accepting).data).toEqual({ acceptOffer: { registration: { id: offered!.id, status: 'CONFIRMED' } } });
      expect((await stored(offered!.id))?.status).toBe('CONFIRMED');
      expect(await stored(next!.id)).toMatchObject({ status: 'WAITLISTED', offerExpiresAt: null });
      expect((await claimsOf(id, 'seat')).map((c) => c.data?.registrationId)).toEqual([offered!.id]);
    } finally {
      held.release();
      env.app.clock.set(start.toISOString());
    }
  });

  it('a raised capacity promotes even while a settle that read the old capacity is running', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 1 });
    const id = String(workshop._id);
    // The settle that follows the registrations (deferred) reads capacity 1 and is held there.
    const stale = holdAt(env.db.current, 'settle', id);
    const regs = await register(id, ['raise-1@example.org', 'raise-2@example.org', 'raise-3@example.org']);
    await stale.reached;
    const asked = holdAt(env.db.current, 'settle-asked', id);
    const raising = graphql(env.app.url, UPDATE, { input: { id, capacity: 2 } }, as(env.network.tokens.staff));
    await asked.reached; // the raise has asked for its settle while the stale one runs
    stale.release();
    asked.release();
    expect((await raising).errors).toBeUndefined();
    expect(await Promise.all(regs.map(async (r) => (await stored(r.id))?.status))).toEqual(['CONFIRMED', 'CONFIRMED', 'WAITLISTED']);
  });

  it('promotion vs cancel: a candidate cancelled while being promoted gives the seat back, and the next in line takes it', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 1 });
    const id = String(workshop._id);
    const [first, second, third] = await register(id, ['promote-cancel-1@example.org', 'promote-cancel-2@example.org', 'promote-cancel-3@example.org']);
    await settleDeferredWrites(env.db.current); // the registrations' own settle is done
    const held = holdAt(env.db.current, 'promote', second!.id); // the second holds seat 1, not yet written
    const cancelling = graphql(env.app.url, CANCEL, { id: first!.id }, as(env.network.tokens.coordinator));
    await held.reached;
    // The second cancels meanwhile (its answer waits for the settle running).
    const secondCancelling = graphql(env.app.url, CANCEL, { id: second!.id }, as(env.network.tokens.coordinator));
    await waitFor(async () => (await stored(second!.id))?.status === 'CANCELLED', 'the second cancelled');
    const secondSettle = holdAt(env.db.current, 'settle', id); // the settle after the second's cancellation waits
    held.release();
    expect((await cancelling).errors).toBeUndefined();
    // The run that lost the second gave their seat to the third before answering the first.
    expect((await stored(third!.id))?.status).toBe('CONFIRMED');
    secondSettle.release();
    expect((await secondCancelling).errors).toBeUndefined();
    expect(await stored(second!.id)).toMatchObject({ status: 'CANCELLED', seatClaim: null });
    expect((await claimsOf(id, 'seat')).map((c) => c.data?.registrationId)).toEqual([third!.id]);
  });

  describe('capacity changes one at a time', () => {
    const setCapacity = (id: string, capacity: number) => graphql(env.app.url, UPDATE, { input: { id, capacity } }, as(env.network.tokens.staff));
    /** Every seat above the stored capacity is closed, so a request that read an older capacity cannot take it. */
    const expectSeatsAboveClosed = async (id: string, upTo: number) => {
      const { capacity } = (await env.db.current.models.Workshop.findById(id).lean())!;
      const closed = (await claimsOf(id, 'seat')).filter((c) => c.kind === 'seat-closed').map((c) => Number(String(c._id).split(':').pop()));
      expect({ capacity, closed: closed.sort() }).toEqual({ capacity, closed: Array.from({ length: upTo - capacity }, (_, i) => capacity + 1 + i) });
    };

    it('two lowerings at once: one lands, the other is CONFLICT and reopens nothing the first closed', async () => {
      const workshop = await givenWorkshop(env.db.current, { capacity: 3 });
      const id = String(workshop._id);
      const held = holdAt(env.db.current, 'workshop-revision', id); // the first has closed seat 3
      const first = setCapacity(id, 2);
      await held.reached;
      const second = await setCapacity(id, 1);
      held.release();
      const answers = [await first, second];
      expect(answers.map((a) => errorCodes(a)).sort()).toEqual([[], ['CONFLICT']]);
      await expectSeatsAboveClosed(id, 3);
    });

    it('a lowering while a raise is reopening its seats is CONFLICT: the raised seats stay within the capacity', async () => {
      const workshop = await givenWorkshop(env.db.current, { capacity: 3 });
      const id = String(workshop._id);
      expect((await setCapacity(id, 1)).errors).toBeUndefined();
      const held = holdAt(env.db.current, 'open-seats', id); // the raise is stored, its seats not yet open
      const raising = setCapacity(id, 3);
      await held.reached;
      const lowering = await setCapacity(id, 2);
      held.release();
      expect(errorCodes(lowering)).toEqual(['CONFLICT']);
      expect((await raising).errors).toBeUndefined();
      await expectSeatsAboveClosed(id, 3);
      expect((await setCapacity(id, 2)).errors).toBeUndefined();
      await expectSeatsAboveClosed(id, 3);
    });

    it('a lowered quota moves a holder down to a free slot, closes the slots above in every group, and a raise or no quota reopens exactly those', async () => {
      const other = await givenOrganization(env.db.current, { name: 'Another group' });
      const workshop = await givenWorkshop(env.db.current, { capacity: 10, perGroupQuota: 3 });
      const id = String(workshop._id);
      const group = String(env.network.group._id);
      const [first, second, third] = await register(id, ['slots-1@example.org', 'slots-2@example.org', 'slots-3@example.org']);
      expect((await graphql(env.app.url, CANCEL, { id: first!.id }, as(env.network.tokens.coordinator))).errors).toBeUndefined();
      const slotOf = async (registrationId: string) =>
        Number(
          String((await stored(registrationId))?.slotClaim)
            .split(':')
            .pop(),
        );
      const held = [await slotOf(second!.id), await slotOf(third!.id)].sort();
      const closedSlots = async () =>
        (await env.db.current.db.collection('claims').find({ 'data.workshopId': id, kind: 'slot-closed' }).toArray())
          .map((claim) => String(claim._id).replace(`ws:${id}:group:`, ''))
          .sort();

      // Lowered to 2: whoever held a slot above 2 now holds the free one below, and slot 3 is
      // closed in each group, so a request that read quota 3 cannot take it.
      expect((await graphql(env.app.url, UPDATE, { input: { id, perGroupQuota: 2 } }, as(env.network.tokens.staff))).errors).toBeUndefined();
      expect([await slotOf(second!.id), await slotOf(third!.id)].sort()).toEqual([1, 2]);
      expect(held).not.toEqual([1, 2]); // someone really had to move
      const slotClaims = (await claimsOf(id, `group:${group}:slot`)).filter((claim) => claim.kind === 'slot');
      expect(slotClaims.map((claim) => claim.data?.registrationId).sort()).toEqual([second!.id, third!.id].sort());
      const everyGroup = (await env.db.current.models.Organization.find({}, { _id: 1 }).lean()).map((o) => `${String(o._id)}:slot:3`);
      expect(everyGroup).toEqual(expect.arrayContaining([`${group}:slot:3`, `${String(other._id)}:slot:3`]));
      expect(await closedSlots()).toEqual(everyGroup.sort());
      const [late] = await register(id, ['slots-4@example.org']);
      expect(late!.status).toBe('WAITLISTED');

      // Raised to 3: exactly the closed slots reopen, and the one waiting takes the group's third.
      expect((await graphql(env.app.url, UPDATE, { input: { id, perGroupQuota: 3 } }, as(env.network.tokens.staff))).errors).toBeUndefined();
      expect(await closedSlots()).toEqual([]);
      await waitFor(async () => (await stored(late!.id))?.status === 'CONFIRMED', 'the waiting one promoted');

      // Lowered again is refused while the group holds three; with no quota at all, nothing stays closed.
      expect(errorCodes(await graphql(env.app.url, UPDATE, { input: { id, perGroupQuota: 2 } }, as(env.network.tokens.staff)))).toEqual(['CONFLICT']);
      expect(await closedSlots()).toEqual([]);
      expect((await graphql(env.app.url, UPDATE, { input: { id, perGroupQuota: null } }, as(env.network.tokens.staff))).errors).toBeUndefined();
      expect(await closedSlots()).toEqual([]);
    });

    it('a lowered quota holds against a registration of that group in flight with the old quota', async () => {
      const workshop = await givenWorkshop(env.db.current, { capacity: 5, perGroupQuota: 3 });
      const id = String(workshop._id);
      await register(id, ['quota-race-1@example.org', 'quota-race-2@example.org']);
      const held = holdAt(env.db.current, 'place', id); // it has read quota 3
      const late = graphql(
        env.app.url,
        REGISTER,
        { input: { workshopId: id, participants: [{ name: 'Late', email: 'quota-race-3@example.org' }] } },
        as(env.network.tokens.coordinator),
      );
      await held.reached;
      const lowered = await graphql(env.app.url, UPDATE, { input: { id, perGroupQuota: 2 } }, as(env.network.tokens.staff));
      expect(lowered.errors).toBeUndefined();
      held.release();
      expect((await late).data?.register.registrations.map((r) => r.status)).toEqual(['WAITLISTED']);
      const holding = await env.db.current.models.Registration.countDocuments({ workshopId: workshop._id, status: 'CONFIRMED' });
      expect(holding).toBe(2);
      // Raised again, the slot opens and the one waiting takes it.
      expect((await graphql(env.app.url, UPDATE, { input: { id, perGroupQuota: 3 } }, as(env.network.tokens.staff))).errors).toBeUndefined();
      await waitFor(
        async () => (await env.db.current.models.Registration.countDocuments({ workshopId: workshop._id, status: 'CONFIRMED' })) === 3,
        'the waiting one promoted',
      );
    });

    it('an approval that loses to a cancellation gives back its seat, and whoever was waitlisted meanwhile takes it', async () => {
      const workshop = await givenWorkshop(env.db.current, { capacity: 1, requiresApproval: true });
      const id = String(workshop._id);
      const [first, second] = await register(id, ['lost-approval-1@example.org', 'lost-approval-2@example.org']);
      const held = holdAt(env.db.current, 'approve', first!.id); // it holds seat 1, not yet written
      const approving = graphql(env.app.url, APPROVE, { id: first!.id }, as(env.network.tokens.staff));
      await held.reached;
      expect((await graphql(env.app.url, CANCEL, { id: first!.id }, as(env.network.tokens.coordinator))).errors).toBeUndefined();
      const approved = await graphql(env.app.url, APPROVE, { id: second!.id }, as(env.network.tokens.staff));
      expect(approved.data?.approveRegistration.registration.status).toBe('WAITLISTED'); // seat 1 was held
      held.release();
      expect(errorCodes(await approving)).toEqual(['CONFLICT']);
      expect((await stored(second!.id))?.status).toBe('CONFIRMED');
      expect((await claimsOf(id, 'seat')).map((c) => c.data?.registrationId)).toEqual([second!.id]);
    });
  });

  describe('a change from a stale read (compare-and-set on the version)', () => {
    // Started an hour before the test clock, so attendance (a change that forbids no cancellation) may be recorded.
    const confirmedInStarted = async () => {
      const workshop = await givenWorkshop(env.db.current, {
        startsAt: new Date('2026-03-01T08:00:00Z'),
        registrationClosesAt: new Date('2026-03-01T08:00:00Z'),
      });
      return String((await givenRegistration(env.db.current, { workshopId: workshop._id, organizationId: env.network.group._id }))._id);
    };
    const attend = (id: string, attended: boolean) => graphql(env.app.url, ATTEND, { input: { registrationId: id, attended } }, as(env.network.tokens.staff));
    const reasonOf = (answer: Awaited<ReturnType<typeof graphql>>) => (answer.errors ?? []).map((e) => `${e.extensions?.code}:${e.extensions?.reason}`);

    it('is read again and made when what landed meanwhile does not forbid it', async () => {
      const id = await confirmedInStarted();
      const held = holdAt(env.db.current, 'cancel', id);
      const cancelling = graphql(env.app.url, CANCEL, { id }, as(env.network.tokens.coordinator));
      await held.reached;
      expect((await attend(id, true)).errors).toBeUndefined();
      held.release();
      expect((await cancelling).data).toEqual({ cancelRegistration: { registration: { id, status: 'CANCELLED' } } });
      expect(await stored(id)).toMatchObject({ status: 'CANCELLED', attended: true, version: 2 });
    });

    it('gives up with CHANGED_CONCURRENTLY after losing three times in a row', async () => {
      const id = await confirmedInStarted();
      let held = holdAt(env.db.current, 'cancel', id);
      const cancelling = graphql(env.app.url, CANCEL, { id }, as(env.network.tokens.coordinator));
      for (const [attempt, attended] of [true, false, true].entries()) {
        await held.reached; // attempt n + 1 has read version n
        expect((await attend(id, attended)).errors).toBeUndefined();
        const current = held;
        if (attempt < 2) held = holdAt(env.db.current, 'cancel', id);
        current.release();
      }
      expect(reasonOf(await cancelling)).toEqual(['CONFLICT:CHANGED_CONCURRENTLY']);
      expect(await stored(id)).toMatchObject({ status: 'CONFIRMED', attended: true, version: 3 });
    });

    it('finding the version locked (a change that crashed mid-write) answers CHANGED_CONCURRENTLY at once; the lock expires', async () => {
      const id = await confirmedInStarted();
      const now = env.app.clock.now();
      await env.db.current.db.collection('claims').insertOne({
        _id: `reg:${id}:v:0`,
        kind: 'registration-transition',
        createdAt: now,
        expiresAt: new Date(now.getTime() + TRANSITION_CLAIM_TTL_MS),
      } as never);
      const first = holdAt(env.db.current, 'cancel', id);
      const again = holdAt(env.db.current, 'cancel', id); // reached only by a retry
      const cancelling = graphql(env.app.url, CANCEL, { id }, as(env.network.tokens.coordinator));
      await first.reached;
      first.release();
      const outcome = await Promise.race([cancelling.then(reasonOf), again.reached.then(() => 'read again and retried')]);
      again.release();
      await cancelling;
      expect(outcome).toEqual(['CONFLICT:CHANGED_CONCURRENTLY']);
      expect(await stored(id)).toMatchObject({ status: 'CONFIRMED', version: 0 });
      // Swept once expired, the lock is gone and the cancellation lands.
      expect(await sweepExpiredClaims(env.db.current.db, new Date(now.getTime() + TRANSITION_CLAIM_TTL_MS + 1))).toBeGreaterThanOrEqual(1);
      expect((await graphql(env.app.url, CANCEL, { id }, as(env.network.tokens.coordinator))).errors).toBeUndefined();
      expect(await stored(id)).toMatchObject({ status: 'CANCELLED', version: 1 });
    });

    it('changes a registration stored before versions (no version field) and numbers it 1', async () => {
      const id = await confirmedInStarted();
      await env.db.current.models.Registration.collection.updateOne({ _id: new Types.ObjectId(id) }, { $unset: { version: '' } });
      expect((await stored(id))?.version).toBeUndefined();
      expect((await graphql(env.app.url, CANCEL, { id }, as(env.network.tokens.coordinator))).errors).toBeUndefined();
      expect(await stored(id)).toMatchObject({ status: 'CANCELLED', version: 1 });
    });

    it('a holder without a slot cancelled while a first quota gives them one keeps no slot', async () => {
      const workshop = await givenWorkshop(env.db.current, { capacity: 10 });
      const id = String(workshop._id);
      const [first, second] = await register(id, ['first-quota-1@example.org', 'first-quota-2@example.org']);
      expect((await stored(first!.id))?.slotClaim ?? null).toBeNull();
      const held = holdAt(env.db.current, 'refit', first!.id); // a slot claimed for them, not yet written
      const setting = graphql(env.app.url, SET_QUOTA, { input: { id, perGroupQuota: 3 } }, as(env.network.tokens.staff));
      await held.reached;
      expect((await graphql(env.app.url, CANCEL, { id: first!.id }, as(env.network.tokens.coordinator))).errors).toBeUndefined();
      held.release();
      expect((await setting).errors).toBeUndefined();
      expect(await stored(first!.id)).toMatchObject({ status: 'CANCELLED', slotClaim: null });
      const slots = await env.db.current.db.collection('claims').find({ 'data.workshopId': id, kind: 'slot' }).toArray();
      expect(slots.map((claim) => claim.data?.registrationId)).toEqual([second!.id]);
    });

    it('a holder cancelled while a lowered quota moves them: the lowering is CONFLICT, keeps no slot for them, and lands when tried again', async () => {
      const workshop = await givenWorkshop(env.db.current, { capacity: 10, perGroupQuota: 3 });
      const id = String(workshop._id);
      const [first, second, third] = await register(id, ['moved-1@example.org', 'moved-2@example.org', 'moved-3@example.org']);
      expect((await stored(third!.id))?.slotClaim).toMatch(/:slot:3$/);
      expect((await graphql(env.app.url, CANCEL, { id: first!.id }, as(env.network.tokens.coordinator))).errors).toBeUndefined();
      const setQuota = (perGroupQuota: number) => graphql(env.app.url, SET_QUOTA, { input: { id, perGroupQuota } }, as(env.network.tokens.staff));
      const held = holdAt(env.db.current, 'refit', third!.id); // slot 1 claimed for them, not yet written
      const lowering = setQuota(2);
      await held.reached;
      expect((await graphql(env.app.url, CANCEL, { id: third!.id }, as(env.network.tokens.coordinator))).errors).toBeUndefined();
      held.release();
      expect(reasonOf(await lowering)).toEqual(['CONFLICT:QUOTA_BELOW_HELD']);
      const slots = await env.db.current.db
        .collection('claims')
        .find({ 'data.workshopId': id, kind: { $in: ['slot', 'slot-closed'] } })
        .toArray();
      expect(slots.map((c) => `${c.kind}:${c.data?.registrationId}`)).toEqual([`slot:${second!.id}`]);
      expect((await setQuota(2)).errors).toBeUndefined();
    });
  });
});
