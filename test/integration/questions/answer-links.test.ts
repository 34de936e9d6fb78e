import { holdAt } from '../../../src/db/race-points';
import { answerLinkOf } from '../../../src/modules/registrations/answer-links';
import { givenQuestion, givenRegistration, givenWorkshop, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { errorCodes, errorField, graphql } from '../../helpers/graphql';

const MINE = operation(`query AnswerLinksMine { myRegistrations { edges { node { id answerLink } } } }`);
const LIST = operation(`query AnswerLinksList($workshopId: ID!) { registrations(workshopId: $workshopId) { edges { node { id answerLink } } } }`);
const OPEN = operation(`query AnswerLinksOpen($token: String!) { answerLinkQuestions(token: $token) {
  workshop { id title } questions { question { id key } required } answered missing { key } } }`);
const USE = operation(`mutation AnswerLinksUse($input: AnswerByLinkInput!) { answerByLink(input: $input) { answersComplete missing { key } } }`);

describe('answering through a single-use link, without an account', () => {
  const env = useNetworkApp();
  const tokenOf = (link: string) => decodeURIComponent(new URL(link.replace('/#/', '/')).searchParams.get('token')!);

  async function givenAskingWorkshop() {
    const visa = await givenQuestion(env.db.current, { key: 'needs-visa', type: 'YES_NO', sensitivity: 'SENSITIVE' });
    const passport = await givenQuestion(env.db.current, { key: 'passport-number', type: 'TEXT', sensitivity: 'EPHEMERAL' });
    const workshop = await givenWorkshop(env.db.current, {
      startsAt: new Date('2026-06-01T06:00:00Z'),
      selfRegistration: true,
      questions: [
        { questionId: visa._id, required: true, showIf: null },
        { questionId: passport._id, required: true, showIf: { questionId: visa._id, equals: 'true' } },
      ],
    });
    return { workshop, visa, passport };
  }

  it('gives the participant their link, and no one else', async () => {
    const { workshop } = await givenAskingWorkshop();
    const own = await givenRegistration(env.db.current, {
      workshopId: workshop._id,
      organizationId: env.network.group._id,
      email: env.network.people.member.email,
    });
    await env.db.current.models.Registration.updateOne({ _id: own._id }, { $set: { 'participant.userId': env.network.people.member._id } });
    const mine = await graphql(env.app.url, MINE, {}, { token: env.network.tokens.member });
    const link = mine.data?.myRegistrations.edges.find((e) => e.node.id === String(own._id))?.node.answerLink;
    expect(link).toMatch(/\/#\/answers\?token=ans_/);
    for (const token of [env.network.tokens.coordinator, env.network.tokens.staff]) {
      const seen = await graphql(env.app.url, LIST, { workshopId: String(workshop._id) }, { token });
      expect(seen.data?.registrations.edges.find((e) => e.node.id === String(own._id))?.node.answerLink).toBeNull();
    }
  });

  it('opens the questions without the answers, takes answers once, and refuses a link used, expired or forged, changing nothing', async () => {
    const { workshop, visa, passport } = await givenAskingWorkshop();
    const registration = await givenRegistration(env.db.current, { workshopId: workshop._id, organizationId: env.network.group._id });
    const token = tokenOf(answerLinkOf(env.app.deps, registration, workshop)!);

    const opened = await graphql(env.app.url, OPEN, { token });
    expect(opened.data?.answerLinkQuestions).toEqual({
      workshop: { id: String(workshop._id), title: workshop.title },
      questions: [
        { question: { id: String(visa._id), key: visa.key }, required: true },
        { question: { id: String(passport._id), key: passport.key }, required: true },
      ],
      answered: [],
      missing: [{ key: visa.key }],
    });
    const used = await graphql(env.app.url, USE, {
      input: {
        token,
        answers: [
          { questionId: String(visa._id), value: 'true' },
          { questionId: String(passport._id), value: 'A1234567' },
        ],
      },
    });
    expect(used.data?.answerByLink).toEqual({ answersComplete: true, missing: [] });
    const stored = await env.db.current.models.Registration.findById(registration._id).lean();
    expect(stored!.answers!.map((a) => [a.value, a.answeredBy])).toEqual([
      ['true', 'PARTICIPANT'],
      ['A1234567', 'PARTICIPANT'],
    ]);

    // Used once, the link opens nothing and changes nothing; a new one opens and shows which are answered, not how.
    const again = await graphql(env.app.url, USE, { input: { token, answers: [{ questionId: String(passport._id), value: 'B7654321' }] } });
    expect([errorCodes(again), errorField(again)]).toEqual([['BAD_USER_INPUT'], 'token']);
    expect(errorCodes(await graphql(env.app.url, OPEN, { token }))).toEqual(['BAD_USER_INPUT']);
    const fresh = tokenOf(answerLinkOf(env.app.deps, stored!, workshop)!);
    const reopened = await graphql(env.app.url, OPEN, { token: fresh });
    expect(reopened.data?.answerLinkQuestions.answered).toEqual([String(visa._id), String(passport._id)]);
    expect(JSON.stringify(reopened)).not.toContain('A1234567');

    const forged = `${fresh.slice(0, -3)}${fresh.endsWith('AAA') ? 'BBB' : 'AAA'}`;
    const other = await givenRegistration(env.db.current, { workshopId: workshop._id, organizationId: env.network.group._id });
    const swapped = fresh.replace(String(registration._id), String(other._id));
    for (const bad of [forged, swapped, 'ans_nonsense', 'x'.repeat(100_000)]) {
      const answer = await graphql(env.app.url, USE, { input: { token: bad, answers: [{ questionId: String(visa._id), value: 'false' }] } });
      expect([errorCodes(answer), errorField(answer)]).toEqual([['BAD_USER_INPUT'], 'token']);
    }
    // A wrong answer through a live link is refused by its field, and the link stays usable.
    const wrong = await graphql(env.app.url, USE, { input: { token: fresh, answers: [{ questionId: String(visa._id), value: 'perhaps' }] } });
    expect([errorCodes(wrong), errorField(wrong)]).toEqual([['BAD_USER_INPUT'], 'answers.0.value']);
    expect((await graphql(env.app.url, OPEN, { token: fresh })).errors).toBeUndefined();
    try {
      env.app.clock.set('2026-06-02T00:00:00Z');
      expect(errorCodes(await graphql(env.app.url, OPEN, { token: fresh }))).toEqual(['BAD_USER_INPUT']);
    } finally {
      env.app.clock.set('2026-03-01T09:00:00Z');
    }
    expect((await env.db.current.models.Registration.findById(registration._id).lean())!.answers!.map((a) => a.value)).toEqual(['true', 'A1234567']);
  });

  it('lets one of two submissions of the same link land, the other refused', async () => {
    const { workshop, visa } = await givenAskingWorkshop();
    const registration = await givenRegistration(env.db.current, { workshopId: workshop._id, organizationId: env.network.group._id });
    const token = tokenOf(answerLinkOf(env.app.deps, registration, workshop)!);
    const hold = holdAt(env.db.current, 'answer-link', String(registration._id));
    const first = graphql(env.app.url, USE, { input: { token, answers: [{ questionId: String(visa._id), value: 'true' }] } });
    await hold.reached;
    const second = await graphql(env.app.url, USE, { input: { token, answers: [{ questionId: String(visa._id), value: 'false' }] } });
    hold.release();
    const outcomes = [await first, second].map((answer) => answer.errors?.[0]?.extensions?.code ?? 'ok');
    expect(outcomes.sort()).toEqual(['BAD_USER_INPUT', 'ok']);
    const stored = await env.db.current.models.Registration.findById(registration._id).lean();
    expect(stored!.answers!.map((a) => a.value)).toEqual(['false']);
    expect(stored!.answerLinkUses).toBe(1);
  });
});
