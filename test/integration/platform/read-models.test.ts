import { ChangeLog, READER_STALE_MS } from '../../../src/db/change-log';
import { LiveReadModel, type ReadModelState } from '../../../src/db/read-model';
import { holdAt } from '../../../src/db/race-points';
import { withRequestProofs } from '../../../src/db/request-proofs';
import { quiesce } from '../../../src/quiesce';
import { countCommands } from '../../helpers/command-counter';
import { givenWorkshop, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { graphql } from '../../helpers/graphql';

// The change log and the in-process programme that follows it (src/db/change-log.ts,
// src/db/read-model.ts, workshops/workshops.reads.ts): no gaps under concurrent writers, and no
// read answered from a model older than the writes acknowledged before it was asked.

const LIST = operation(`query ReadModelsList { workshops(first: 100, filter: { from: "2026-01-01T00:00:00Z" }) { edges { node { id title } } } }`);
const UPDATE_WORKSHOP = operation(`mutation ReadModelsUpdateWorkshop($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id } } }`);

describe('read models over a change log', () => {
  const env = useNetworkApp();
  const titles = async (token?: string) =>
    new Map(((await graphql(env.app.url, LIST, {}, token ? { token } : {})).data?.workshops.edges ?? []).map((e) => [e.node.id, e.node.title]));

  describe('the change log', () => {
    it('has no gap and no repeat when writers in several processes append at once', async () => {
      // Each ChangeLog stands for a process: its own idea of the head, the same collection. Each
      // appends one entry at a time, all four at once, so they keep racing for the same numbers.
      const writers = Array.from({ length: 4 }, () => new ChangeLog(env.db.current.db, 'test-stream'));
      const appended: number[] = [];
      await Promise.all(
        writers.map(async (writer, w) => {
          for (let i = 0; i < 25; i++) appended.push(await writer.append([`doc-${w}-${i}`]));
        }),
      );
      expect(new Set(appended).size).toBe(100);

      const reader = new ChangeLog(env.db.current.db, 'test-stream');
      expect(await reader.head()).toBe(100);
      const entries = await reader.after(0, 1_000);
      expect(entries.map((entry) => entry.n)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
      expect(new Set(entries.flatMap((entry) => entry.changes.flatMap((change) => change.ids))).size).toBe(100);
      expect(await reader.after(100, 1_000)).toEqual([]);
    });

    it('puts the appends one process makes meanwhile into one entry (group commit)', async () => {
      const writer = new ChangeLog(env.db.current.db, 'group-stream');
      const numbers = await Promise.all(Array.from({ length: 30 }, (_, i) => writer.append([`doc-${i}`])));
      const entries = await new ChangeLog(env.db.current.db, 'group-stream').after(0, 1_000);
      expect(entries.length).toBeLessThanOrEqual(2);
      expect(entries.flatMap((entry) => entry.changes.flatMap((change) => change.ids)).sort()).toEqual(Array.from({ length: 30 }, (_, i) => `doc-${i}`).sort());
      expect(new Set(numbers)).toEqual(new Set(entries.map((entry) => entry.n)));
    });

    it('prunes old entries but keeps the last, so the head stays findable and no number is written twice', async () => {
      const writer = new ChangeLog(env.db.current.db, 'pruned-stream');
      for (let i = 0; i < 5; i++) await writer.append([String(i)]);
      // Everything is old now: all but the last entry go.
      expect(await writer.prune(new Date(Date.now() + 60_000))).toBe(4);
      const entries = await env.db.current.db.collection('changes').find({ stream: 'pruned-stream' }).toArray();
      expect(entries.map((entry) => entry.n)).toEqual([5]);
      // A process that never saw this log finds the head, and the next entry is 6.
      const late = new ChangeLog(env.db.current.db, 'pruned-stream');
      expect(await late.head()).toBe(5);
      expect(await late.append(['next'])).toBe(6);
      expect((await new ChangeLog(env.db.current.db, 'pruned-stream').after(5, 10)).map((entry) => entry.changes.flatMap((change) => change.ids))).toEqual([
        ['next'],
      ]);
    });

    it('names everything instead of a long list (a reader then re-reads all)', async () => {
      const writer = new ChangeLog(env.db.current.db, 'long-stream');
      await writer.append(Array.from({ length: 500 }, (_, i) => `doc-${i}`));
      expect((await writer.after(0, 10)).map((entry) => entry.changes.flatMap((change) => change.ids))).toEqual([['*']]);
    });

    it('finds the head of a log it has never seen, and of an empty one', async () => {
      const writer = new ChangeLog(env.db.current.db, 'probe-stream');
      for (let i = 0; i < 37; i++) await writer.append([String(i)]);
      expect(await new ChangeLog(env.db.current.db, 'probe-stream').head()).toBe(37);
      expect(await new ChangeLog(env.db.current.db, 'empty-stream').head()).toBe(0);
    });
  });

  describe('the programme in memory', () => {
    it('answers every read with the writes acknowledged before it, whichever way they were made', async () => {
      const workshop = await givenWorkshop(env.db.current, { title: 'Stored directly', startsAt: new Date('2026-09-01T02:00:00Z') });
      expect((await titles()).get(String(workshop._id))).toBe('Stored directly');
      for (let round = 0; round < 5; round++) {
        const renamed = await graphql(
          env.app.url,
          UPDATE_WORKSHOP,
          {
            input: { id: String(workshop._id), title: `Renamed ${round}` },
          },
          { token: env.network.tokens.admin },
        );
        expect(renamed.errors).toBeUndefined();
        expect((await titles()).get(String(workshop._id))).toBe(`Renamed ${round}`);
      }
      // A write straight through the model (a job, a script) is logged by the model itself.
      await env.db.current.models.Workshop.updateOne({ _id: workshop._id }, { $set: { status: 'CANCELLED' } });
      expect((await titles()).has(String(workshop._id))).toBe(false);
      await env.db.current.models.Workshop.deleteOne({ _id: workshop._id });
      expect((await titles(env.network.tokens.admin)).has(String(workshop._id))).toBe(false);
    });

    it('does not answer a read with a catch-up that began before the read was asked', async () => {
      const workshop = await givenWorkshop(env.db.current, { title: 'Before', startsAt: new Date('2026-09-02T02:00:00Z') });
      await titles();
      // One read is held after it has read the log (nothing new), before it answers.
      const hold = holdAt(env.db.current, 'programme-lap');
      const early = titles();
      await hold.reached;
      await env.db.current.models.Workshop.updateOne({ _id: workshop._id }, { $set: { title: 'After' } });
      // Asked after the write was acknowledged: it must not share the held catch-up. It is let go
      // from its own race point first, so it has asked for the model before the held one goes on.
      const asking = holdAt(env.db.current, 'programme-read');
      const late = titles();
      await asking.reached;
      asking.release();
      await new Promise((resolve) => setImmediate(resolve));
      hold.release();
      expect((await early).get(String(workshop._id))).toBe('Before');
      expect((await late).get(String(workshop._id))).toBe('After');
    });

    it('keeps up with concurrent editors: each read sees every edit acknowledged before it', async () => {
      const workshops = await Promise.all(
        Array.from({ length: 4 }, (_, i) => givenWorkshop(env.db.current, { title: `Edited ${i}`, startsAt: new Date(Date.UTC(2026, 8, 10 + i, 2)) })),
      );
      const acknowledged = new Map(workshops.map((w) => [String(w._id), { title: w.title, at: 0 }]));
      let clock = 0;
      const editor = async (index: number) => {
        const id = String(workshops[index]!._id);
        for (let round = 0; round < 6; round++) {
          const title = `Edited ${index} round ${round}`;
          const answer = await graphql(
            env.app.url,
            UPDATE_WORKSHOP,
            {
              input: { id, title },
            },
            { token: env.network.tokens.admin },
          );
          expect(answer.errors).toBeUndefined();
          acknowledged.set(id, { title, at: ++clock });
        }
      };
      const reader = async () => {
        for (let round = 0; round < 12; round++) {
          const asked = new Map([...acknowledged].map(([id, seen]) => [id, seen]));
          const seen = await titles();
          for (const [id, before] of asked) {
            // The title now is the one acknowledged when asked, or a later one.
            const title = seen.get(id)!;
            const index = Number(/Edited (\d+)/.exec(title)![1]);
            expect(String(workshops[index]!._id)).toBe(id);
            expect(roundOf(title)).toBeGreaterThanOrEqual(roundOf(before.title));
          }
        }
      };
      await Promise.all([editor(0), editor(1), editor(2), editor(3), reader(), reader()]);
      const final = await titles();
      for (const [id, { title }] of acknowledged) expect(final.get(id)).toBe(title);
    });
  });

  describe('a slow build', () => {
    it('is caught up from the head it started at, not built again, however long it took', async () => {
      // A build that outlasts READER_STALE_MS (a loaded machine at 100,000 workshops) used to be
      // built again at its first catch-up, with the first copy held meanwhile.
      const log = new ChangeLog(env.db.current.db, 'slow-stream');
      const docs = new Map<string, { title: string }>([['a', { title: 'first' }]]);
      let builds = 0;
      let clock = Date.now();
      const realNow = Date.now;
      const now = jest.spyOn(Date, 'now').mockImplementation(() => clock);
      try {
        const model = new LiveReadModel<{ title: string }, Map<string, { title: string }> & ReadModelState<{ title: string }>>({
          log,
          stream: 'slow-stream',
          build: async () => {
            builds += 1;
            const state = Object.assign(new Map(docs), { put: (id: string, doc: { title: string } | null) => (doc ? state.set(id, doc) : state.delete(id)) });
            // Written while the build reads: after the head it started at.
            docs.set('a', { title: 'written during the build' });
            await log.append(['a'], [{ id: 'a', doc: { title: 'written during the build' } }]);
            clock += READER_STALE_MS + 60_000;
            return state as never;
          },
          loadOne: async (id) => docs.get(id) ?? null,
        });
        expect((await model.current()).get('a')).toEqual({ title: 'written during the build' });
        expect((await model.current()).get('a')).toEqual({ title: 'written during the build' });
        expect(builds).toBe(1);
        // Left alone past the stale age, it reads everything again.
        clock += READER_STALE_MS + 1;
        await model.current();
        expect(builds).toBe(2);
      } finally {
        now.mockRestore();
        expect(Date.now).toBe(realNow);
      }
    });
  });

  describe('images in the log', () => {
    it("applies a registration's writes from the log's images, without reading it back, and the images hold no personal data", async () => {
      const workshop = await givenWorkshop(env.db.current, { title: 'Imaged', capacity: 5, startsAt: new Date('2026-10-02T02:00:00Z') });
      const seats = env.app.deps.seatFigures;
      await seats.current();
      const registered = await graphql(
        env.app.url,
        operation(`mutation ReadModelsRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }`),
        { input: { workshopId: String(workshop._id), participants: [{ name: 'Imaged Person', email: 'imaged.person@example.org' }] } },
        { token: env.network.tokens.coordinator },
      );
      expect(registered.errors).toBeUndefined();
      const caughtUp = await countCommands(env.db.current.client, () => seats.current());
      expect(caughtUp.commands).not.toContain('find registrations');
      expect(caughtUp.result.of(String(workshop._id)).confirmed).toBe(1);
      const id = registered.data!.register.registrations[0]!.id;
      const entries = await env.db.current.db.collection('changes').find({ 'changes.stream': 'registrations', 'changes.ids': id }).toArray();
      expect(entries.length).toBeGreaterThan(0);
      const stored = JSON.stringify(entries);
      for (const personal of ['Imaged Person', 'imaged.person@example.org']) expect(stored).not.toContain(personal);
      expect(stored).not.toContain('person:');
    });
  });

  describe('one proof per request', () => {
    it('proves a model current once in a request, again after this process logs a write, and on every call outside requests', async () => {
      // The earlier tests' registrations leave work behind (queued emails, a seat recount a moment
      // later) that reads the log too: done before the log's reads are counted.
      await quiesce(env.app.deps);
      const workshop = await givenWorkshop(env.db.current, { title: 'Proved once', startsAt: new Date('2026-10-01T02:00:00Z') });
      const programme = env.app.deps.programme;
      await programme.current();
      const changeReads = (commands: string[]) => commands.filter((command) => command === 'find changes').length;

      await withRequestProofs(async () => {
        const twice = await countCommands(env.db.current.client, async () => {
          await programme.current();
          await programme.current();
        });
        expect(changeReads(twice.commands)).toBe(1);
        // The request's own write (any write this process logs) makes the next ask look again, and see it.
        await env.db.current.models.Workshop.updateOne({ _id: workshop._id }, { $set: { title: 'Proved again' } });
        const after = await countCommands(env.db.current.client, () => programme.current());
        expect(changeReads(after.commands)).toBeGreaterThan(0);
        expect(after.result.get(String(workshop._id))?.title).toBe('Proved again');
      });

      const outside = await countCommands(env.db.current.client, async () => {
        await programme.current();
        await programme.current();
      });
      expect(changeReads(outside.commands)).toBe(2);
    });
  });
});

const roundOf = (title: string) => Number(/round (\d+)/.exec(title)?.[1] ?? -1);
