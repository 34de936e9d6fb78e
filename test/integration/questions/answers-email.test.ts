import { givenQuestion, givenWorkshop } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { errorCodes, graphql } from '../../helpers/graphql';
import { deliverAll, mailsToAddress, queued, storedMessages, useMailApp } from '../../helpers/notifications';

const REGISTER = operation(`mutation AnswersEmailRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }`);
const SET = operation(`mutation AnswersEmailSet($input: SetWorkshopQuestionsInput!) { setWorkshopQuestions(input: $input) { workshop { id } } }`);
const REMIND = operation(`mutation AnswersEmailRemind($input: RemindMissingAnswersInput!) { remindMissingAnswers(input: $input) { asked } }`);
const USE = operation(`mutation AnswersEmailUse($input: AnswerByLinkInput!) { answerByLink(input: $input) { answersComplete } }`);
const NOTIFICATIONS = operation(`query AnswersEmailInApp { notifications(first: 50) { edges { node { kind } } } }`);

describe('asking people for their answers by email, with their own link', () => {
  const env = useMailApp();
  const mailsTo = (address: string) => mailsToAddress(env.sink, address);
  const linkIn = (text: string) => text.match(/https?:\/\/\S+\/#\/answers\?token=(\S+)/)?.[1];

  const yesNo = (key: string, sensitivity: 'SENSITIVE' | 'OPERATIONAL') =>
    givenQuestion(env.db.current, { key, type: 'YES_NO', sensitivity, labels: { en: key, fr: `${key} (fr)` } });

  it('emails each person registered by their group a single-use link, in their language, and none to those who have answered', async () => {
    const access = await yesNo('step-free-access', 'SENSITIVE');
    const workshop = await givenWorkshop(env.db.current, { questions: [{ questionId: access._id, required: true, showIf: null }] });
    const registered = await graphql(
      env.app.url,
      REGISTER,
      {
        input: {
          workshopId: String(workshop._id),
          participants: [
            { name: 'Aïssatou Ba', email: 'aissatou.answers@example.org', language: 'fr' },
            { name: 'Brian Otieno', email: 'brian.answers@example.org' },
          ],
        },
      },
      { token: env.network.tokens.coordinator },
    );
    expect(registered.errors).toBeUndefined();
    const [aissatou] = registered.data!.register.registrations;
    const asked = await queued(env.app.deps, { kind: 'ANSWERS_NEEDED', workshopId: workshop._id }, 2);
    expect(asked.every((message) => message.recipient.userId === null)).toBe(true);
    await deliverAll(env.app.deps);

    const [mail] = mailsTo('aissatou.answers@example.org');
    expect(mail!.subject).toBe(`Quelques questions avant « ${workshop.title} »`);
    expect(mail!.text).toContain('Répondre aux questions');
    const token = decodeURIComponent(linkIn(mail!.text!)!);
    // Once sent, the stored message keeps neither the link nor the body that quoted it.
    const stored = await storedMessages(env.db.current, { kind: 'ANSWERS_NEEDED', registrationId: { $exists: true }, workshopId: workshop._id });
    expect(JSON.stringify(stored)).not.toContain(token.slice(-20));

    const used = await graphql(env.app.url, USE, { input: { token, answers: [{ questionId: String(access._id), value: 'true' }] } });
    expect(used.data?.answerByLink.answersComplete).toBe(true);
    const stillDue = await env.db.current.models.Registration.findById(aissatou!.id).lean();
    expect(stillDue!.answers).toHaveLength(1);

    // A reminder goes only to whoever still has not answered, once a day however often it is asked.
    env.sink.messages.length = 0;
    const first = await graphql(env.app.url, REMIND, { input: { workshopId: String(workshop._id) } }, { token: env.network.tokens.staff });
    expect(first.data?.remindMissingAnswers.asked).toBe(1);
    await graphql(env.app.url, REMIND, { input: { workshopId: String(workshop._id) } }, { token: env.network.tokens.staff });
    await deliverAll(env.app.deps);
    expect(env.sink.messages.map((m) => (Array.isArray(m.to) ? '' : m.to?.value[0]?.address))).toEqual(['brian.answers@example.org']);
    expect(env.sink.messages[0]!.subject).toBe(`A few questions before ${workshop.title}`);
    expect(errorCodes(await graphql(env.app.url, REMIND, { input: { workshopId: String(workshop._id) } }, { token: env.network.tokens.coordinator }))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('asks those already registered when a required question is added, and keeps the link out of the in-app list', async () => {
    const workshop = await givenWorkshop(env.db.current);
    const member = env.network.people.member;
    const registered = await graphql(
      env.app.url,
      REGISTER,
      { input: { workshopId: String(workshop._id), participants: [{ name: member.name, email: member.email }] } },
      { token: env.network.tokens.coordinator },
    );
    expect(registered.errors).toBeUndefined();
    await deliverAll(env.app.deps);
    const visa = await yesNo('needs-visa', 'SENSITIVE');
    const optional = await yesNo('bringing-a-laptop', 'OPERATIONAL');
    env.sink.messages.length = 0;
    await graphql(
      env.app.url,
      SET,
      { input: { workshopId: String(workshop._id), questions: [{ questionId: String(optional._id) }, { questionId: String(visa._id), required: true }] } },
      { token: env.network.tokens.staff },
    );
    await queued(env.app.deps, { kind: 'ANSWERS_NEEDED', workshopId: workshop._id }, 1);
    await deliverAll(env.app.deps);
    expect(mailsTo(member.email).filter((m) => m.subject === `A few questions before ${workshop.title}`)).toHaveLength(1);
    const inApp = await graphql(env.app.url, NOTIFICATIONS, {}, { token: env.network.tokens.member });
    expect(inApp.data?.notifications.edges.map((e) => e.node.kind)).not.toContain('ANSWERS_NEEDED');
  });
});
