import type { DomainEventMap } from '../../../src/events/domain-events';
import { holdAt } from '../../../src/db/race-points';
import { givenRegistration, givenWorkshop, useNetworkApp } from '../../helpers/fixtures';
import { countCommands } from '../../helpers/command-counter';
import { operation } from '../../gql';
import type { CreateWorkshopInput, UpdateWorkshopInput } from '../../gql/graphql';
import { errorCodes, graphql } from '../../helpers/graphql';

operation(`fragment PlanningWorkshop on Workshop { id title status sequence format timeZone startsAt endsAt onlineUrl capacity perGroupQuota
  registrationClosesAt requiresApproval venue { name city country } topics languages
  sessions { title startsAt endsAt } eligibility { regions organizationIds } seats { capacity confirmed waitlisted available } }`);
const CREATE = operation(`mutation PlanningCreate($input: CreateWorkshopInput!) { createWorkshop(input: $input) { workshop { ...PlanningWorkshop } } }`);
const UPDATE = operation(`mutation PlanningUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { ...PlanningWorkshop } } }`);
const PUBLISH = operation(`mutation PlanningPublish($id: ID!) { publishWorkshop(input: { id: $id }) { workshop { id status sequence } } }`);
const CANCEL = operation(
  `mutation PlanningCancel($id: ID!, $reason: String!) { cancelWorkshop(input: { id: $id, reason: $reason }) { workshop { id status sequence cancellationReason } } }`,
);
const COMPLETE = operation(`mutation PlanningComplete($id: ID!) { completeWorkshop(input: { id: $id }) { workshop { id status } } }`);

const base: CreateWorkshopInput = {
  kind: 'WORKSHOP',
  title: 'Safeguarding children in travel and tourism',
  summary: 'Practical tools for hotel and tour operators.',
  format: 'IN_PERSON',
  venue: { name: 'Riverside Training Centre', city: 'Bangkok', country: 'th' },
  timeZone: 'Asia/Bangkok',
  startsAt: '2026-05-04T09:00:00+07:00',
  endsAt: '2026-05-06T17:00:00+07:00',
  capacity: 30,
  topics: ['EXPLOITATION_IN_TRAVEL_AND_TOURISM'],
  languages: ['en', 'th'],
};

describe('planning workshops', () => {
  const env = useNetworkApp();
  const create = (input: Partial<CreateWorkshopInput>, token = env.network.tokens.staff) =>
    graphql(env.app.url, CREATE, { input: { ...base, ...input } }, { token });
  const update = (input: UpdateWorkshopInput) => graphql(env.app.url, UPDATE, { input }, { token: env.network.tokens.staff });
  const events = () => {
    const seen: { name: keyof DomainEventMap; payload: unknown }[] = [];
    for (const name of [
      'workshop.published',
      'workshop.updated',
      'workshop.rescheduled',
      'workshop.relocated',
      'workshop.cancelled',
      'workshop.completed',
    ] as const) {
      env.app.deps.events.on(name, (payload) => void seen.push({ name, payload }));
    }
    return seen;
  };

  it('creates a draft from times with offsets, with sessions inside its span', async () => {
    const response = await create({
      sessions: [
        { title: 'Day 2', startsAt: '2026-05-05T09:00:00+07:00', endsAt: '2026-05-05T17:00:00+07:00' },
        { title: 'Day 1', startsAtLocal: '2026-05-04T09:00', endsAtLocal: '2026-05-04T17:00' },
      ],
      perGroupQuota: 3,
      requiresApproval: true,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.createWorkshop.workshop).toMatchObject({
      status: 'DRAFT',
      sequence: 0,
      startsAt: '2026-05-04T02:00:00.000Z',
      endsAt: '2026-05-06T10:00:00.000Z',
      registrationClosesAt: '2026-05-04T02:00:00.000Z',
      venue: { name: 'Riverside Training Centre', city: 'Bangkok', country: 'TH' },
      sessions: [
        { title: 'Day 1', startsAt: '2026-05-04T02:00:00.000Z', endsAt: '2026-05-04T10:00:00.000Z' },
        { title: 'Day 2', startsAt: '2026-05-05T02:00:00.000Z', endsAt: '2026-05-05T10:00:00.000Z' },
      ],
      eligibility: { regions: [], organizationIds: [] },
      seats: { capacity: 30, confirmed: 0, waitlisted: 0, available: 30 },
      perGroupQuota: 3,
      requiresApproval: true,
    });
  });

  it('takes local date-times in the venue zone, and refuses one that DST skips or repeats', async () => {
    const paris = { timeZone: 'Europe/Paris', venue: { name: 'Salle B', city: 'Paris', country: 'FR' }, startsAt: undefined, endsAt: undefined };
    const ok = await create({ ...paris, startsAtLocal: '2026-03-29T09:00', endsAtLocal: '2026-03-29T12:00' });
    expect(ok.data?.createWorkshop.workshop.startsAt).toBe('2026-03-29T07:00:00.000Z'); // CEST, +02:00
    const gap = await create({ ...paris, startsAtLocal: '2026-03-29T02:30', endsAtLocal: '2026-03-29T12:00' });
    expect(errorCodes(gap)).toEqual(['BAD_USER_INPUT']);
    expect(gap.errors?.[0]?.extensions?.field).toBe('startsAtLocal');
    expect(gap.errors?.[0]?.message).toMatch(/does not exist in Europe\/Paris/);
    const overlap = await create({ ...paris, startsAtLocal: '2026-10-25T02:30', endsAtLocal: '2026-10-25T12:00' });
    expect(errorCodes(overlap)).toEqual(['BAD_USER_INPUT']);
    expect(overlap.errors?.[0]?.message).toMatch(/twice/);
  });

  it.each([
    ['end before start', { endsAt: '2026-05-04T08:00:00+07:00' }, 'endsAt'],
    ['a session outside the span', { sessions: [{ title: 'Late', startsAt: '2026-05-07T09:00:00+07:00', endsAt: '2026-05-07T10:00:00+07:00' }] }, 'sessions.0'],
    ['an unknown time zone', { timeZone: 'Asia/Atlantis' }, 'timeZone'],
    ['a fixed offset as time zone', { timeZone: '+07:00' }, 'timeZone'],
    ['a window closing after the start', { registrationClosesAt: '2026-05-05T00:00:00Z' }, 'registrationClosesAt'],
    ['a window opening after it closes', { registrationOpensAt: '2026-05-04T01:00:00Z', registrationClosesAt: '2026-05-03T00:00:00Z' }, 'registrationOpensAt'],
    ['both startsAt and startsAtLocal', { startsAtLocal: '2026-05-04T09:00' }, 'startsAt'],
    ['a time without offset in startsAt', { startsAt: '2026-05-04T09:00:00' }, undefined],
    ['capacity 0', { capacity: 0 }, 'capacity'],
    ['a quota above capacity', { perGroupQuota: 31 }, 'perGroupQuota'],
    ['an unknown topic', { topics: ['GARDENING'] }, 'topics.0'],
    ['a javascript: link', { onlineUrl: 'javascript:alert(1)' }, 'onlineUrl'],
    ['an unknown eligible organisation', { eligibility: { organizationIds: ['0123456789abcdef01234567'] } }, 'eligibility.organizationIds.0'],
    ['a huge title', { title: 'x'.repeat(201) }, 'title'],
    ['an unknown facilitator account', { facilitators: [{ name: 'A' }, { name: 'B', userId: '0123456789abcdef01234567' }] }, 'facilitators.1.userId'],
  ])('refuses %s with BAD_USER_INPUT, storing nothing', async (_name, change, field) => {
    const before = await env.db.current.models.Workshop.countDocuments({});
    const response = await create(change);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    if (field) expect(response.errors?.[0]?.extensions?.field).toBe(field);
    expect(await env.db.current.models.Workshop.countDocuments({})).toBe(before);
  });

  it('publishes only what attendees can reach, then raises the sequence on visible changes only', async () => {
    const seen = events();
    const draft = (await create({ format: 'HYBRID' })).data!.createWorkshop.workshop;
    const refused = await graphql(env.app.url, PUBLISH, { id: draft.id }, { token: env.network.tokens.staff });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0]?.extensions?.field).toBe('onlineUrl');

    await update({ id: draft.id, onlineUrl: 'https://meet.example.org/abc' });
    const published = await graphql(env.app.url, PUBLISH, { id: draft.id }, { token: env.network.tokens.staff });
    expect(published.data?.publishWorkshop.workshop).toEqual({ id: draft.id, status: 'PUBLISHED', sequence: 0 });

    const retitled = await update({ id: draft.id, title: 'Safeguarding in tourism: practice' });
    expect(retitled.data?.updateWorkshop.workshop.sequence).toBe(0);
    const moved = await update({ id: draft.id, startsAt: '2026-05-11T09:00:00+07:00', endsAt: '2026-05-13T17:00:00+07:00' });
    expect(moved.data?.updateWorkshop.workshop).toMatchObject({ sequence: 1, registrationClosesAt: '2026-05-11T02:00:00.000Z' });
    const relinked = await update({ id: draft.id, onlineUrl: 'https://meet.example.org/new' });
    expect(relinked.data?.updateWorkshop.workshop.sequence).toBe(2);

    await new Promise((resolve) => setImmediate(resolve));
    const names = seen.map((e) => e.name);
    expect(names).toEqual(['workshop.published', 'workshop.updated', 'workshop.rescheduled', 'workshop.updated', 'workshop.relocated', 'workshop.updated']);
    expect(seen[2]?.payload).toMatchObject({ workshopId: draft.id, sequence: 1, previousStartsAt: new Date('2026-05-04T02:00:00Z') });
  });

  it('cancels with a reason (sequence up, kept for the record) and refuses edits afterwards', async () => {
    const stored = await givenWorkshop(env.db.current, { sequence: 3 });
    const cancelled = await graphql(env.app.url, CANCEL, { id: String(stored._id), reason: 'Venue closed by floods' }, { token: env.network.tokens.admin });
    expect(cancelled.data).toEqual({
      cancelWorkshop: { workshop: { id: String(stored._id), status: 'CANCELLED', sequence: 4, cancellationReason: 'Venue closed by floods' } },
    });
    expect(errorCodes(await update({ id: String(stored._id), title: 'Back on' }))).toEqual(['CONFLICT']);
    expect(errorCodes(await graphql(env.app.url, CANCEL, { id: String(stored._id), reason: 'again' }, { token: env.network.tokens.admin }))).toEqual([
      'CONFLICT',
    ]);
    expect(errorCodes(await graphql(env.app.url, PUBLISH, { id: String(stored._id) }, { token: env.network.tokens.admin }))).toEqual(['CONFLICT']);
  });

  it('completes a workshop only after it ends', async () => {
    const upcoming = await givenWorkshop(env.db.current, { startsAt: new Date('2026-03-10T02:00:00Z') });
    expect(errorCodes(await graphql(env.app.url, COMPLETE, { id: String(upcoming._id) }, { token: env.network.tokens.staff }))).toEqual(['CONFLICT']);
    const ended = await givenWorkshop(env.db.current, { startsAt: new Date('2026-02-27T02:00:00Z') });
    const done = await graphql(env.app.url, COMPLETE, { id: String(ended._id) }, { token: env.network.tokens.staff });
    expect(done.data).toEqual({ completeWorkshop: { workshop: { id: String(ended._id), status: 'COMPLETED' } } });
  });

  it('refuses a capacity below those already confirmed', async () => {
    const stored = await givenWorkshop(env.db.current, { capacity: 20 });
    // The check counts the registrations themselves (the stored figures may lag a burst).
    for (let i = 0; i < 12; i++) await givenRegistration(env.db.current, { workshopId: stored._id, organizationId: env.network.group._id });
    await env.db.current.models.SeatCount.create({ _id: stored._id, confirmed: 12 });
    const response = await update({ id: String(stored._id), capacity: 10 });
    expect(errorCodes(response)).toEqual(['CONFLICT']);
    expect((await env.db.current.models.Workshop.findById(stored._id).lean())?.capacity).toBe(20);
    expect((await update({ id: String(stored._id), capacity: 12 })).data?.updateWorkshop.workshop).toMatchObject({
      seats: { capacity: 12, confirmed: 12, available: 0 },
    });
  });

  it('lets one of two concurrent edits land and answers CONFLICT to the other', async () => {
    const stored = await givenWorkshop(env.db.current);
    // The first edit is held between its read and its write while the second runs to the end.
    const held = holdAt(env.db.current, 'workshop-revision', String(stored._id));
    try {
      const first = update({ id: String(stored._id), title: 'Held edit' });
      await held.reached;
      const second = await update({ id: String(stored._id), title: 'Edit that ran through' });
      held.release();
      expect(second.errors).toBeUndefined();
      expect(errorCodes(await first)).toEqual(['CONFLICT']);
    } finally {
      held.release();
    }
    const final = await env.db.current.models.Workshop.findById(stored._id).lean();
    expect(final).toMatchObject({ title: 'Edit that ran through', revision: 1 });
  });

  it('reaches the workshops collection only by _id when it edits and publishes (FerretDB decodes every workshop for any other filter)', async () => {
    const stored = await givenWorkshop(env.db.current, { status: 'DRAFT' });
    const { seen } = await countCommands(env.db.current.client, async () => {
      expect((await update({ id: String(stored._id), title: 'Renamed by _id' })).errors).toBeUndefined();
      const published = await graphql(env.app.url, PUBLISH, { id: String(stored._id) }, { token: env.network.tokens.staff });
      expect(published.errors).toBeUndefined();
    });
    const workshopCommands = seen.filter((command) => command.collection === 'workshops');
    expect(workshopCommands.map((command) => command.name)).toEqual(expect.arrayContaining(['findAndModify']));
    for (const command of workshopCommands) expect(Object.keys(command.filter ?? {})).toEqual(['_id']);
    expect(await env.db.current.models.Workshop.findById(stored._id).lean()).toMatchObject({ title: 'Renamed by _id', status: 'PUBLISHED', revision: 2 });
  });

  it('answers NOT_FOUND and BAD_USER_INPUT for unknown and malformed ids', async () => {
    expect(errorCodes(await update({ id: '0123456789abcdef01234567', title: 'abc' }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await update({ id: '../etc', title: 'abc' }))).toEqual(['BAD_USER_INPUT']);
  });
});
