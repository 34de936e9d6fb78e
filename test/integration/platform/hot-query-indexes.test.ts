import fs from 'node:fs';
import path from 'node:path';
import mongoose from 'mongoose';
import { CLAIM_INDEXES, CLAIMS_COLLECTION } from '../../../src/db/claims';
import { registerModels } from '../../../src/db/models';

/**
 * Every hot query has an index on MongoDB that bounds its scan (FerretDB 1.x uses none but `_id`,
 * so this is a static check: the shapes below against the indexes the models declare; no server
 * needed). Each shape quotes its query's source, so a changed query fails here until its shape is
 * looked at again.
 *
 * An index serves a shape when
 *  - its leading fields are equality fields of the query (`$in` counts: MongoDB merges the runs),
 *    at least one of them when the query has any;
 *  - with a sort: the fields right after those are the sort's (same or all reversed directions);
 *  - with a range: the field right after them is a range field, so the range bounds the scan;
 *  - with neither: the leading fields are all of the equality fields.
 */
interface HotQuery {
  name: string;
  collection: string;
  /** A file and a piece of the query's code, which must still be there. */
  source: [file: string, snippet: string];
  equality?: string[];
  range?: string[];
  sort?: Record<string, 1 | -1>;
}

/** The Secretariat's delivery list reads both the record and the outbox, by the same four shapes. */
function deliveryLists(collection: string, list: string): HotQuery[] {
  const service = 'src/modules/notifications/notifications.service.ts';
  const byWorkshop = 'if (filter.workshopId) query.workshopId = filter.workshopId;';
  const sort = { createdAt: -1, _id: -1 } as const;
  return [
    { name: `${list}, unfiltered`, collection, source: ['src/modules/notifications/outbox.ts', 'query = query.sort({ createdAt: -1, _id: -1 })'], sort },
    { name: `${list} by states`, collection, source: [service, "query['delivery.state'] = { $in: filter.states }"], equality: ['delivery.state'], sort },
    { name: `${list} of one workshop`, collection, source: [service, byWorkshop], equality: ['workshopId'], sort },
    { name: `${list} of one workshop by states`, collection, source: [service, byWorkshop], equality: ['workshopId', 'delivery.state'], sort },
  ];
}

const HOT_QUERIES: HotQuery[] = [
  // ---- the three the MongoDB review named ----
  {
    name: 'the expired-offer sweep (registrations/expire-offers)',
    collection: 'registrations',
    source: [
      'src/modules/registrations/seating/workshop-wide.ts',
      "const due = { status: 'WAITLISTED' as const, offerExpiresAt: { $ne: null, $lte: ctx.clock.now() } };",
    ],
    equality: ['status'],
    range: ['offerExpiresAt'],
  },
  ...deliveryLists('notifications', "the Secretariat's delivery list"),
  ...deliveryLists('notificationOutbox', "the Secretariat's delivery list (messages not sent yet)"),
  {
    name: "the retention job's ended workshops (registrations/anonymise-participants)",
    collection: 'workshops',
    source: ['src/modules/workshops/workshops.queries.ts', 'Workshop.find(endedBy(instant), { _id: 1 })'],
    range: ['endsAt', 'startsAt'],
  },
  {
    name: "the ephemeral answers' purge (personal-data/purge-ephemeral-answers): a due workshop's registrations holding them",
    collection: 'registrations',
    source: ['src/modules/registrations/answers-retention.ts', "Registration.find({ workshopId, 'answers.questionId': { $in: questionIds } })"],
    equality: ['workshopId'],
  },
  // ---- endsAt filters, bounded on startsAt (workshop-span.ts) ----
  // workshops() reads no collection: its pages come from the in-process programme
  // (workshops/programme.ts), proven current by the change log's point reads.
  // Nor does the public calendar feed: it walks the same programme (calendar/feeds.service.ts).
  {
    name: "the Secretariat's digest: upcoming workshops",
    collection: 'workshops',
    source: ['src/modules/workshops/workshops.queries.ts', "Workshop.find({ status: 'PUBLISHED', ...endsAfter(instant) }"],
    equality: ['status'],
    range: ['endsAt', 'startsAt'],
  },
  {
    name: 'workshops/complete-ended',
    collection: 'workshops',
    source: ['src/modules/workshops/workshops.service.ts', "Workshop.find({ status: 'PUBLISHED', ...endedBy(now, true) })"],
    equality: ['status'],
    range: ['endsAt', 'startsAt'],
  },
  // ---- registrations ----
  {
    name: 'registrations(workshopId) without a status filter',
    collection: 'registrations',
    source: ['src/modules/registrations/registrations.reads.ts', 'Registration.find(query).sort({ _id: 1 })'],
    equality: ['workshopId'],
    sort: { _id: 1 },
  },
  {
    name: 'registrations(workshopId, filter: { status })',
    collection: 'registrations',
    source: ['src/modules/registrations/registrations.reads.ts', 'if (filter.status) query.status = filter.status;'],
    equality: ['workshopId', 'status'],
    sort: { _id: 1 },
  },
  {
    name: "registrations(workshopId) for a coordinator (the group's own)",
    collection: 'registrations',
    source: [
      'src/modules/registrations/registrations.reads.ts',
      "if (scope === 'group') return { organizationId: new Types.ObjectId(viewer.organizationId) };",
    ],
    equality: ['workshopId', 'organizationId'],
    sort: { _id: 1 },
  },
  {
    name: 'the participants CSV',
    collection: 'registrations',
    source: ['src/modules/registrations/participants-export.route.ts', 'Registration.find({ workshopId: workshop._id }).sort({ _id: 1 })'],
    equality: ['workshopId'],
    sort: { _id: 1 },
  },
  {
    name: 'myRegistrations (by account)',
    collection: 'registrations',
    source: ['src/modules/registrations/registrations.reads.ts', "{ 'participant.userId': new Types.ObjectId(viewer.userId) }"],
    equality: ['participant.userId'],
    sort: { _id: 1 },
  },
  {
    name: 'myRegistrations (by email, registered before the account)',
    collection: 'registrations',
    source: ['src/modules/users/email-proof.ts', "{ 'participant.email': user.email }"],
    equality: ['participant.email'],
    sort: { _id: 1 },
  },
  // settle(workshopId) reads no collection: a workshop's seated and waiting registrations come from
  // the seating in memory (registrations/seat-tally.ts), proved current at the read.
  // ---- jobs ----
  {
    name: 'notifications/deliver: due messages, oldest first',
    collection: 'notificationOutbox',
    source: ['src/modules/notifications/delivery.service.ts', ".sort({ 'delivery.nextAttemptAt': 1 })"],
    equality: ['delivery.state'],
    range: ['delivery.nextAttemptAt'],
    sort: { 'delivery.nextAttemptAt': 1 },
  },
  {
    name: 'notifications/fire-plans: due plans',
    collection: 'notificationPlans',
    source: ['src/modules/notifications/planning.service.ts', 'NotificationPlan.find({ firedAt: null, dueAt: { $lte: now } })'],
    equality: ['firedAt'],
    range: ['dueAt'],
    sort: { dueAt: 1 },
  },
  {
    name: 'system/sweep-claims',
    collection: CLAIMS_COLLECTION,
    source: ['src/db/claims.ts', 'deleteMany({ expiresAt: { $lt: now } })'],
    range: ['expiresAt'],
  },
  {
    name: 'registrations/reconcile-claims: upcoming workshops in start order',
    collection: 'workshops',
    source: ['src/modules/workshops/workshops.queries.ts', '.sort({ startsAt: 1, _id: 1 })'],
    equality: ['status'],
    range: ['startsAt'],
    sort: { startsAt: 1, _id: 1 },
  },
  {
    name: "registrations/reconcile-claims: a batch's registrations",
    collection: 'registrations',
    source: ['src/modules/registrations/reconcile.service.ts', '{ workshopId: { $in: ids } },'],
    equality: ['workshopId'],
  },
  {
    name: "registrations/reconcile-claims: a batch's seating claims",
    collection: CLAIMS_COLLECTION,
    source: ['src/modules/registrations/reconcile.service.ts', "find({ 'data.workshopId': { $in: ids.map(String) }, kind: { $in: SEATING_CLAIM_KINDS } })"],
    equality: ['data.workshopId', 'kind'],
  },
  {
    name: 'users/sweep-sessions: sessions',
    collection: 'sessions',
    source: ['src/modules/users/jobs/sweep-sessions.job.ts', 'Session.deleteMany({ expiresAt: { $lt: before } })'],
    range: ['expiresAt'],
  },
  {
    name: 'users/sweep-sessions: invitations',
    collection: 'invitations',
    source: ['src/modules/users/jobs/sweep-sessions.job.ts', 'Invitation.deleteMany({ expiresAt: { $lt: before }, acceptedAt: null })'],
    range: ['expiresAt'],
  },
  // ---- lists people page through ----
  {
    name: 'notifications(): a person’s in-app list',
    collection: 'notifications',
    source: [
      'src/modules/notifications/notifications.service.ts',
      "const ownQuery = (viewer: Viewer) => ({ 'recipient.userId': viewer.userId, 'delivery.state': { $in: SHOWN_STATES } });",
    ],
    equality: ['recipient.userId', 'delivery.state'],
    sort: { createdAt: -1, _id: -1 },
  },
  {
    name: 'notifications(): a person’s in-app list (messages not sent yet)',
    collection: 'notificationOutbox',
    source: [
      'src/modules/notifications/notifications.service.ts',
      "const ownQuery = (viewer: Viewer) => ({ 'recipient.userId': viewer.userId, 'delivery.state': { $in: SHOWN_STATES } });",
    ],
    equality: ['recipient.userId', 'delivery.state'],
    sort: { createdAt: -1, _id: -1 },
  },
  // resources() and organizations() read no collection either: they come from the library and the
  // directory in memory (resources/library.ts, organizations/directory.ts).
];

type Key = Record<string, 1 | -1>;

/** Why `key` does not serve `query`, or null when it does (the rule at the top). */
function whyNot(key: Key, query: HotQuery): string | null {
  const fields = Object.entries(key).filter(([, direction]) => direction === 1 || direction === -1);
  const equality = new Set(query.equality ?? []);
  let lead = 0;
  while (lead < fields.length && equality.has(fields[lead]![0])) lead++;
  if (equality.size > 0 && lead === 0) return 'does not start with an equality field';
  const after = fields.slice(lead);
  const range = query.range ?? [];
  const sort = Object.entries(query.sort ?? {}).filter(([field]) => !fields.slice(0, lead).some(([f]) => f === field));
  if (sort.length > 0) {
    const next = after.slice(0, sort.length);
    if (next.length < sort.length || next.some(([field], i) => field !== sort[i]![0])) return 'the sort fields do not follow the equality fields';
    const same = next.every(([, d], i) => d === sort[i]![1]);
    const reversed = next.every(([, d], i) => d === -sort[i]![1]);
    if (!same && !reversed) return 'the sort directions do not match';
  }
  if (range.length > 0) {
    if (!after[0] || !range.includes(after[0][0])) return 'no range field right after the equality fields: the scan is unbounded';
  } else if (sort.length === 0 && lead < equality.size) {
    return 'not every equality field leads';
  }
  return null;
}

const root = path.resolve(__dirname, '../../..');

describe('every hot query has an index that bounds it on MongoDB', () => {
  const connection = mongoose.createConnection();
  const models = registerModels(connection);
  const declared = new Map<string, Key[]>();
  for (const model of Object.values(models)) {
    declared.set(model.collection.collectionName, [{ _id: 1 }, ...model.schema.indexes().map(([key]) => key as Key)]);
  }
  declared.set(CLAIMS_COLLECTION, [{ _id: 1 }, ...CLAIM_INDEXES]);
  afterAll(() => connection.close());

  it.each(HOT_QUERIES.map((query) => [query.name, query] as const))('%s', (_name, query) => {
    const [file, snippet] = query.source;
    // White space aside, so the formatter's line breaks do not count as a changed query.
    const squash = (text: string) => text.replace(/\s+/g, '');
    expect({ file, quoted: squash(fs.readFileSync(path.join(root, file), 'utf8')).includes(squash(snippet)) }).toEqual({ file, quoted: true });
    const indexes = declared.get(query.collection);
    expect(indexes).toBeDefined();
    const serving = indexes!.filter((key) => whyNot(key, query) === null);
    expect({ query: query.name, serving: serving.length > 0 ? 'some' : indexes!.map((key) => `${JSON.stringify(key)}: ${whyNot(key, query)}`) }).toEqual({
      query: query.name,
      serving: 'some',
    });
  });

  it('the rule itself: a status-first index does not serve a query without status, and an unbounded endsAt does not pass', () => {
    const list: HotQuery = { name: 'x', collection: 'registrations', source: ['', ''], equality: ['workshopId'], sort: { _id: 1 } };
    expect(whyNot({ workshopId: 1, status: 1, _id: 1 }, list)).toBe('the sort fields do not follow the equality fields');
    expect(whyNot({ workshopId: 1, _id: 1 }, list)).toBeNull();
    expect(whyNot({ workshopId: -1, _id: -1 }, list)).toBeNull();
    const unbounded: HotQuery = {
      name: 'y',
      collection: 'workshops',
      source: ['', ''],
      equality: ['status'],
      range: ['endsAt'],
      sort: { startsAt: 1, _id: 1 },
    };
    expect(whyNot({ status: 1, startsAt: 1, _id: 1 }, unbounded)).toBe('no range field right after the equality fields: the scan is unbounded');
    expect(whyNot({ status: 1, startsAt: 1, _id: 1 }, { ...unbounded, range: ['endsAt', 'startsAt'] })).toBeNull();
  });
});
