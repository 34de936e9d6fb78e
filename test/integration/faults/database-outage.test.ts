import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { Database } from '../../../src/db/database';
import { reconcileClaims } from '../../../src/modules/registrations/reconcile.service';
import { reconcileResources, UPLOAD_GRACE_MS } from '../../../src/modules/resources/reconcile.service';
import type { TestApp } from '../../helpers/app';
import { givenNetwork, givenWorkshop, type Network } from '../../helpers/fixtures';
import { graphql, type GraphQLResponse } from '../../helpers/graphql';
import { useOwnFerretdb } from '../../helpers/own-ferretdb';
import { pdfBytes, storedFileCounts } from '../resources/resource-fixtures';

const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) { registrations { id status } } }';

/**
 * The database stops in the middle of registrations and an upload, then comes back: requests in
 * between fail with a clear error (not a hang), /readyz says so, the same process recovers, and
 * what was written is whole (reconcile jobs free what a cut-off request claimed).
 */
describe('the database stops and comes back', () => {
  const own = useOwnFerretdb('outage');
  let database: Database;
  let app: TestApp;
  let network: Network;

  beforeAll(async () => {
    ({ database, app } = own);
    network = await givenNetwork(database, app.url);
  });

  it('fails requests with a clear, retryable error while down, recovers without a restart, and leaves no registration half-written', async () => {
    const workshop = await givenWorkshop(database, { capacity: 5 });
    const register = (n: number) =>
      graphql<{ register: { registrations: { id: string; status: string }[] } }>(
        app.url,
        REGISTER,
        { input: { workshopId: String(workshop._id), organizationId: String(network.group._id), participants: [{ name: `P${n}`, email: `outage-${n}@example.org` }] } },
        { token: network.tokens.coordinator },
      ).catch((err: unknown) => ({ status: 0, errors: [{ message: String(err), extensions: { code: 'NETWORK' } }] }) as unknown as GraphQLResponse<{ register: { registrations: { id: string; status: string }[] } }>);

    // A burst of 16 registrations for 5 seats; the database stops while they are in flight.
    const burst: Promise<GraphQLResponse<{ register: { registrations: { id: string; status: string }[] } }>>[] = [];
    let stopped: Promise<void> | undefined;
    for (let n = 0; n < 16; n += 1) {
      burst.push(register(n));
      if (n === 5) stopped = own.stop();
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    const answers = await Promise.all(burst);
    for (const answer of answers) {
      // Either stored, or a clear error: never a hang, never an unexplained one.
      if (answer.data?.register) continue;
      expect(answer.status).toBeGreaterThan(0);
      expect(answer.errors?.[0]?.extensions?.code).toEqual(expect.stringMatching(/^(DATABASE_UNAVAILABLE|CONFLICT)$/));
      if (answer.errors?.[0]?.extensions?.code === 'DATABASE_UNAVAILABLE') {
        expect(answer.errors[0].message).toMatch(/database is unavailable/i);
      }
    }
    await stopped;

    // While down: /readyz 503, /healthz 200, reads answer with the same clear error.
    expect((await fetch(`${app.url}/readyz`)).status).toBe(503);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    const read = await graphql(app.url, '{ workshops(first: 5) { edges { node { id } } } }');
    expect(read.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'DATABASE_UNAVAILABLE' }));
    // HTTP routes too: 503 with the same code.
    const feed = await fetch(`${app.url}/calendar/public.ics`);
    expect(feed.status).toBe(503);
    expect(((await feed.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('DATABASE_UNAVAILABLE');

    await own.restart();

    // Every acknowledged registration is stored, with the status it was acknowledged with.
    const acknowledged = answers.flatMap((a) => a.data?.register?.registrations ?? []);
    for (const registration of acknowledged) {
      const stored = await database.models.Registration.findById(registration.id).lean();
      expect(stored?.status).toBe(registration.status);
    }
    // The same process serves again, and a request cut off mid-way left only claims the reconcile
    // job frees: afterwards, seats held = confirmed registrations, never more than the capacity.
    app.clock.advance(11 * 60_000);
    await reconcileClaims(app.deps);
    const confirmed = await database.models.Registration.countDocuments({ workshopId: workshop._id, status: 'CONFIRMED' });
    const active = await database.models.Registration.countDocuments({ workshopId: workshop._id, status: { $in: ['CONFIRMED', 'WAITLISTED', 'PENDING_APPROVAL'] } });
    const seatClaims = await database.db.collection('claims').countDocuments({ _id: { $regex: `^ws:${String(workshop._id)}:seat:` } } as never);
    const personClaims = await database.db.collection('claims').countDocuments({ _id: { $regex: `^ws:${String(workshop._id)}:person:` } } as never);
    expect(confirmed).toBeLessThanOrEqual(5);
    expect(seatClaims).toBe(confirmed);
    expect(personClaims).toBe(active);

    // Registering works again on the same process, and fills what is left.
    const after = await register(100);
    expect(after.errors).toBeUndefined();
    expect(after.data?.register.registrations[0]?.status).toBe(confirmed < 5 ? 'CONFIRMED' : 'WAITLISTED');
  }, 120_000);

  it('leaves no half-written upload when the database stops mid-file', async () => {
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
          headers: { authorization: `Bearer ${network.tokens.coordinator}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': head.length + bytes.length + tail.length },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      request.on('error', () => resolve(0));
      void (async () => {
        request.write(head);
        const step = 256 * 1024;
        for (let offset = 0; offset < bytes.length; offset += step) {
          // The database is gone (process exited) before the rest of the file arrives.
          if (offset === step * 4) await own.stop();
          if (!request.write(bytes.subarray(offset, offset + step))) await new Promise((r) => request.once('drain', r));
          await new Promise((r) => setTimeout(r, 30));
        }
        request.end(tail);
      })();
    });
    const status = await answer;
    // Refused with a clear error, or cut: never a success, since the database left mid-file.
    expect(status === 0 || status === 503 || status === 400).toBe(true);
    await own.restart();

    expect(await database.models.ResourceVersion.countDocuments({ resourceId: resource._id })).toBe(0);
    // Chunks written before the stop belong to an upload claim: the reconcile job removes them.
    app.clock.advance(UPLOAD_GRACE_MS + 60_000);
    await reconcileResources(app.deps);
    expect(await storedFileCounts(database)).toEqual(before);
  }, 120_000);
});
