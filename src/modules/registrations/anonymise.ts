import type { Types } from 'mongoose';
import type { ServiceContext } from '../../app/context';
import { ConflictError } from '../../shared/errors';
import { ACTIVE_STATUSES, type RegistrationDoc } from './registration.model';
import { changeRegistration } from './seating/transition';
import { cancelRegistrationsOf } from './seating/workshop-wide';

/* Removing participants' personal data from registrations (the personal-data module decides when). */

type Deps = Pick<ServiceContext, 'database' | 'clock' | 'config' | 'events' | 'loaders' | 'logger' | 'seatFigures' | 'programme'>;

const anonymousParticipant = (registrationId: Types.ObjectId) => ({
  'participant.name': 'Anonymised participant',
  'participant.email': `anonymised-${String(registrationId)}@invalid`,
  'participant.userId': null,
  'participant.language': null,
  'participant.timeZone': null,
  'participant.displayName': null,
  'participant.listed': false,
  // Answers are the person's too (needs, passport): none outlives the name.
  answers: [],
});

const noRefusal = () => null;

/**
 * Removes a registration's personal data, compare-and-set like every change of a registration (a
 * plain update could put back a cancellation or promotion written meanwhile). A registration
 * changing at that moment is read again and tried again.
 */
async function anonymise(deps: Pick<Deps, 'database' | 'clock'>, registration: RegistrationDoc, extra: Record<string, unknown>): Promise<void> {
  let current = registration;
  for (let attempt = 1; ; attempt++) {
    try {
      await changeRegistration(deps, current, 'anonymise', noRefusal, () => ({
        ...anonymousParticipant(current._id),
        ...extra,
        anonymisedAt: deps.clock.now(),
      }));
      return;
    } catch (err) {
      if (!(err instanceof ConflictError) || attempt >= 5) throw err;
      const fresh = await deps.database.models.Registration.findById(current._id).lean<RegistrationDoc>();
      if (!fresh) return;
      current = fresh;
    }
  }
}

/** Anonymises a workshop's registrations not anonymised yet (retention); how many there were. */
export async function anonymiseRegistrationsOf(deps: Pick<Deps, 'database' | 'clock'>, workshopId: Types.ObjectId): Promise<number> {
  const stale = await deps.database.models.Registration.find({ workshopId, anonymisedAt: null }).lean<RegistrationDoc[]>();
  for (const registration of stale) await anonymise(deps, registration, {});
  return stale.length;
}

/**
 * An erased person's registrations (by their address, and by their account when they have one):
 * the active ones cancelled first, then each anonymised; how many there were.
 */
export async function eraseRegistrationsOf(deps: Deps, person: { email: string; userId: Types.ObjectId | null }): Promise<number> {
  const byPerson = person.userId
    ? { $or: [{ 'participant.email': person.email }, { 'participant.userId': person.userId }] }
    : { 'participant.email': person.email };
  await cancelRegistrationsOf(deps, { ...byPerson, status: { $in: ACTIVE_STATUSES } });
  const registrations = await deps.database.models.Registration.find(byPerson).lean<RegistrationDoc[]>();
  for (const registration of registrations) {
    // The released person claim's id holds the email's hash, which anyone with the address can recompute.
    await anonymise(deps, registration, { personClaim: `erased:${String(registration._id)}` });
  }
  return registrations.length;
}
