/** A workshop lasts at most this long (checkSchedule refuses longer ones with BAD_USER_INPUT). */
export const MAX_WORKSHOP_SPAN_MS = 62 * 24 * 3_600_000;

/**
 * `endsAt > instant`, with the `startsAt` bound it implies (a workshop that ends after `instant`
 * started less than 62 days before it), so an index on `startsAt` serves the query on MongoDB
 * instead of walking every workshop that ever started.
 */
export function endsAfter(instant: Date): { endsAt: { $gt: Date }; startsAt: { $gt: Date } } {
  return { endsAt: { $gt: instant }, startsAt: { $gt: new Date(instant.getTime() - MAX_WORKSHOP_SPAN_MS) } };
}

/** `endsAt < instant` (or `<=`), with the bound it implies: such a workshop started before `instant`. */
export function endedBy(instant: Date, inclusive = false): { endsAt: { $lt: Date } | { $lte: Date }; startsAt: { $lt: Date } } {
  return { endsAt: inclusive ? { $lte: instant } : { $lt: instant }, startsAt: { $lt: instant } };
}
