import { parseId } from '../../shared/ids';
import { workshopById } from '../workshops/workshops.queries';
import { ConflictError, ForbiddenError, NotFoundError } from '../../shared/errors';
import type { ServiceContext } from '../../app/context';
import { requireViewer } from '../../shared/access/authorize';
import { registrationsPolicy } from './registrations.policy';
import type { OrganizationDoc } from '../organizations/organization.model';
import type { RegistrationDoc } from './registration.model';
import { changeRegistration } from './seating/transition';
import { needsOf } from './needs';
import { questionLibrary } from '../questions/questions.queries';

type Ctx = Pick<ServiceContext, 'viewer' | 'database' | 'clock' | 'loaders' | 'seatFigures' | 'programme' | 'questions'>;

/** The Secretariat or one of the workshop's facilitators marks who came, once the workshop has started. */
export async function recordAttendance(ctx: Ctx, input: { registrationId: string; attended?: boolean | null }): Promise<RegistrationDoc> {
  const viewer = requireViewer(ctx.viewer);
  const registration = await ctx.database.models.Registration.findById(parseId(input.registrationId, 'registrationId')).lean<RegistrationDoc>();
  if (!registration) throw new NotFoundError('Registration');
  const workshop = await workshopById(ctx, registration.workshopId);
  if (!workshop) throw new NotFoundError('Workshop');
  const facilitator = workshop.facilitators.some((f) => f.userId && String(f.userId) === viewer.userId);
  if (!registrationsPolicy.recordAttendance(viewer, facilitator)) {
    // Not one of those who may see the participants: the registration is not revealed.
    throw new NotFoundError('Registration');
  }
  if (ctx.clock.now() < workshop.startsAt) throw new ConflictError('Attendance can be recorded once the workshop has started.', 'NOT_STARTED');
  // Compare-and-set like every change of a registration: a cancellation landing meanwhile stays.
  const attended = input.attended ?? null;
  const { after } = await changeRegistration(ctx, registration, 'attendance', refuseUnconfirmed, () => ({
    attended,
    attendanceRecordedAt: attended === null ? null : ctx.clock.now(),
  }));
  return after;
}

const refuseUnconfirmed = (current: RegistrationDoc) =>
  current.status === 'CONFIRMED' ? null : new ConflictError('Attendance is recorded for confirmed participants.', 'NOT_CONFIRMED');

/** Counts for the Secretariat: by status, group, region and country, and the attendance rate. */
export async function workshopReport(ctx: Ctx, workshopId: string) {
  const viewer = requireViewer(ctx.viewer);
  if (!registrationsPolicy.seeReport(viewer)) throw new ForbiddenError();
  const workshop = await workshopById(ctx, parseId(workshopId, 'workshopId'));
  if (!workshop) throw new NotFoundError('Workshop');
  const registrations = await ctx.database.models.Registration.find(
    { workshopId: workshop._id },
    { status: 1, organizationId: 1, attended: 1, answers: 1 },
  ).lean<Pick<RegistrationDoc, 'status' | 'organizationId' | 'attended' | 'answers'>[]>();
  const organizationIds = [...new Set(registrations.map((r) => String(r.organizationId)))];
  const organizations = (await ctx.loaders.organizations.byId.loadMany(organizationIds)).filter(
    (o): o is OrganizationDoc => o !== null && !(o instanceof Error),
  );
  const byId = new Map(organizations.map((o) => [String(o._id), o]));

  const count = (status: string) => registrations.filter((r) => r.status === status).length;
  const confirmed = registrations.filter((r) => r.status === 'CONFIRMED');
  const tally = (keyOf: (r: (typeof confirmed)[number]) => string | undefined) => {
    const map = new Map<string, { confirmed: number; attended: number }>();
    for (const r of confirmed) {
      const key = keyOf(r);
      if (!key) continue;
      const entry = map.get(key) ?? { confirmed: 0, attended: 0 };
      entry.confirmed++;
      if (r.attended) entry.attended++;
      map.set(key, entry);
    }
    return [...map.entries()].sort(([a], [b]) => a.localeCompare(b));
  };
  const recorded = confirmed.filter((r) => r.attended !== null && r.attended !== undefined);
  return {
    workshop,
    byStatus: {
      confirmed: count('CONFIRMED'),
      waitlisted: count('WAITLISTED'),
      pendingApproval: count('PENDING_APPROVAL'),
      cancelled: count('CANCELLED'),
      declined: count('DECLINED'),
    },
    byGroup: tally((r) => String(r.organizationId))
      .filter(([id]) => byId.has(id))
      .map(([id, c]) => ({ organization: byId.get(id)!, ...c })),
    byRegion: tally((r) => byId.get(String(r.organizationId))?.region).map(([code, c]) => ({ code, ...c })),
    byCountry: tally((r) => byId.get(String(r.organizationId))?.country).map(([code, c]) => ({ code, ...c })),
    attendanceRate: recorded.length ? recorded.filter((r) => r.attended).length / recorded.length : null,
    needs: needsOf(await questionLibrary(ctx), workshop, confirmed),
  };
}
