import { Writable } from 'node:stream';
import pino from 'pino';
import { ManualClock } from '../../../src/clock';
import { createAppDeps } from '../../../src/app/deps';
import { startApi, type RunningApi } from '../../../src/app/server';
import { subscribeAll } from '../../../src/app/subscribers';
import type { AppDeps } from '../../../src/app/context';
import type { QuestionSensitivity } from '../../../src/modules/questions/question.model';
import { testConfig } from '../../helpers/app';
import { useTestDatabase } from '../../helpers/database';
import { givenNetwork, givenOrganization, givenQuestion, givenUser, givenWorkshop, type Network, signInAs } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { errorCodes, graphql } from '../../helpers/graphql';
import { deliverAll, sendThrough } from '../../helpers/notifications';
import { type SmtpSink, startSmtpSink } from '../../helpers/smtp';

const REGISTER = operation(`mutation PrivacyRegister($input: RegisterInput!) { register(input: $input) { registrations { id answers { value } } } }`);
const LIST = operation(`query PrivacyList($workshopId: ID!) { registrations(workshopId: $workshopId) {
  edges { node { id answersComplete missingAnswers { key } answers { question { key } value } } } } }`);
const MINE = operation(`query PrivacyMine { myRegistrations { edges { node { id answers { value } } } } }`);
const OVERVIEW = operation(`query PrivacyOverview { groupOverview { workshops { workshop { id title } confirmed } } }`);
const REPORT = operation(`query PrivacyReport($id: ID!) { workshopReport(workshopId: $id) { needs { question { key } answered answers { value count } } } }`);
const FEEDS = operation(`query PrivacyFeeds { calendarFeeds { personal { link { https } } group { link { https } } } }`);

type Role = 'admin' | 'staff' | 'coordinator' | 'otherCoordinator' | 'participant' | 'otherMember' | 'anonymous';

/**
 * Every sensitivity against every role and channel. One participant answers one question of each
 * sensitivity, each answer a marker no other text holds; then each role reads every channel it
 * has, and the markers found are compared with what the sensitivity allows: GraphQL fields, the
 * CSV export (plain and ?include=sensitive), the private personal and group feeds, every email
 * the run sends, and the api's log at trace level.
 */
describe('who sees which answers, by sensitivity, role and channel', () => {
  const db = useTestDatabase();
  let api: RunningApi;
  let deps: AppDeps;
  let sink: SmtpSink;
  let network: Network;
  let log = '';
  const tokens: Partial<Record<Role, string>> = {};
  const MARK: Record<QuestionSensitivity, string> = {
    OPERATIONAL: 'mark-operational-vegetarian-41',
    SENSITIVE: 'mark-sensitive-wheelchair-72',
    EPHEMERAL: 'mark-ephemeral-passport-93',
  };
  const found = (text: string) => (Object.keys(MARK) as QuestionSensitivity[]).filter((sensitivity) => text.includes(MARK[sensitivity]));
  let workshopId = '';
  let url = '';

  beforeAll(async () => {
    const clock = new ManualClock('2026-03-01T09:00:00Z');
    const capture = new Writable({
      write(chunk, _encoding, done) {
        log += String(chunk);
        done();
      },
    });
    deps = createAppDeps(testConfig(), pino({ level: 'trace' }, capture), db.current, clock);
    subscribeAll(deps);
    api = await startApi(deps, { host: '127.0.0.1', port: 0 });
    url = api.url;
    sink = await startSmtpSink();
    sendThrough({ url, deps, clock, api, close: async () => {} }, sink);
    network = await givenNetwork(db.current, url);
    const other = await givenOrganization(db.current, { name: 'Another group', country: 'GH' });
    const otherCoordinator = await givenUser(db.current, { role: 'GROUP_COORDINATOR', organizationId: other._id });
    const otherMember = await givenUser(db.current, { role: 'MEMBER', organizationId: network.group._id });
    Object.assign(tokens, network.tokens, {
      participant: network.tokens.member,
      otherCoordinator: await signInAs(url, otherCoordinator.email),
      otherMember: await signInAs(url, otherMember.email),
    });

    const questions = await Promise.all(
      (Object.keys(MARK) as QuestionSensitivity[]).map((sensitivity) =>
        givenQuestion(db.current, { key: `privacy-${sensitivity.toLowerCase()}`, type: 'TEXT', sensitivity }),
      ),
    );
    const workshop = await givenWorkshop(db.current, {
      selfRegistration: true,
      questions: questions.map((q) => ({ questionId: q._id, required: true, showIf: null })),
    });
    workshopId = String(workshop._id);
    const registered = await graphql(
      url,
      REGISTER,
      {
        input: {
          workshopId,
          participants: [
            { userId: String(network.people.member._id), answers: questions.map((q) => ({ questionId: String(q._id), value: MARK[q.sensitivity] })) },
          ],
        },
      },
      { token: network.tokens.member },
    );
    expect(registered.errors).toBeUndefined();
    // The person's own answer comes back to them.
    expect(found(JSON.stringify(registered.data))).toEqual(['OPERATIONAL', 'SENSITIVE', 'EPHEMERAL']);
    // A second person, registered by the coordinator, is asked by email (their link, no answers in it).
    await graphql(
      url,
      REGISTER,
      { input: { workshopId, participants: [{ name: 'Brian Otieno', email: 'brian.privacy@example.org' }] } },
      { token: network.tokens.coordinator },
    );
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    deps?.mailer.close();
    sink?.close();
  });

  const tokenOf = (role: Role) => (role === 'anonymous' ? undefined : tokens[role]);
  const ALL: QuestionSensitivity[] = ['OPERATIONAL', 'SENSITIVE', 'EPHEMERAL'];
  const NONE: QuestionSensitivity[] = [];

  const graphqlCases: [Role, QuestionSensitivity[] | 'UNAUTHENTICATED'][] = [
    ['admin', ALL],
    ['staff', ALL],
    ['coordinator', ['OPERATIONAL']],
    ['otherCoordinator', NONE],
    ['participant', ALL],
    ['otherMember', NONE],
    ['anonymous', 'UNAUTHENTICATED'],
  ];
  it.each(graphqlCases)('GraphQL registrations as %s: %j', async (role, expected) => {
    const answer = await graphql(url, LIST, { workshopId }, { token: tokenOf(role) });
    if (expected === 'UNAUTHENTICATED') {
      expect(errorCodes(answer)).toEqual(['UNAUTHENTICATED']);
      return;
    }
    expect(found(JSON.stringify(answer))).toEqual(expected);
    // Hidden answers are absent, not redacted: no placeholder stands where one was.
    expect(JSON.stringify(answer)).not.toMatch(/redacted|hidden|\*\*\*/i);
  });

  it('answers the participant’s own view with every answer, and other views and reports with none', async () => {
    expect(found(JSON.stringify(await graphql(url, MINE, {}, { token: tokens.participant })))).toEqual(ALL);
    for (const role of ['coordinator', 'otherMember', 'admin'] as Role[]) {
      expect(found(JSON.stringify(await graphql(url, MINE, {}, { token: tokenOf(role) })))).toEqual(NONE);
    }
    expect(found(JSON.stringify(await graphql(url, OVERVIEW, {}, { token: tokens.coordinator })))).toEqual(NONE);
    // Needs are counts, never texts: a free-text answer is counted as answered only.
    const report = await graphql(url, REPORT, { id: workshopId }, { token: tokens.admin });
    expect(report.data?.workshopReport.needs.map((need) => need.answered)).toEqual([1, 1, 1]);
    expect(found(JSON.stringify(report))).toEqual(NONE);
  });

  it('exports operational answers in the CSV, the others only when asked for, and to the Secretariat only', async () => {
    const csv = async (role: Role, query = '') => {
      const response = await fetch(`${url}/workshops/${workshopId}/participants.csv${query}`, {
        headers: tokenOf(role) ? { authorization: `Bearer ${tokenOf(role)}` } : {},
      });
      return { status: response.status, text: await response.text() };
    };
    expect(found((await csv('staff')).text)).toEqual(['OPERATIONAL']);
    expect(found((await csv('admin', '?include=sensitive')).text)).toEqual(ALL);
    for (const role of ['coordinator', 'participant', 'otherMember'] as Role[]) {
      const refused = await csv(role, '?include=sensitive');
      expect([refused.status, found(refused.text)]).toEqual([403, NONE]);
    }
    expect((await csv('anonymous')).status).toBe(401);
  });

  it('puts no answer in the private feeds, the emails or the log at trace level', async () => {
    for (const role of ['participant', 'coordinator'] as Role[]) {
      const feeds = (await graphql(url, FEEDS, {}, { token: tokenOf(role) })).data!.calendarFeeds;
      for (const link of [feeds.personal?.link?.https, feeds.group?.link?.https].filter(Boolean) as string[]) {
        // The link names the configured public address; the same path is asked of this server.
        const { pathname, search } = new URL(link);
        const response = await fetch(`${url}${pathname}${search}`);
        expect(response.status).toBe(200);
        expect(found(await response.text())).toEqual(NONE);
      }
    }
    // Every message the registrations set off is queued, then sent.
    await deps.events.drain();
    await deliverAll(deps);
    // Confirmations to both people and the second person's request for answers went out, none quoting an answer.
    expect(sink.messages.length).toBeGreaterThanOrEqual(3);
    expect(sink.messages.some((mail) => mail.subject?.startsWith('A few questions before'))).toBe(true);
    expect(found(JSON.stringify(sink.messages.map((mail) => [mail.subject, mail.text, mail.html, mail.attachments.map((a) => a.content.toString())])))).toEqual(
      NONE,
    );
    // Trace level logs every request and query: still no answer.
    expect(log.length).toBeGreaterThan(1000);
    expect(found(log)).toEqual(NONE);
  });
});
