import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { Types } from 'mongoose';
import type { Database } from '../../../src/db/database';
import { FILES_BUCKET } from '../../../src/db/file-storage';
import { reconcileClaims } from '../../../src/modules/registrations/reconcile.service';
import { reconcileResources, UPLOAD_GRACE_MS } from '../../../src/modules/resources/reconcile.service';
import type { TestApp } from '../../helpers/app';
import { givenNetwork, givenWorkshop, type Network } from '../../helpers/fixtures';
import type { WireCommand } from '../../helpers/cutting-proxy';
import { operation } from '../../gql';
import type { DatabaseOutageRegisterMutation } from '../../gql/graphql';
import { graphql, type GraphQLResponse } from '../../helpers/graphql';
import { useOwnFerretdb } from '../../helpers/own-ferretdb';
import { waitFor } from '../../helpers/wait';
import { pdfBytes, storedFileCounts } from '../resources/resource-fixtures';

const REGISTER = operation(`mutation DatabaseOutageRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }`);

type RegisterAnswer = GraphQLResponse<DatabaseOutageRegisterMutation>;

/**
 * The database dies in the middle of registrations and an upload, then comes back: requests in
 * between fail with a clear error (not a hang), /readyz says so, the same process recovers, and
 * what was written is whole (reconcile jobs free what a cut-off request claimed). A proxy between
 * the app and its own FerretDB cuts every connection at a chosen command, so the cut lands inside
 * a request every run.
 */
describe('the database dies and comes back', () => {
  const own = useOwnFerretdb('outage', { proxy: true });
  let database: Database;
  let app: TestApp;
  let network: Network;

  beforeAll(async () => {
    ({ database, app } = own);
    network = await givenNetwork(database, app.url);
  });
  // A failed test must not leave the next one without its database.
  afterEach(() => own.proxy.heal());

  const register = (workshopId: unknown, email: string): Promise<RegisterAnswer> =>
    graphql(
      app.url,
      REGISTER,
      { input: { workshopId: String(workshopId), organizationId: String(network.group._id), participants: [{ name: email.split('@')[0], email }] } },
      { token: network.tokens.coordinator },
    );
  const isRegistrationInsert = (command: WireCommand) => command.name === 'insert' && command.collection === 'registrations';
  const expectDatabaseUnavailable = (answer: RegisterAnswer) => {
    expect(answer.status).toBeGreaterThan(0);
    expect(answer.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'DATABASE_UNAVAILABLE' }));
    expect(answer.errors?.[0]?.message).toMatch(/database is unavailable/i);
  };
  const claimCounts = async (workshopId: unknown) => ({
    seats: await database.db.collection('claims').countDocuments({ _id: { $regex: `^ws:${String(workshopId)}:seat:` } } as never),
    persons: await database.db.collection('claims').countDocuments({ _id: { $regex: `^ws:${String(workshopId)}:person:` } } as never),
  });
  const registrationCounts = async (workshopId: Types.ObjectId) => ({
    confirmed: await database.models.Registration.countDocuments({ workshopId, status: 'CONFIRMED' }),
    active: await database.models.Registration.countDocuments({ workshopId, status: { $nin: ['CANCELLED', 'DECLINED'] } }),
  });

  it('answers DATABASE_UNAVAILABLE to requests cut mid-write, recovers without a restart, and leaves no registration half-written', async () => {
    const workshop = await givenWorkshop(database, { capacity: 5 });
    // A burst of 8 registrations for 5 seats; the database dies as the third registration is written.
    const cut = own.proxy.cutAt(isRegistrationInsert, { nth: 3 });
    const emails = Array.from({ length: 8 }, (_, n) => `outage-${n}@example.org`);
    const answers = await Promise.all(emails.map((email) => register(workshop._id, email)));
    expect(await cut).toEqual({ name: 'insert', collection: 'registrations' });
    const failed = emails.filter((_, n) => !answers[n]!.data?.register);
    // The cut request and every one after it failed, each with the clear, retryable error.
    expect(failed.length).toBeGreaterThanOrEqual(6);
    for (const answer of answers) if (!answer.data?.register) expectDatabaseUnavailable(answer);

    // While down: /readyz 503, /healthz 200, reads answer with the same clear error.
    expect((await fetch(`${app.url}/readyz`)).status).toBe(503);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    const read = await graphql(app.url, operation(`query DatabaseOutageWorkshops { workshops(first: 5) { edges { node { id } } } }`));
    expect(read.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'DATABASE_UNAVAILABLE' }));
    // HTTP routes too: 503 with the same code.
    const feed = await fetch(`${app.url}/calendar/public.ics`);
    expect(feed.status).toBe(503);
    expect(((await feed.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('DATABASE_UNAVAILABLE');

    await own.proxy.heal();
    await waitFor(async () => (await fetch(`${app.url}/readyz`)).status === 200, '/readyz to recover', 30_000);

    // Every acknowledged registration is stored, with the status it was acknowledged with. A
    // failed request whose insert reached the server before the cut may be stored (the answer was
    // lost, a retry is safe: see the next test), but the cut one stored nothing.
    const acknowledged = answers.flatMap((a) => a.data?.register?.registrations ?? []);
    expect(acknowledged).toHaveLength(emails.length - failed.length);
    for (const registration of acknowledged) {
      expect((await database.models.Registration.findById(registration.id).lean())?.status).toBe(registration.status);
    }
    const storedFailed = await database.models.Registration.find({ workshopId: workshop._id, 'participant.email': { $in: failed } }).lean();
    expect(storedFailed.length).toBeLessThan(failed.length);
    const unstored = failed.filter((email) => !storedFailed.some((r) => r.participant?.email === email));
    // The cut request held claims no registration holds (the half-written case happened)...
    const before = await registrationCounts(workshop._id);
    expect((await claimCounts(workshop._id)).persons).toBeGreaterThan(before.active);
    // ...which the reconcile job frees: then seats held = confirmed, persons held = active.
    app.clock.advance(11 * 60_000);
    await reconcileClaims(app.deps);
    const after = await registrationCounts(workshop._id);
    expect(after.confirmed).toBeLessThanOrEqual(5);
    expect(await claimCounts(workshop._id)).toEqual({ seats: after.confirmed, persons: after.active });

    // Registering works again on the same process, for the people who were cut off too.
    const again = await register(workshop._id, unstored[0]!);
    expect(again.errors).toBeUndefined();
    expect(again.data?.register.registrations[0]?.status).toBe(after.confirmed < 5 ? 'CONFIRMED' : 'WAITLISTED');
  }, 120_000);

  it('keeps a registration whole when the database dies after storing it, before the answer', async () => {
    const workshop = await givenWorkshop(database, { capacity: 5 });
    const cut = own.proxy.cutAt(isRegistrationInsert, { when: 'afterReply' });
    const answer = await register(workshop._id, 'stored-unanswered@example.org');
    await cut;
    expectDatabaseUnavailable(answer);
    await own.proxy.heal();
    await waitFor(async () => (await fetch(`${app.url}/readyz`)).status === 200, '/readyz to recover', 30_000);

    app.clock.advance(11 * 60_000);
    await reconcileClaims(app.deps);
    const counts = await registrationCounts(workshop._id);
    expect(await claimCounts(workshop._id)).toEqual({ seats: counts.confirmed, persons: counts.active });
    // Asking again is safe: one registration for the person, whatever the first answer was.
    await register(workshop._id, 'stored-unanswered@example.org');
    expect(await database.models.Registration.countDocuments({ workshopId: workshop._id, status: { $ne: 'CANCELLED' } })).toBe(1);
  }, 120_000);

  it('answers 503 and leaves no half-written upload when the database dies mid-file', async () => {
    const resource = await database.models.Resource.create({
      title: 'Outage upload',
      kind: 'TOOLKIT',
      visibility: 'NETWORK',
      languages: ['en'],
      organizationId: network.group._id,
      createdBy: network.people.coordinator._id,
    });
    const before = await storedFileCounts(database);
    const boundary = `----outage${randomBytes(6).toString('hex')}`;
    const bytes = pdfBytes(4 * 1024 * 1024);
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="resourceId"\r\n\r\n${String(resource._id)}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="outage.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const target = new URL(app.url);
    const answer = new Promise<number>((resolve) => {
      const request = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: '/files',
          method: 'POST',
          headers: {
            authorization: `Bearer ${network.tokens.coordinator}`,
            'content-type': `multipart/form-data; boundary=${boundary}`,
            'content-length': head.length + bytes.length + tail.length,
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      request.on('error', () => resolve(0));
      request.write(head);
      request.end(Buffer.concat([bytes, tail]));
    });
    // The database dies as the fourth chunk of the file is written.
    await own.proxy.cutAt((command) => command.name === 'insert' && command.collection === `${FILES_BUCKET}.chunks`, { nth: 4 });
    expect(await answer).toBe(503);
    await own.proxy.heal();
    await waitFor(async () => (await fetch(`${app.url}/readyz`)).status === 200, '/readyz to recover', 30_000);

    expect(await database.models.ResourceVersion.countDocuments({ resourceId: resource._id })).toBe(0);
    // Chunks written before the stop belong to an upload claim: the reconcile job removes them.
    app.clock.advance(UPLOAD_GRACE_MS + 60_000);
    await reconcileResources(app.deps);
    expect(await storedFileCounts(database)).toEqual(before);
  }, 120_000);
});
