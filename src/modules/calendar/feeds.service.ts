import type { Types } from 'mongoose';
import type { AppDeps } from '../../app/context';
import type { RegistrationStatus } from '../registrations/registration.model';
import type { UserDoc } from '../users/user.model';
import type { WorkshopDoc } from '../workshops/workshop.model';
import { calendarPolicy } from './calendar.policy';
import type { FeedEntry } from './ics/feed-builder';
import type { CalendarWorkshop } from './ics/workshop-event';
import { feedRegistrations, type FeedRegistration } from '../registrations/registrations.queries';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'config' | 'programme'>;

const DAY = 86_400_000;

export type FeedWorkshop = CalendarWorkshop & Pick<WorkshopDoc, 'cancelledAt' | 'publishedAt' | 'openToAll' | 'eligibility'>;

/**
 * Whether a workshop belongs in feeds now: published or completed ones until CALENDAR_HISTORY_DAYS
 * after they end; cancelled ones that had been published, for CALENDAR_CANCELLED_RETENTION_DAYS
 * after the cancellation (STATUS:CANCELLED, so subscribed calendars drop or mark them).
 */
export function inFeeds(deps: Deps, workshop: Pick<WorkshopDoc, 'status' | 'endsAt' | 'cancelledAt' | 'publishedAt'>): boolean {
  const now = deps.clock.now().getTime();
  if (workshop.endsAt.getTime() <= now - deps.config.calendar.historyDays * DAY) return false;
  if (!calendarPolicy.publiclyListed(workshop)) return false;
  return (
    workshop.status !== 'CANCELLED' ||
    (Boolean(workshop.cancelledAt) && workshop.cancelledAt!.getTime() > now - deps.config.calendar.cancelledRetentionDays * DAY)
  );
}

/**
 * Every workshop of the public programme, in start order: from the programme in memory
 * (workshops.reads.ts), current with every change logged before this call, so read after the
 * feed stamps as before (feed-stamps.ts). No database read however large the programme.
 */
export async function loadPublicWorkshops(deps: Deps): Promise<FeedWorkshop[]> {
  const since = new Date(deps.clock.now().getTime() - deps.config.calendar.historyDays * DAY);
  const programme = await deps.programme.current();
  return programme.page({ statuses: null, endsAfter: since }, Number.POSITIVE_INFINITY).filter((row) => inFeeds(deps, row));
}

export function publicEntries(workshops: FeedWorkshop[], filter: { region?: string; topic?: string }): FeedEntry[] {
  return workshops
    .filter((w) => !filter.region || w.openToAll || (w.eligibility?.regions ?? []).includes(filter.region))
    .filter((w) => !filter.topic || (w.topics ?? []).includes(filter.topic))
    .map((workshop) => ({ workshop, includeJoiningLink: false, tentative: false }));
}

const FEED_STATUSES: RegistrationStatus[] = ['CONFIRMED', 'WAITLISTED', 'PENDING_APPROVAL', 'CANCELLED'];
const RANK: Record<string, number> = { CONFIRMED: 3, WAITLISTED: 2, PENDING_APPROVAL: 2, CANCELLED: 1 };

/**
 * A registration shows while active; a cancelled one only when the workshop's cancellation
 * cancelled it (so the person sees STATUS:CANCELLED), never when the person or group withdrew.
 */
function shows(registration: FeedRegistration, workshop: FeedWorkshop): boolean {
  if (registration.status !== 'CANCELLED') return true;
  return workshop.status === 'CANCELLED' && Boolean(workshop.cancelledAt) && (registration.cancelledAt?.getTime() ?? 0) >= workshop.cancelledAt!.getTime();
}

async function entriesFor(
  deps: Deps,
  registrations: FeedRegistration[],
  visibility: (best: FeedRegistration['status']) => { includeJoiningLink: boolean; tentative: boolean },
): Promise<FeedEntry[]> {
  const ids = [...new Map(registrations.map((r) => [String(r.workshopId), r.workshopId])).values()];
  if (ids.length === 0) return [];
  const programme = await deps.programme.current();
  const workshops = ids.map((id) => programme.get(String(id))).filter((w): w is WorkshopDoc => w !== undefined);
  const byId = new Map<string, FeedWorkshop>(workshops.filter((w) => inFeeds(deps, w)).map((w) => [String(w._id), w]));
  const best = new Map<string, FeedRegistration['status']>();
  for (const registration of registrations) {
    const workshop = byId.get(String(registration.workshopId));
    if (!workshop || !shows(registration, workshop)) continue;
    const key = String(workshop._id);
    const seen = best.get(key);
    if (!seen || RANK[registration.status]! > RANK[seen]!) best.set(key, registration.status);
  }
  return [...best.entries()]
    .map(([id, status]) => ({ workshop: byId.get(id)!, ...visibility(status) }))
    .sort((a, b) => a.workshop.startsAt.getTime() - b.workshop.startsAt.getTime() || String(a.workshop._id).localeCompare(String(b.workshop._id)));
}

/**
 * A person's own workshops: confirmed, TENTATIVE while waitlisted or pending. The joining link
 * only where they are confirmed (the rule of the workshop API; it keeps the feed a function of
 * registrations, so the feed stamps cover it).
 */
export async function personalEntries(deps: Deps, user: Pick<UserDoc, '_id' | 'email' | 'emailVerifiedAt'>): Promise<FeedEntry[]> {
  const registrations = await feedRegistrations(deps.database, { person: user }, FEED_STATUSES);
  return entriesFor(deps, registrations, (status) => ({
    includeJoiningLink: status === 'CONFIRMED',
    tentative: status === 'WAITLISTED' || status === 'PENDING_APPROVAL',
  }));
}

/** Every workshop a group's people are in (no names, no joining link): TENTATIVE unless one of them is confirmed. */
export async function groupEntries(deps: Deps, organizationId: Types.ObjectId): Promise<FeedEntry[]> {
  const registrations = await feedRegistrations(deps.database, { organizationId }, FEED_STATUSES);
  return entriesFor(deps, registrations, (status) => ({ includeJoiningLink: false, tentative: status === 'WAITLISTED' || status === 'PENDING_APPROVAL' }));
}
