import { Types } from 'mongoose';
import { parseId } from '../../shared/ids';
import { BadUserInputError } from '../../shared/errors';
import type { ServiceContext } from '../../app/context';
import { parseInput } from '../../shared/validation';
import { authorize } from '../../shared/access/authorize';
import { expandSeries, RecurrenceError } from './time/recurrence';
import { shiftLocal } from './workshop-schedule';
import type { WorkshopDoc } from './workshop.model';
import { workshopsPolicy as policy } from './workshops.policy';
import { checkEligibleOrganizations, checkFacilitators, newWorkshopFields, resolveSchedule, updateWorkshop } from './workshops.service';
import { workshopSchemas } from './workshops.validation';

type Ctx = Pick<ServiceContext, 'viewer' | 'database' | 'clock' | 'config' | 'loaders' | 'events' | 'seats' | 'programme' | 'directory'>;

export async function createWorkshopSeries(ctx: Ctx, input: { workshop: unknown; rrule: string }) {
  const viewer = authorize(ctx.viewer, policy.plan);
  const data = parseInput(workshopSchemas(ctx.config).create, input.workshop, 'workshop');
  const first = resolveSchedule(data, null);
  await checkEligibleOrganizations(ctx, data.eligibility?.organizationIds ?? []);
  await checkFacilitators(ctx, data.facilitators ?? []);
  if (typeof input.rrule !== 'string' || input.rrule.length > 500) throw new BadUserInputError('The RRULE is too long.', 'rrule');
  let occurrences: ReturnType<typeof expandSeries>;
  try {
    occurrences = expandSeries({
      rrule: input.rrule,
      firstStartsAt: first.startsAt,
      durationMs: first.endsAt.getTime() - first.startsAt.getTime(),
      timeZone: data.timeZone,
    });
  } catch (err) {
    if (err instanceof RecurrenceError) throw new BadUserInputError(err.message, 'rrule');
    throw err;
  }
  const seriesId = new Types.ObjectId();
  const shift = (instant: Date, to: Date) => shiftLocal(instant, data.timeZone, first.startsAt, to);
  const docs = occurrences.map((occurrence) => ({
    ...newWorkshopFields(data, viewer.userId),
    seriesId,
    startsAt: occurrence.startsAt,
    endsAt: occurrence.endsAt,
    sessions: first.sessions.map((s) => ({ ...s, startsAt: shift(s.startsAt, occurrence.startsAt), endsAt: shift(s.endsAt, occurrence.startsAt) })),
    registrationOpensAt: first.registrationOpensAt ? shift(first.registrationOpensAt, occurrence.startsAt) : null,
    registrationClosesAt: shift(first.registrationClosesAt, occurrence.startsAt),
  }));
  const inserted = await ctx.database.models.Workshop.insertMany(docs);
  return { seriesId: String(seriesId), workshops: inserted.map((doc) => doc.toObject() as WorkshopDoc) };
}

const TIME_INPUTS = ['startsAt', 'startsAtLocal', 'endsAt', 'endsAtLocal'] as const;

/**
 * An edit to this occurrence and every later one still open. Other fields are copied as given;
 * a new start or end moves each later occurrence by the same wall-clock shift in its zone.
 * Each occurrence is its own revision: a failure part-way leaves every stored one valid.
 */
export async function updateFutureOccurrences(ctx: Ctx, input: Record<string, unknown>) {
  // Who may edit, and whether the id is one, before anything is read (a malformed id was a 500).
  authorize(ctx.viewer, policy.plan);
  if ('sessions' in input) throw new BadUserInputError('Change sessions one occurrence at a time.', 'sessions');
  const before = await ctx.database.models.Workshop.findById(parseId(input.id)).lean<WorkshopDoc>();
  const updated = await updateWorkshop(ctx, input);
  if (!before?.seriesId) return { workshop: updated, alsoUpdated: [] };
  const later = await ctx.database.models.Workshop.find({
    seriesId: before.seriesId,
    _id: { $ne: before._id },
    startsAt: { $gt: before.startsAt },
    status: { $in: ['DRAFT', 'PUBLISHED'] },
  })
    .sort({ startsAt: 1, _id: 1 })
    .lean<WorkshopDoc[]>();
  const copied = Object.fromEntries(Object.entries(input).filter(([key]) => key !== 'id' && !(TIME_INPUTS as readonly string[]).includes(key)));
  const timesMoved = TIME_INPUTS.some((key) => key in input);
  const alsoUpdated: WorkshopDoc[] = [];
  for (const occurrence of later) {
    const change: Record<string, unknown> = { ...copied, id: String(occurrence._id) };
    if (timesMoved) {
      change.startsAt = shiftLocal(occurrence.startsAt, updated.timeZone, before.startsAt, updated.startsAt);
      change.endsAt = shiftLocal(occurrence.endsAt, updated.timeZone, before.endsAt, updated.endsAt);
    }
    alsoUpdated.push(await updateWorkshop(ctx, change));
  }
  return { workshop: updated, alsoUpdated };
}
