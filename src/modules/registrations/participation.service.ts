import type { ServiceContext } from '../../app/context';
import { requireViewer } from '../../shared/access/authorize';
import { ForbiddenError, NotFoundError } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { parseInput } from '../../shared/validation';
import { workshopById } from '../workshops/workshops.queries';
import { holderOf, type RegistrationDoc } from './registration.model';
import { registrationsPolicy as policy } from './registrations.policy';
import { groupHasPeopleIn, registrationsOfWorkshop } from './registrations.queries';
import { updateParticipationSchema } from './registrations.validation';
import { changeRegistration } from './seating/transition';

type Ctx = Pick<ServiceContext, 'viewer' | 'database' | 'clock' | 'loaders' | 'programme'>;

/** How a person is shown to others: a chosen name, and whether they are listed at all. */
export async function updateParticipation(ctx: Ctx, input: unknown): Promise<RegistrationDoc> {
  const viewer = requireViewer(ctx.viewer);
  const data = parseInput(updateParticipationSchema, input);
  const registration = await ctx.database.models.Registration.findById(parseId(data.registrationId, 'registrationId')).lean<RegistrationDoc>();
  // Not one of those who may: the registration is not revealed.
  if (!registration || !policy.shapeParticipation(viewer, holderOf(registration))) throw new NotFoundError('Registration');
  const { after } = await changeRegistration(
    ctx,
    registration,
    'participation',
    () => null,
    (current) => ({
      participant: {
        ...current.participant,
        ...(data.displayName !== undefined ? { displayName: data.displayName } : {}),
        ...(typeof data.listed === 'boolean' ? { listed: data.listed } : {}),
      },
    }),
  );
  return after;
}

export interface FellowRow {
  name: string;
  organizationId: string;
}

/** The confirmed, listed participants as others see them: the chosen name, else the name; never an address. */
export async function workshopParticipants(ctx: Ctx, workshopId: string): Promise<FellowRow[]> {
  const viewer = requireViewer(ctx.viewer);
  const workshop = await workshopById(ctx, parseId(workshopId, 'workshopId'));
  if (!workshop) throw new NotFoundError('Workshop');
  const secretariat = policy.seeFellows(viewer);
  const confirmedIn = !secretariat && (await ctx.loaders.registrations.confirmedWorkshopsOf.load(viewer.userId)).has(String(workshop._id));
  const groupIn =
    !secretariat && !confirmedIn && policy.seeFellowsOfGroup(viewer) && (await groupHasPeopleIn(ctx.database, workshop._id, viewer.organizationId));
  if (!secretariat && !confirmedIn && !groupIn) throw new ForbiddenError('The participant list is for those taking part.');
  const confirmed = await registrationsOfWorkshop(ctx.database, workshop._id, ['CONFIRMED']);
  return confirmed
    .filter((registration) => registration.participant?.listed !== false && !registration.anonymisedAt)
    .map((registration) => ({
      name: registration.participant?.displayName || (registration.participant?.name ?? ''),
      organizationId: String(registration.organizationId),
    }))
    .sort((a, b) => a.organizationId.localeCompare(b.organizationId) || a.name.localeCompare(b.name));
}
