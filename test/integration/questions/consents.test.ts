import { answerLinkOf } from '../../../src/modules/registrations/answer-links';
import { givenRegistration, givenWorkshop, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { errorCodes, errorField, graphql } from '../../helpers/graphql';

const SET = operation(`mutation ConsentsSet($input: SetWorkshopConsentsInput!) {
  setWorkshopConsents(input: $input) { workshop { id consentItems { key version required text(language: "fr") } } } }`);
const REGISTER = operation(`mutation ConsentsRegister($input: RegisterInput!) { register(input: $input) { registrations { id consentsComplete } } }`);
const GIVE = operation(`mutation ConsentsGive($input: GiveConsentsInput!) {
  giveConsents(input: $input) { registration { id consentsComplete consents { item { key } version given current } } } }`);
const LIST = operation(`query ConsentsList($workshopId: ID!) { registrations(workshopId: $workshopId) {
  edges { node { id consentsComplete consents { item { key } given current } } } } }`);
const OPEN = operation(`query ConsentsOpen($token: String!) { answerLinkQuestions(token: $token) { consentItems { key version } consented } }`);
const USE = operation(`mutation ConsentsUse($input: AnswerByLinkInput!) { answerByLink(input: $input) { answersComplete } }`);

describe('consent to a workshop’s terms, versioned, given and withdrawn by the person only', () => {
  const env = useNetworkApp();
  const items = (photos = 'Photos may be taken and shared.') => [
    { key: 'code-of-conduct', texts: { en: 'I will follow the code of conduct.', fr: 'Je respecterai le code de conduite.' } },
    { key: 'photos', texts: { en: photos }, required: false },
  ];

  it('versions each item’s text, and counts a consent only for the version it was given to', async () => {
    const workshop = await givenWorkshop(env.db.current, { selfRegistration: true });
    const workshopId = String(workshop._id);
    const first = await graphql(env.app.url, SET, { input: { workshopId, items: items() } }, { token: env.network.tokens.staff });
    expect(first.data?.setWorkshopConsents.workshop.consentItems).toEqual([
      { key: 'code-of-conduct', version: 1, required: true, text: 'Je respecterai le code de conduite.' },
      { key: 'photos', version: 1, required: false, text: 'Photos may be taken and shared.' },
    ]);
    const member = env.network.people.member;
    const registered = await graphql(
      env.app.url,
      REGISTER,
      { input: { workshopId, participants: [{ userId: String(member._id), consents: [{ key: 'code-of-conduct', version: 1, given: true }] }] } },
      { token: env.network.tokens.member },
    );
    expect(registered.data?.register.registrations[0]?.consentsComplete).toBe(true);
    const registrationId = registered.data!.register.registrations[0]!.id;

    // Withdrawn, then given again: each step recorded, the last one counts.
    const withdrawn = await graphql(
      env.app.url,
      GIVE,
      { input: { registrationId, consents: [{ key: 'code-of-conduct', version: 1, given: false }] } },
      { token: env.network.tokens.member },
    );
    expect(withdrawn.data?.giveConsents.registration).toMatchObject({
      consentsComplete: false,
      consents: [{ item: { key: 'code-of-conduct' }, given: false, current: false }],
    });
    await graphql(
      env.app.url,
      GIVE,
      {
        input: {
          registrationId,
          consents: [
            { key: 'code-of-conduct', version: 1, given: true },
            { key: 'photos', version: 1, given: true },
          ],
        },
      },
      { token: env.network.tokens.member },
    );
    const stored = await env.db.current.models.Registration.findById(registrationId).lean();
    expect(stored!.consents!.map((c) => [c.key, c.version, c.given])).toEqual([
      ['code-of-conduct', 1, true],
      ['code-of-conduct', 1, false],
      ['code-of-conduct', 1, true],
      ['photos', 1, true],
    ]);

    // A new photo text is version 2: the earlier consent to it is no longer current; the code of conduct's stays.
    const second = await graphql(
      env.app.url,
      SET,
      { input: { workshopId, items: items('Photos and video may be taken.') } },
      { token: env.network.tokens.staff },
    );
    expect(second.data?.setWorkshopConsents.workshop.consentItems.map((i) => [i.key, i.version])).toEqual([
      ['code-of-conduct', 1],
      ['photos', 2],
    ]);
    const seen = async (token: string) =>
      (await graphql(env.app.url, LIST, { workshopId }, { token })).data!.registrations.edges.find((e) => e.node.id === registrationId)!.node;
    expect(await seen(env.network.tokens.staff)).toMatchObject({
      consentsComplete: true,
      consents: [
        { item: { key: 'code-of-conduct' }, given: true, current: true },
        { item: { key: 'photos' }, given: true, current: false },
      ],
    });
    // The group's coordinator sees neither consents nor their completeness.
    expect(await seen(env.network.tokens.coordinator)).toMatchObject({ consents: [], consentsComplete: null });
    const stale = await graphql(
      env.app.url,
      GIVE,
      { input: { registrationId, consents: [{ key: 'photos', version: 1, given: true }] } },
      { token: env.network.tokens.member },
    );
    expect([errorCodes(stale), errorField(stale)]).toEqual([['BAD_USER_INPUT'], 'consents.0.version']);
  });

  it('lets nobody consent for someone else, and refuses unknown items, storing nothing', async () => {
    const workshop = await givenWorkshop(env.db.current, {
      consentItems: [{ key: 'code-of-conduct', version: 1, texts: { en: 'I will follow it.' }, required: true }],
    });
    const workshopId = String(workshop._id);
    const byCoordinator = await graphql(
      env.app.url,
      REGISTER,
      {
        input: {
          workshopId,
          participants: [{ name: 'Brian Otieno', email: 'brian.consents@example.org', consents: [{ key: 'code-of-conduct', version: 1, given: true }] }],
        },
      },
      { token: env.network.tokens.coordinator },
    );
    expect([errorCodes(byCoordinator), errorField(byCoordinator)]).toEqual([['BAD_USER_INPUT'], 'participants.0.consents']);
    expect(await env.db.current.models.Registration.countDocuments({ workshopId: workshop._id })).toBe(0);
    const registration = await givenRegistration(env.db.current, { workshopId: workshop._id, organizationId: env.network.group._id });
    for (const token of [env.network.tokens.coordinator, env.network.tokens.admin, env.network.tokens.member]) {
      const answer = await graphql(
        env.app.url,
        GIVE,
        { input: { registrationId: String(registration._id), consents: [{ key: 'code-of-conduct', version: 1, given: true }] } },
        { token },
      );
      expect([errorCodes(answer), errorField(answer)]).toEqual([['BAD_USER_INPUT'], 'registrationId']);
    }

    // The person consents through their link; an item the workshop does not ask is refused by its field.
    const token = decodeURIComponent(new URL(answerLinkOf(env.app.deps, registration, workshop)!.replace('/#/', '/')).searchParams.get('token')!);
    expect((await graphql(env.app.url, OPEN, { token })).data?.answerLinkQuestions).toEqual({
      consentItems: [{ key: 'code-of-conduct', version: 1 }],
      consented: [],
    });
    const unknown = await graphql(env.app.url, USE, { input: { token, answers: [], consents: [{ key: 'photos', version: 1, given: true }] } });
    expect([errorCodes(unknown), errorField(unknown)]).toEqual([['BAD_USER_INPUT'], 'consents.0.key']);
    expect(
      (await graphql(env.app.url, USE, { input: { token, answers: [], consents: [{ key: 'code-of-conduct', version: 1, given: true }] } })).errors,
    ).toBeUndefined();
    const after = await env.db.current.models.Registration.findById(registration._id).lean();
    expect(after!.consents!.map((c) => [c.key, c.given])).toEqual([['code-of-conduct', true]]);
  });
});
