import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { reconcileClaims } from '../../../src/modules/registrations/reconcile.service';
import { testServerUri } from '../../helpers/database';
import { givenWorkshop, signInAs, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import type { ApiKilledRegisterMutation } from '../../gql/graphql';
import { graphql, type GraphQLResponse } from '../../helpers/graphql';
import { freePort, spawnEntry } from '../../helpers/processes';
import { waitFor } from '../../helpers/wait';

const REGISTER = operation(`mutation ApiKilledRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }`);
type Answer = GraphQLResponse<ApiKilledRegisterMutation> | { status: 0; data?: undefined; errors?: undefined };

/**
 * The real api process (src/main.ts, RUN_WORKER=false) killed with SIGKILL in the middle of a
 * registration burst, then started again: no overbooking, and every registration it acknowledged
 * before dying is stored. What a killed request had claimed is freed by the reconcile job.
 */
describe('the api killed during a registration burst', () => {
  const env = useNetworkApp();
  const children: ChildProcessWithoutNullStreams[] = [];
  afterAll(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  });

  const startApi = async (port: number) => {
    const child = spawnEntry('src/main.ts', [], {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      RUN_WORKER: 'false',
      PORT: String(port),
      MONGODB_URI: testServerUri(),
      MONGODB_DB_NAME: env.db.current.db.databaseName,
    });
    child.stdout.resume();
    child.stderr.resume();
    children.push(child);
    const url = `http://127.0.0.1:${port}`;
    await waitFor(async () => (await fetch(`${url}/readyz`).catch(() => undefined))?.status === 200, 'the api to start', 60_000);
    return { child, url };
  };

  it('overbooks nothing and keeps every acknowledged registration', async () => {
    const capacity = 8;
    // The child runs on the real clock: a workshop well ahead of it.
    const workshop = await givenWorkshop(env.db.current, {
      capacity,
      startsAt: new Date('2030-06-01T09:00:00Z'),
      registrationClosesAt: new Date('2030-05-01T09:00:00Z'),
    });
    const port = await freePort();
    const first = await startApi(port);
    // A session on the child's real clock (the test app's clock is in March 2026).
    const token = await signInAs(first.url, env.network.people.coordinator.email);
    const register = (url: string, n: number): Promise<Answer> =>
      graphql(
        url,
        REGISTER,
        {
          input: {
            workshopId: String(workshop._id),
            organizationId: String(env.network.group._id),
            participants: [{ name: `P${n}`, email: `killed-${n}@example.org` }],
          },
        },
        { token },
      ).catch(() => ({ status: 0 }) as const);

    const total = 30;
    const before = 4;
    // A few acknowledged one by one, then the rest at once: killed as soon as the server has stored
    // one of those, so the others are in flight (some stored unanswered, some never begun).
    const answered: Answer[] = [];
    for (let n = 0; n < before; n += 1) answered.push(await register(first.url, n));
    const burst: Promise<Answer>[] = answered.map((answer) => Promise.resolve(answer));
    for (let n = before; n < total; n += 1) burst.push(register(first.url, n));
    const stored = () => env.db.current.models.Registration.countDocuments({ workshopId: workshop._id });
    await waitFor(async () => (await stored()) > before, 'one of the burst stored');
    first.child.kill('SIGKILL');
    const answers = await Promise.all(burst);
    const acknowledged = answers.flatMap((a) => a.data?.register.registrations ?? []);
    const lost = answers.map((a, n) => (a.data?.register ? undefined : n)).filter((n): n is number => n !== undefined);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(lost.length).toBeGreaterThan(0);

    const second = await startApi(port);
    for (const registration of acknowledged) {
      const stored = await env.db.current.models.Registration.findById(registration.id).lean();
      expect(stored?.status).toBe(registration.status);
    }
    // Claims of requests killed mid-way are freed by the reconcile job (after ten minutes; until
    // then a retry of that person answers CONFLICT), then clients retry what got no answer.
    env.app.clock.set(new Date(Date.now() + 11 * 60_000));
    await reconcileClaims(env.app.deps);
    const retried = await Promise.all(lost.map((n) => register(second.url, n)));
    for (const answer of retried) {
      if (answer.data?.register) continue;
      // Stored before the kill, only the answer was lost: a duplicate, never a second registration.
      expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
    }
    const registrations = await env.db.current.models.Registration.find({ workshopId: workshop._id }).lean();
    const confirmed = registrations.filter((r) => r.status === 'CONFIRMED').length;
    const active = registrations.filter((r) => ['CONFIRMED', 'WAITLISTED', 'PENDING_APPROVAL'].includes(r.status)).length;
    expect(confirmed).toBe(capacity);
    // Everyone asked once: each person holds at most one active registration, and all are there.
    expect(new Set(registrations.filter((r) => r.status !== 'CANCELLED').map((r) => r.participant?.email)).size).toBe(active);
    expect(active).toBe(total);
    const claims = env.db.current.db.collection('claims');
    expect(await claims.countDocuments({ _id: { $regex: `^ws:${String(workshop._id)}:seat:` } } as never)).toBe(confirmed);
    expect(await claims.countDocuments({ _id: { $regex: `^ws:${String(workshop._id)}:person:` } } as never)).toBe(active);
    second.child.kill('SIGKILL');
  }, 150_000);
});
