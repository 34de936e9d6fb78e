import { DateTime } from 'luxon';
import { BadUserInputError } from '../../shared/errors';
import { LocalTimeError, localToInstant } from '../../shared/time/zoned-time';
import { MAX_WORKSHOP_SPAN_MS as MAX_SPAN_MS } from './workshop-span';

/** An instant given either with an offset (`startsAt`) or as wall-clock time in the venue's zone (`startsAtLocal`). */
export function resolveInstant(field: string, instant: Date | null | undefined, local: string | null | undefined, timeZone: string): Date | undefined {
  if (instant && local) throw new BadUserInputError(`Give ${field} or ${field}Local, not both.`, field);
  if (instant) return instant;
  if (!local) return undefined;
  try {
    return localToInstant(local, timeZone);
  } catch (err) {
    if (err instanceof LocalTimeError) throw new BadUserInputError(err.message, `${field}Local`);
    throw err;
  }
}

export interface SessionTimes {
  title: string;
  startsAt: Date;
  endsAt: Date;
}

/** The rules every schedule obeys, checked before anything is stored. */
export function checkSchedule(schedule: {
  startsAt: Date;
  endsAt: Date;
  sessions: SessionTimes[];
  registrationOpensAt: Date | null;
  registrationClosesAt: Date;
}): void {
  const { startsAt, endsAt } = schedule;
  if (endsAt <= startsAt) throw new BadUserInputError('The workshop must end after it starts.', 'endsAt');
  if (endsAt.getTime() - startsAt.getTime() > MAX_SPAN_MS) throw new BadUserInputError('A workshop lasts at most 62 days.', 'endsAt');
  schedule.sessions.forEach((session, index) => {
    if (session.endsAt <= session.startsAt) {
      throw new BadUserInputError(`Session "${session.title}" must end after it starts.`, `sessions.${index}.endsAt`);
    }
    if (session.startsAt < startsAt || session.endsAt > endsAt) {
      throw new BadUserInputError(`Session "${session.title}" must fall inside the workshop's start and end.`, `sessions.${index}`);
    }
  });
  if (schedule.registrationClosesAt > startsAt) {
    throw new BadUserInputError('Registration must close no later than the start.', 'registrationClosesAt');
  }
  if (schedule.registrationOpensAt && schedule.registrationOpensAt >= schedule.registrationClosesAt) {
    throw new BadUserInputError('Registration must open before it closes.', 'registrationOpensAt');
  }
}

/** Moves `instant` by the wall-clock shift from `from` to `to` in `zone` (same local time of day across DST). */
export function shiftLocal(instant: Date, zone: string, from: Date, to: Date): Date {
  const shift = DateTime.fromJSDate(to, { zone }).diff(DateTime.fromJSDate(from, { zone }), ['days', 'minutes']);
  return DateTime.fromJSDate(instant, { zone }).plus({ days: shift.days, minutes: shift.minutes }).toJSDate();
}
