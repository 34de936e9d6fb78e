import { workshopById } from '../workshops/workshops.queries';
import type { Types } from 'mongoose';
import type { AppDeps } from '../../app/context';
import type { RegistrationDoc, RegistrationStatus } from '../registrations/registration.model';
import type { WorkshopDoc } from '../workshops/workshop.model';
import { isEligible } from '../workshops/workshops.policy';
import type { NotificationPlanDoc, PlanKind } from './notification.model';
import { enqueue, type NewNotification } from './outbox';
import { recipientOfUser, recipientsOfRegistrations } from './recipients';
import { upsertById } from '../../db/upsert';
import { allOrganizations } from '../organizations/organizations.queries';
import { activeCoordinatorsOf } from '../users/users.queries';
import { groupsWithPeopleIn, registrationsOfWorkshop } from '../registrations/registrations.queries';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'config' | 'logger' | 'programme' | 'directory'>;

const HOUR_MS = 3_600_000;

/** The workshop's reminder hours: its own, else the configured default (168 and 24). */
export const reminderHoursOf = (workshop: Pick<WorkshopDoc, 'reminderHoursBefore'>, deps: Pick<AppDeps, 'config'>) =>
  workshop.reminderHoursBefore ?? deps.config.notifications.reminderHoursBefore;

/**
 * Brings a workshop's planned messages in line with it: reminders before the start, the
 * registration-deadline reminder, the follow-up after the end. Moves what moved, removes what no
 * longer applies, and never plans an instant already past (someone registering three days before
 * the start gets no "in 7 days" reminder). Idempotent: every process may run it for every event.
 */
export async function planWorkshop(deps: Deps, workshopId: Types.ObjectId): Promise<void> {
  const { NotificationPlan } = deps.database.models;
  const workshop = await workshopById(deps, workshopId);
  const existing = await NotificationPlan.find({ workshopId }).lean<NotificationPlanDoc[]>();
  const unfired = existing.filter((plan) => !plan.firedAt);
  if (workshop?.status !== 'PUBLISHED') {
    if (unfired.length) await NotificationPlan.deleteMany({ _id: { $in: unfired.map((p) => p._id) }, firedAt: null });
    return;
  }
  const now = deps.clock.now().getTime();
  const id = String(workshop._id);
  const desired: { _id: string; kind: PlanKind; hours: number | null; dueAt: Date }[] = [
    ...reminderHoursOf(workshop, deps).map((hours) => ({
      _id: `REMINDER:${id}:${hours}`,
      kind: 'REMINDER' as const,
      hours,
      dueAt: new Date(workshop.startsAt.getTime() - hours * HOUR_MS),
    })),
    {
      _id: `DEADLINE:${id}`,
      kind: 'DEADLINE',
      hours: deps.config.notifications.deadlineReminderHours,
      dueAt: new Date(workshop.registrationClosesAt.getTime() - deps.config.notifications.deadlineReminderHours * HOUR_MS),
    },
    {
      _id: `FOLLOW_UP:${id}`,
      kind: 'FOLLOW_UP',
      hours: null,
      dueAt: new Date(workshop.endsAt.getTime() + deps.config.notifications.followUpHoursAfter * HOUR_MS),
    },
  ];
  const byId = new Map(existing.map((plan) => [plan._id, plan]));
  const stale = unfired.filter((plan) => !desired.some((d) => d._id === plan._id)).map((plan) => plan._id);
  for (const plan of desired) {
    const current = byId.get(plan._id);
    if (current?.firedAt && current.dueAt.getTime() === plan.dueAt.getTime()) continue;
    if (plan.dueAt.getTime() <= now) {
      // Moved into the past (or planned too late): a late "starts in 7 days" would be wrong.
      if (current && !current.firedAt) stale.push(plan._id);
      continue;
    }
    if (current && !current.firedAt && current.dueAt.getTime() === plan.dueAt.getTime()) continue;
    // A reminder already sent for the old time is planned again for the new one.
    await upsertById(NotificationPlan, plan._id, { $set: { kind: plan.kind, workshopId: workshop._id, hours: plan.hours, dueAt: plan.dueAt, firedAt: null } });
  }
  if (stale.length) await NotificationPlan.deleteMany({ _id: { $in: stale }, firedAt: null });
}

/**
 * The planner job: turns each due plan into one message per recipient, then marks it fired.
 * A crash between the two re-runs the fan-out, whose messages are claims: nothing doubles.
 */
export async function fireDuePlans(deps: Deps, options: { limit?: number } = {}): Promise<{ plans: number; queued: number }> {
  const { NotificationPlan } = deps.database.models;
  const now = deps.clock.now();
  const due = await NotificationPlan.find({ firedAt: null, dueAt: { $lte: now } })
    .sort({ dueAt: 1 })
    .limit(options.limit ?? 50)
    .lean<NotificationPlanDoc[]>();
  let queued = 0;
  for (const plan of due) {
    const workshop = await workshopById(deps, plan.workshopId as Types.ObjectId);
    if (workshop) queued += await enqueue(deps, await fanOut(deps, plan, workshop, now));
    await NotificationPlan.updateOne({ _id: plan._id, firedAt: null }, { $set: { firedAt: now } });
  }
  if (due.length) deps.logger.info({ plans: due.length, queued }, 'planned messages queued');
  return { plans: due.length, queued };
}

async function fanOut(deps: Deps, plan: NotificationPlanDoc, workshop: WorkshopDoc, now: Date): Promise<NewNotification[]> {
  switch (plan.kind) {
    case 'REMINDER':
      if (workshop.status !== 'PUBLISHED' || workshop.startsAt <= now) return [];
      return toParticipants(deps, workshop, ['CONFIRMED'], (r) => !r.registeredAt || r.registeredAt <= plan.dueAt, 'WORKSHOP_REMINDER', `-${plan.hours}h`);
    case 'FOLLOW_UP':
      if (workshop.status !== 'PUBLISHED' && workshop.status !== 'COMPLETED') return [];
      return toParticipants(deps, workshop, ['CONFIRMED'], (r) => r.attended !== false, 'WORKSHOP_FOLLOW_UP', '');
    case 'DEADLINE':
      if (workshop.status !== 'PUBLISHED' || workshop.registrationClosesAt <= now) return [];
      return toUnregisteredGroups(deps, workshop);
  }
}

async function toParticipants(
  deps: Deps,
  workshop: WorkshopDoc,
  statuses: readonly RegistrationStatus[],
  include: (registration: RegistrationDoc) => boolean,
  kind: 'WORKSHOP_REMINDER' | 'WORKSHOP_FOLLOW_UP',
  suffix: string,
): Promise<NewNotification[]> {
  const registrations = (await registrationsOfWorkshop(deps.database, workshop._id, statuses)).filter(include);
  const recipients = await recipientsOfRegistrations(deps, registrations, () => workshop.timeZone);
  return registrations.flatMap((registration) => {
    const recipient = recipients.get(String(registration._id));
    if (!recipient) return [];
    return [
      {
        id: `${kind}${suffix}:${String(registration._id)}:${workshop.sequence}`,
        kind,
        recipient,
        workshopId: workshop._id,
        registrationId: registration._id,
        sequence: workshop.sequence,
      },
    ];
  });
}

/** Coordinators of eligible groups with nobody registered yet. */
async function toUnregisteredGroups(deps: Deps, workshop: WorkshopDoc): Promise<NewNotification[]> {
  const organizations = (await allOrganizations(deps)).filter(
    (org) =>
      (org.kind === 'MEMBER_GROUP' || org.kind === 'PARTNER') &&
      org.membershipStatus !== 'SUSPENDED' &&
      org.membershipStatus !== 'APPLICANT' &&
      isEligible(workshop, org),
  );
  if (organizations.length === 0) return [];
  const registered = await groupsWithPeopleIn(deps.database, workshop._id);
  const waiting = organizations.filter((org) => !registered.has(String(org._id)));
  const names = new Map(waiting.map((org) => [String(org._id), org.name]));
  const coordinators = await activeCoordinatorsOf(
    deps.database,
    waiting.map((org) => org._id),
  );
  return coordinators.map((user) => ({
    id: `REGISTRATION_DEADLINE:${String(user._id)}:${String(workshop._id)}:${workshop.sequence}`,
    kind: 'REGISTRATION_DEADLINE' as const,
    recipient: recipientOfUser(user),
    workshopId: workshop._id,
    sequence: workshop.sequence,
    data: { organizationName: names.get(String(user.organizationId)) ?? null },
  }));
}
