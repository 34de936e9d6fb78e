import { holdAt } from '../../../src/db/race-points';
import { purgeEphemeralAnswers } from '../../../src/modules/personal-data/personal-data.service';
import { givenWorkshop, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import type { CreateRegistrationQuestionInput, WorkshopQuestionInput } from '../../gql/graphql';
import { errorCodes, errorField, graphql } from '../../helpers/graphql';

const CREATE = operation(`mutation QuestionsCreate($input: CreateRegistrationQuestionInput!) {
  createRegistrationQuestion(input: $input) { question { id key type label sensitivity purgeAfterDays archived choices { value label } } } }`);
const UPDATE = operation(`mutation QuestionsUpdate($input: UpdateRegistrationQuestionInput!) {
  updateRegistrationQuestion(input: $input) { question { id label(language: "fr") sensitivity choices { value label(language: "es") } } } }`);
const LIBRARY = operation(`query QuestionsLibrary($all: Boolean) { registrationQuestions(includeArchived: $all) { key label } }`);
const SET = operation(`mutation QuestionsSet($input: SetWorkshopQuestionsInput!) {
  setWorkshopQuestions(input: $input) { workshop { id questions { question { key } required showIf { question { key } equals } } } } }`);
const ASKED = operation(`query QuestionsAsked($id: ID!) { workshop(id: $id) { questions { question { key label(language: "fr") } required } } }`);
const REGISTER = operation(`mutation QuestionsRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }`);
const ANSWERS = operation(`query QuestionsAnswers($workshopId: ID!) { registrations(workshopId: $workshopId) {
  edges { node { id participant { email } answersComplete missingAnswers { key } answers { question { key } value values } } } } }`);
const MINE = operation(
  `query QuestionsMine { myRegistrations { edges { node { id answersComplete missingAnswers { key } answers { question { key } value } } } } }`,
);
const REPORT = operation(`query QuestionsReport($id: ID!) { workshopReport(workshopId: $id) {
  needs { question { key } answered answers { value label(language: "fr") count } } } }`);
const ERASE = operation(`mutation QuestionsErase($email: String!) { erasePerson(input: { email: $email }) { registrations } }`);
const ANSWER = operation(`mutation QuestionsAnswer($input: AnswerQuestionsInput!) {
  answerQuestions(input: $input) { registration { id answersComplete answers { question { key } value values } } } }`);

describe('questions a workshop asks, and who sees the answers', () => {
  const env = useNetworkApp();
  const staff = () => env.network.tokens.staff;
  const labels = (en: string) => ({ en, fr: `${en} (fr)`, es: `${en} (es)` });
  let serial = 0;
  const create = async (input: Partial<CreateRegistrationQuestionInput> & Pick<CreateRegistrationQuestionInput, 'type' | 'sensitivity'>) => {
    const answer = await graphql(
      env.app.url,
      CREATE,
      { input: { key: `q-${++serial}-${input.type.toLowerCase().replace(/_/g, '-')}`, labels: labels(`Question ${serial}`), ...input } },
      { token: staff() },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.createRegistrationQuestion.question;
  };
  const ask = async (workshopId: string, questions: WorkshopQuestionInput[]) => {
    const answer = await graphql(env.app.url, SET, { input: { workshopId, questions } }, { token: staff() });
    expect(answer.errors).toBeUndefined();
    return answer.data!.setWorkshopQuestions.workshop;
  };

  /** A workshop asking: dietary needs (operational, required), arrival date (operational), access needs (sensitive, required), needs a visa, then a passport number only if so (ephemeral, required). */
  async function givenAskingWorkshop(fields: Parameters<typeof givenWorkshop>[1] = {}) {
    const dietary = await create({
      type: 'ONE_CHOICE',
      sensitivity: 'OPERATIONAL',
      choices: [
        { value: 'NONE', labels: labels('None') },
        { value: 'VEGETARIAN', labels: labels('Vegetarian') },
        { value: 'HALAL', labels: labels('Halal') },
      ],
    });
    const arrival = await create({ type: 'DATE', sensitivity: 'OPERATIONAL' });
    const access = await create({ type: 'LONG_TEXT', sensitivity: 'SENSITIVE' });
    const visa = await create({ type: 'YES_NO', sensitivity: 'SENSITIVE' });
    const passport = await create({ type: 'TEXT', sensitivity: 'EPHEMERAL', purgeAfterDays: 30 });
    const workshop = await givenWorkshop(env.db.current, { startsAt: new Date('2026-09-01T06:00:00Z'), ...fields });
    const workshopId = String(workshop._id);
    await ask(workshopId, [
      { questionId: dietary.id, required: true },
      { questionId: arrival.id },
      { questionId: access.id, required: true },
      { questionId: visa.id, required: true },
      { questionId: passport.id, required: true, showIf: { questionId: visa.id, equals: 'true' } },
    ]);
    return { workshop, workshopId, dietary, arrival, access, visa, passport };
  }

  it('keeps a library of typed questions with labels in three languages, for the Secretariat only', async () => {
    const question = await create({
      key: 'interpretation',
      type: 'SEVERAL_CHOICES',
      sensitivity: 'OPERATIONAL',
      labels: { en: 'Interpretation needed', fr: 'Interprétation nécessaire', es: 'Interpretación necesaria' },
      choices: [
        { value: 'FR', labels: { en: 'French', fr: 'Français', es: 'Francés' } },
        { value: 'ES', labels: { en: 'Spanish' } },
      ],
    });
    expect(question).toMatchObject({ key: 'interpretation', type: 'SEVERAL_CHOICES', label: 'Interpretation needed', archived: false, purgeAfterDays: null });
    const relabelled = await graphql(
      env.app.url,
      UPDATE,
      {
        input: {
          id: question.id,
          choices: [
            { value: 'FR', labels: { en: 'French', es: 'Francés' } },
            { value: 'ES', labels: { en: 'Spanish', es: 'Español' } },
            { value: 'PT', labels: { en: 'Portuguese' } },
          ],
        },
      },
      { token: staff() },
    );
    expect(relabelled.data?.updateRegistrationQuestion.question).toMatchObject({
      label: 'Interprétation nécessaire',
      choices: [
        { value: 'FR', label: 'Francés' },
        { value: 'ES', label: 'Español' },
        { value: 'PT', label: 'Portuguese' },
      ],
    });
    const library = await graphql(env.app.url, LIBRARY, {}, { token: staff() });
    expect(library.data?.registrationQuestions.map((q) => q.key)).toContain('interpretation');
    for (const token of [env.network.tokens.coordinator, env.network.tokens.member]) {
      expect(errorCodes(await graphql(env.app.url, LIBRARY, {}, { token }))).toEqual(['FORBIDDEN']);
      expect(
        errorCodes(await graphql(env.app.url, CREATE, { input: { key: 'sneaky', type: 'TEXT', sensitivity: 'OPERATIONAL', labels: labels('x') } }, { token })),
      ).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await graphql(env.app.url, LIBRARY, {}))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a question of the wrong shape, a key taken, a choice dropped and a sensitivity lowered, changing nothing', async () => {
    const refusals: [Record<string, unknown>, string, string][] = [
      [{ key: 'Bad Key', type: 'TEXT', sensitivity: 'OPERATIONAL' }, 'BAD_USER_INPUT', 'key'],
      [{ key: 'one-choice', type: 'ONE_CHOICE', sensitivity: 'OPERATIONAL', choices: [{ value: 'A', labels: labels('A') }] }, 'BAD_USER_INPUT', 'choices'],
      [
        {
          key: 'text-choices',
          type: 'TEXT',
          sensitivity: 'OPERATIONAL',
          choices: [
            { value: 'A', labels: labels('A') },
            { value: 'B', labels: labels('B') },
          ],
        },
        'BAD_USER_INPUT',
        'choices',
      ],
      [{ key: 'ephemeral-forever', type: 'TEXT', sensitivity: 'EPHEMERAL' }, 'BAD_USER_INPUT', 'purgeAfterDays'],
      [{ key: 'kept-purged', type: 'TEXT', sensitivity: 'SENSITIVE', purgeAfterDays: 3 }, 'BAD_USER_INPUT', 'purgeAfterDays'],
      [{ key: 'huge-label', type: 'TEXT', sensitivity: 'OPERATIONAL', labels: { en: 'x'.repeat(100_000) } }, 'BAD_USER_INPUT', 'labels.en'],
    ];
    const before = await env.db.current.models.RegistrationQuestion.countDocuments();
    for (const [input, code, field] of refusals) {
      const answer = await graphql(env.app.url, CREATE, { input: { labels: labels('Label'), ...input } as never }, { token: staff() });
      expect([errorCodes(answer), errorField(answer)]).toEqual([[code], field]);
    }
    expect(await env.db.current.models.RegistrationQuestion.countDocuments()).toBe(before);

    const taken = await create({ key: 'dietary-needs', type: 'TEXT', sensitivity: 'SENSITIVE' });
    const again = await graphql(
      env.app.url,
      CREATE,
      { input: { key: 'dietary-needs', type: 'TEXT', sensitivity: 'OPERATIONAL', labels: labels('Again') } },
      { token: staff() },
    );
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    const lowered = await graphql(env.app.url, UPDATE, { input: { id: taken.id, sensitivity: 'OPERATIONAL' } }, { token: staff() });
    expect([errorCodes(lowered), errorField(lowered)]).toEqual([['BAD_USER_INPUT'], 'sensitivity']);
    const choice = await create({
      type: 'ONE_CHOICE',
      sensitivity: 'OPERATIONAL',
      choices: [
        { value: 'A', labels: labels('A') },
        { value: 'B', labels: labels('B') },
      ],
    });
    const dropped = await graphql(
      env.app.url,
      UPDATE,
      {
        input: {
          id: choice.id,
          choices: [
            { value: 'A', labels: labels('A') },
            { value: 'C', labels: labels('C') },
          ],
        },
      },
      { token: staff() },
    );
    expect([errorCodes(dropped), errorField(dropped)]).toEqual([['BAD_USER_INPUT'], 'choices']);
    const raised = await graphql(env.app.url, UPDATE, { input: { id: taken.id, sensitivity: 'EPHEMERAL', purgeAfterDays: 14 } }, { token: staff() });
    expect(raised.data?.updateRegistrationQuestion.question.sensitivity).toBe('EPHEMERAL');
  });

  it('lets a workshop pick questions, with conditions on earlier ones, shown with the workshop', async () => {
    const { workshopId, visa, passport, dietary } = await givenAskingWorkshop();
    const asked = await graphql(env.app.url, ASKED, { id: workshopId });
    expect(asked.data?.workshop?.questions.map((q) => [q.question.key, q.required])).toEqual([
      [dietary.key, true],
      [expect.any(String), false],
      [expect.any(String), true],
      [visa.key, true],
      [passport.key, true],
    ]);
    expect(asked.data?.workshop?.questions[0]?.question.label).toBe(`${dietary.label} (fr)`);

    const refused: [WorkshopQuestionInput[], string][] = [
      [[{ questionId: '0123456789abcdef01234567' }], 'questions.0.questionId'],
      [[{ questionId: visa.id }, { questionId: visa.id }], 'questions.1.questionId'],
      // A condition on a later question, and one that cannot be met.
      [[{ questionId: passport.id, showIf: { questionId: visa.id, equals: 'true' } }, { questionId: visa.id }], 'questions.0.showIf.questionId'],
      [[{ questionId: visa.id }, { questionId: passport.id, showIf: { questionId: visa.id, equals: 'maybe' } }], 'questions.1.showIf.equals'],
    ];
    for (const [questions, field] of refused) {
      const answer = await graphql(env.app.url, SET, { input: { workshopId, questions } }, { token: staff() });
      expect([errorCodes(answer), errorField(answer)]).toEqual([['BAD_USER_INPUT'], field]);
    }
    expect(errorCodes(await graphql(env.app.url, SET, { input: { workshopId, questions: [] } }, { token: env.network.tokens.coordinator }))).toEqual([
      'FORBIDDEN',
    ]);
    expect((await graphql(env.app.url, ASKED, { id: workshopId })).data?.workshop?.questions).toHaveLength(5);
  });

  it('takes a coordinator’s operational answers with the registration, and refuses the rest, storing nothing', async () => {
    const { workshopId, workshop, dietary, arrival, access } = await givenAskingWorkshop();
    const register = (answers: unknown[], email = 'amina.needs@example.org') =>
      graphql(
        env.app.url,
        REGISTER,
        {
          input: {
            workshopId,
            participants: [
              { name: 'Amina Njoroge', email },
              { name: 'Brian Otieno', email: `b.${email}`, answers: answers as never },
            ],
          },
        },
        { token: env.network.tokens.coordinator },
      );
    const bad: [unknown[], string][] = [
      [[{ questionId: access.id, value: 'Step-free access' }], 'participants.1.answers.0.questionId'],
      [[{ questionId: dietary.id, value: 'PIZZA' }], 'participants.1.answers.0.value'],
      [[{ questionId: dietary.id, values: ['HALAL'] }], 'participants.1.answers.0.values'],
      [[{ questionId: arrival.id, value: '1850-01-01' }], 'participants.1.answers.0.value'],
      [[{ questionId: arrival.id, value: '2026-02-30' }], 'participants.1.answers.0.value'],
      [[{ questionId: arrival.id, value: 'x'.repeat(100_000) }], 'participants.1.answers.0.value'],
      [[{ questionId: '0123456789abcdef01234567', value: 'x' }], 'participants.1.answers.0.questionId'],
      [
        [
          { questionId: dietary.id, value: 'HALAL' },
          { questionId: dietary.id, value: 'NONE' },
        ],
        'participants.1.answers.1.questionId',
      ],
    ];
    for (const [answers, field] of bad) {
      const answer = await register(answers);
      expect([errorCodes(answer), errorField(answer), JSON.stringify(answer.errors)]).toEqual([
        ['BAD_USER_INPUT'],
        field,
        expect.not.stringContaining('Step-free'),
      ]);
    }
    expect(await env.db.current.models.Registration.countDocuments({ workshopId: workshop._id })).toBe(0);

    const ok = await register([
      { questionId: dietary.id, value: 'HALAL' },
      { questionId: arrival.id, value: '2026-08-31' },
    ]);
    expect(ok.errors).toBeUndefined();
    const stored = await env.db.current.models.Registration.findById(ok.data!.register.registrations[1]!.id).lean();
    expect(stored!.answers!.map((a) => [String(a.questionId), a.value, a.answeredBy])).toEqual([
      [dietary.id, 'HALAL', 'GROUP'],
      [arrival.id, '2026-08-31', 'GROUP'],
    ]);
  });

  it('shows each viewer only the answers its sensitivity allows, and who is missing what', async () => {
    const { workshopId, dietary, access, visa, passport } = await givenAskingWorkshop({ selfRegistration: true });
    const member = env.network.people.member;
    const self = await graphql(
      env.app.url,
      REGISTER,
      {
        input: {
          workshopId,
          participants: [
            {
              userId: String(member._id),
              answers: [
                { questionId: dietary.id, value: 'VEGETARIAN' },
                { questionId: access.id, value: 'Step-free access to the hall' },
                { questionId: visa.id, value: 'true' },
              ],
            },
          ],
        },
      },
      { token: env.network.tokens.member },
    );
    expect(self.errors).toBeUndefined();
    const registrationId = self.data!.register.registrations[0]!.id;
    const asSeenBy = async (token: string) =>
      (await graphql(env.app.url, ANSWERS, { workshopId }, { token })).data!.registrations.edges.find((e) => e.node.id === registrationId)!.node;

    const bySecretariat = await asSeenBy(staff());
    expect(bySecretariat.answers.map((a) => [a.question.key, a.value])).toEqual([
      [dietary.key, 'VEGETARIAN'],
      [access.key, 'Step-free access to the hall'],
      [visa.key, 'true'],
    ]);
    // The visa needs a passport number: only the person (and the Secretariat) is told it is missing.
    expect(bySecretariat).toMatchObject({ answersComplete: false, missingAnswers: [{ key: passport.key }] });
    const byCoordinator = await asSeenBy(env.network.tokens.coordinator);
    expect(byCoordinator.answers.map((a) => [a.question.key, a.value])).toEqual([[dietary.key, 'VEGETARIAN']]);
    expect(byCoordinator).toMatchObject({ answersComplete: false, missingAnswers: [] });
    const mine = (await graphql(env.app.url, MINE, {}, { token: env.network.tokens.member })).data!.myRegistrations.edges.find(
      (e) => e.node.id === registrationId,
    )!.node;
    expect(mine.answers).toHaveLength(3);
    expect(mine.missingAnswers.map((q) => q.key)).toEqual([passport.key]);

    // The coordinator may not give the passport number, nor anyone outside the group anything.
    const byGroup = await graphql(
      env.app.url,
      ANSWER,
      { input: { registrationId, answers: [{ questionId: passport.id, value: 'A1234567' }] } },
      { token: env.network.tokens.coordinator },
    );
    expect([errorCodes(byGroup), errorField(byGroup)]).toEqual([['BAD_USER_INPUT'], 'answers.0.questionId']);
    // The person answers; the answers no longer asked (no visa, no passport) are dropped.
    const answered = await graphql(
      env.app.url,
      ANSWER,
      { input: { registrationId, answers: [{ questionId: passport.id, value: 'A1234567' }] } },
      { token: env.network.tokens.member },
    );
    expect(answered.data?.answerQuestions.registration.answersComplete).toBe(true);
    const noVisa = await graphql(
      env.app.url,
      ANSWER,
      { input: { registrationId, answers: [{ questionId: visa.id, value: 'false' }] } },
      { token: env.network.tokens.member },
    );
    expect(noVisa.data?.answerQuestions.registration.answers.map((a) => a.question.key)).toEqual([dietary.key, access.key, visa.key]);
    const notAsked = await graphql(
      env.app.url,
      ANSWER,
      { input: { registrationId, answers: [{ questionId: passport.id, value: 'A1234567' }] } },
      { token: env.network.tokens.member },
    );
    expect([errorCodes(notAsked), errorField(notAsked)]).toEqual([['BAD_USER_INPUT'], 'answers.0.questionId']);
    const stored = await env.db.current.models.Registration.findById(registrationId).lean();
    expect(JSON.stringify(stored!.answers)).not.toContain('A1234567');
  });

  it('exports the operational answers to the Secretariat, the others only when asked for by name and audited so', async () => {
    const { workshopId, workshop, dietary, arrival, access, visa, passport } = await givenAskingWorkshop({ selfRegistration: true });
    const member = env.network.people.member;
    await graphql(
      env.app.url,
      REGISTER,
      {
        input: {
          workshopId,
          participants: [
            {
              userId: String(member._id),
              answers: [
                { questionId: dietary.id, value: 'HALAL' },
                { questionId: access.id, value: '=Step-free access' },
                { questionId: visa.id, value: 'false' },
              ],
            },
          ],
        },
      },
      { token: env.network.tokens.member },
    );
    const exported = async (query: string) => {
      const response = await fetch(`${env.app.url}/workshops/${workshopId}/participants.csv${query}`, { headers: { authorization: `Bearer ${staff()}` } });
      return {
        status: response.status,
        lines: (await response.text())
          .replace(/^\uFEFF/, '')
          .trim()
          .split('\n'),
      };
    };
    const plain = await exported('');
    expect(plain.lines[0]).toBe(
      `name,email,group,country,status,waitlistTicket,attended,registeredAt,answersComplete,consentsComplete,${dietary.key},${arrival.key}`,
    );
    expect(plain.lines[1]).toMatch(/,true,true,HALAL,$/);
    expect(plain.lines.join('\n')).not.toContain('Step-free');
    const everything = await exported('?include=sensitive');
    expect(everything.lines[0]!.split(',').slice(8)).toEqual([
      'answersComplete',
      'consentsComplete',
      dietary.key,
      arrival.key,
      access.key,
      visa.key,
      passport.key,
    ]);
    // A formula-looking answer is quoted as text.
    expect(everything.lines[1]).toMatch(/,true,true,HALAL,,'=Step-free access,false,$/);
    expect((await exported('?include=everything')).status).toBe(400);
    const audit = await env.db.current.models.AuditEntry.find({ subject: `workshop:${String(workshop._id)}` })
      .sort({ at: 1, _id: 1 })
      .lean();
    expect(audit.map((entry) => entry.details)).toEqual([
      { rows: 1, include: null, questions: [dietary.key, arrival.key] },
      { rows: 1, include: 'sensitive', questions: [dietary.key, arrival.key, access.key, visa.key, passport.key] },
    ]);
  });

  it('counts needs without names, and purges ephemeral answers when due and every answer with the person', async () => {
    const { workshopId, workshop, dietary, arrival, visa, passport } = await givenAskingWorkshop({ capacity: 3 });
    const people = ['Fatima Diallo', 'Grace Mwangi', 'Hassan Ali', 'Ines Moreau'].map((name, n) => ({ name, email: `needs-${n}@example.org` }));
    const diets = ['HALAL', 'VEGETARIAN', 'HALAL', 'HALAL'];
    await graphql(
      env.app.url,
      REGISTER,
      {
        input: {
          workshopId,
          participants: people.map((person, n) => ({
            ...person,
            answers: [
              { questionId: dietary.id, value: diets[n] },
              { questionId: arrival.id, value: `2026-08-3${n % 2}` },
            ],
          })),
        },
      },
      { token: env.network.tokens.coordinator },
    );
    // Sensitive answers, given by the Secretariat on the people's behalf (by telephone, say).
    const stored = await env.db.current.models.Registration.find({ workshopId: workshop._id }).sort({ _id: 1 }).lean();
    for (const registration of stored.slice(0, 2)) {
      const answered = await graphql(
        env.app.url,
        ANSWER,
        {
          input: {
            registrationId: String(registration._id),
            answers: [
              { questionId: visa.id, value: 'true' },
              { questionId: passport.id, value: `P-${String(registration._id).slice(-6)}` },
            ],
          },
        },
        { token: staff() },
      );
      expect(answered.errors).toBeUndefined();
    }
    const report = await graphql(env.app.url, REPORT, { id: workshopId }, { token: staff() });
    // The fourth person waits for a seat: only the three confirmed are counted.
    expect(report.data?.workshopReport.needs.map((need) => [need.question.key, need.answered, need.answers.map((a) => [a.value, a.label, a.count])])).toEqual([
      [
        dietary.key,
        3,
        [
          ['HALAL', 'Halal (fr)', 2],
          ['VEGETARIAN', 'Vegetarian (fr)', 1],
        ],
      ],
      [arrival.key, 3, []],
      [expect.any(String), 0, []],
      [visa.key, 2, [['true', 'Oui', 2]]],
      [passport.key, 2, []],
    ]);
    expect(JSON.stringify(report.data)).not.toMatch(/P-|Fatima|needs-0/);
    expect(errorCodes(await graphql(env.app.url, REPORT, { id: workshopId }, { token: env.network.tokens.coordinator }))).toEqual(['FORBIDDEN']);

    // 30 days after the end the passport numbers go; nothing else does, and not a day before.
    const passports = async () =>
      (await env.db.current.models.Registration.find({ workshopId: workshop._id }).lean())
        .flatMap((r) => r.answers ?? [])
        .filter((a) => String(a.questionId) === passport.id);
    try {
      env.app.clock.set('2026-09-30T00:00:00Z');
      await purgeEphemeralAnswers(env.app.deps);
      expect(await passports()).toHaveLength(2);
      env.app.clock.set('2026-10-02T00:00:00Z');
      expect(await purgeEphemeralAnswers(env.app.deps)).toBeGreaterThanOrEqual(2);
      expect(await passports()).toEqual([]);
      const left = await env.db.current.models.Registration.findById(stored[0]!._id).lean();
      expect(left!.answers!.map((a) => String(a.questionId))).toEqual([dietary.id, arrival.id, visa.id]);
      expect(await purgeEphemeralAnswers(env.app.deps)).toBe(0);
    } finally {
      env.app.clock.set('2026-03-01T09:00:00Z');
    }
    // Erasing a person erases their answers with their name.
    const erased = await graphql(env.app.url, ERASE, { email: people[1]!.email }, { token: env.network.tokens.admin });
    expect(erased.errors).toBeUndefined();
    expect((await env.db.current.models.Registration.findById(stored[1]!._id).lean())!.answers).toEqual([]);
  });

  it('asks people already registered a question added later, and two answers given at once both land', async () => {
    const { workshopId, dietary, arrival } = await givenAskingWorkshop();
    const registered = await graphql(
      env.app.url,
      REGISTER,
      { input: { workshopId, participants: [{ name: 'Chloé Wanjiru', email: 'chloe.later@example.org' }] } },
      { token: env.network.tokens.coordinator },
    );
    const registrationId = registered.data!.register.registrations[0]!.id;
    await ask(workshopId, [
      { questionId: dietary.id, required: true },
      { questionId: arrival.id, required: true },
    ]);
    const seen = async () =>
      (await graphql(env.app.url, ANSWERS, { workshopId }, { token: staff() })).data!.registrations.edges.find((e) => e.node.id === registrationId)!.node;
    expect((await seen()).missingAnswers.map((q) => q.key)).toEqual([dietary.key, arrival.key]);

    // One answer is held between its read and its write while the other lands: it is then made on what the other left.
    const hold = holdAt(env.db.current, 'registration-answers', registrationId);
    const first = graphql(
      env.app.url,
      ANSWER,
      { input: { registrationId, answers: [{ questionId: dietary.id, value: 'NONE' }] } },
      { token: env.network.tokens.coordinator },
    );
    await hold.reached;
    const second = await graphql(
      env.app.url,
      ANSWER,
      { input: { registrationId, answers: [{ questionId: arrival.id, value: '2026-08-30' }] } },
      { token: staff() },
    );
    expect(second.errors).toBeUndefined();
    hold.release();
    expect((await first).errors).toBeUndefined();
    const after = await seen();
    expect(after.answers.map((a) => [a.question.key, a.value])).toEqual([
      [dietary.key, 'NONE'],
      [arrival.key, '2026-08-30'],
    ]);
    expect(after.answersComplete).toBe(true);
  });
});
