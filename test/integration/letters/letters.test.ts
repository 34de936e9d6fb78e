import { holdAt } from '../../../src/db/race-points';
import { verifyUrlOf } from '../../../src/modules/letters/letters.route';
import { givenQuestion, givenRegistration, givenWorkshop } from '../../helpers/fixtures';
import { deliverAll, mailsToAddress, queued, useMailApp } from '../../helpers/notifications';
import { operation } from '../../gql';
import { errorCodes, errorField, graphql } from '../../helpers/graphql';
import { pdfText } from '../../helpers/pdf';

const REGISTER = operation(`mutation LettersRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }`);
const REQUEST = operation(`mutation LettersRequest($input: RequestInvitationLetterInput!) {
  requestInvitationLetter(input: $input) { letter { id status language questions { key } verificationCode downloadUrl } } }`);
const DECIDE = operation(`mutation LettersDecide($input: DecideInvitationLetterInput!) {
  decideInvitationLetter(input: $input) { letter { id status coverage signatory declineReason verificationCode downloadUrl } } }`);
const MINE = operation(`query LettersMine { myRegistrations { edges { node { id invitationLetter { status verificationCode } } } } }`);
const LIST = operation(`query LettersList($workshopId: ID!) { registrations(workshopId: $workshopId) { edges { node { id invitationLetter { status } } } } }`);
const LETTERS = operation(
  `query LettersOfWorkshop($workshopId: ID!) { invitationLetters(workshopId: $workshopId) { id status registration { participant { name } } } }`,
);
const VERIFY = operation(`query LettersVerify($code: String!) { verifyInvitationLetter(code: $code) { name workshopTitle startsAt endsAt } }`);

describe('visa invitation letters', () => {
  const env = useMailApp();
  const download = (id: string, token?: string) => fetch(`${env.app.url}/letters/${id}.pdf`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  async function givenAskingWorkshop() {
    const passport = await givenQuestion(env.db.current, {
      key: 'passport',
      type: 'TEXT',
      sensitivity: 'EPHEMERAL',
      labels: { en: 'Passport number', fr: 'Numéro de passeport' },
    });
    const nationality = await givenQuestion(env.db.current, {
      key: 'nationality',
      type: 'COUNTRY',
      sensitivity: 'SENSITIVE',
      labels: { en: 'Nationality', fr: 'Nationalité' },
    });
    const workshop = await givenWorkshop(env.db.current, {
      title: 'Regional forum on online child protection',
      selfRegistration: true,
      questions: [passport, nationality].map((q) => ({ questionId: q._id, required: false, showIf: null })),
    });
    return { workshop, passport, nationality };
  }

  it('is asked for by the participant, approved by the Secretariat, and served as a PDF in the embassy’s language with a code that verifies', async () => {
    const { workshop, passport, nationality } = await givenAskingWorkshop();
    const member = env.network.people.member;
    const registered = await graphql(
      env.app.url,
      REGISTER,
      {
        input: {
          workshopId: String(workshop._id),
          participants: [
            {
              userId: String(member._id),
              answers: [
                { questionId: String(passport._id), value: 'AK1234567' },
                { questionId: String(nationality._id), value: 'KE' },
              ],
            },
          ],
        },
      },
      { token: env.network.tokens.member },
    );
    const registrationId = registered.data!.register.registrations[0]!.id;
    const ask = (input: Record<string, unknown>, token = env.network.tokens.member) =>
      graphql(env.app.url, REQUEST, { input: { registrationId, language: 'fr', ...input } as never }, { token });

    const refusals: [Record<string, unknown>, string, string, string?][] = [
      [{}, 'BAD_USER_INPUT', 'registrationId', env.network.tokens.coordinator],
      [{ language: 'de' }, 'BAD_USER_INPUT', 'language'],
      [{ questionIds: ['0123456789abcdef01234567'] }, 'BAD_USER_INPUT', 'questionIds.0'],
      [{ addressee: 'x'.repeat(201) }, 'BAD_USER_INPUT', 'addressee'],
    ];
    for (const [input, code, field, token] of refusals) {
      const answer = await ask(input, token);
      expect([errorCodes(answer), errorField(answer)]).toEqual([[code], field]);
    }
    expect(await env.db.current.models.InvitationLetter.countDocuments({ workshopId: workshop._id })).toBe(0);

    const requested = await ask({ addressee: 'Ambassade de France à Nairobi', questionIds: [String(passport._id), String(nationality._id)] });
    expect(requested.data?.requestInvitationLetter.letter).toMatchObject({ status: 'REQUESTED', language: 'fr', verificationCode: null, downloadUrl: null });
    const letterId = requested.data!.requestInvitationLetter.letter.id;
    expect(errorCodes(await ask({}))).toEqual(['CONFLICT']);
    expect(
      errorCodes(await graphql(env.app.url, DECIDE, { input: { id: letterId, approve: true, signatory: 'X' } }, { token: env.network.tokens.member })),
    ).toEqual(['FORBIDDEN']);
    expect((await download(letterId, env.network.tokens.member)).status).toBe(404);

    const approved = await graphql(
      env.app.url,
      DECIDE,
      { input: { id: letterId, approve: true, coverage: ['TRAVEL', 'ACCOMMODATION'], signatory: 'Dr. Amara Diallo, Executive Director' } },
      { token: env.network.tokens.staff },
    );
    const letter = approved.data!.decideInvitationLetter.letter;
    expect(letter).toMatchObject({ status: 'APPROVED', coverage: ['TRAVEL', 'ACCOMMODATION'] });
    expect(letter.verificationCode).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    const code = letter.verificationCode!;
    // The participant is told, in their language, where to find it; the email holds no code nor passport number.
    await queued(env.app.deps, { kind: 'LETTER_APPROVED', registrationId: letter.id }, 1);
    await deliverAll(env.app.deps);
    const told = mailsToAddress(env.sink, member.email).filter((mail) => mail.subject === `Your invitation letter is ready: ${workshop.title}`);
    expect(told).toHaveLength(1);
    expect(told[0]!.text).toContain('Download it from My workshops');
    expect(told[0]!.text).not.toMatch(new RegExp(`AK1234567|${code}`));

    // The participant and the Secretariat see it; the group's coordinator does not.
    const mine = (await graphql(env.app.url, MINE, {}, { token: env.network.tokens.member })).data!.myRegistrations.edges.find(
      (e) => e.node.id === registrationId,
    )!.node;
    expect(mine.invitationLetter).toEqual({ status: 'APPROVED', verificationCode: code });
    const seenBy = async (token: string) =>
      (await graphql(env.app.url, LIST, { workshopId: String(workshop._id) }, { token })).data!.registrations.edges.find((e) => e.node.id === registrationId)!
        .node.invitationLetter;
    expect(await seenBy(env.network.tokens.staff)).toEqual({ status: 'APPROVED' });
    expect(await seenBy(env.network.tokens.coordinator)).toBeNull();
    expect(errorCodes(await graphql(env.app.url, LETTERS, { workshopId: String(workshop._id) }, { token: env.network.tokens.coordinator }))).toEqual([
      'FORBIDDEN',
    ]);

    // The PDF, read back by pdf.js and jsQR: French, the workshop, the venue's dates, what is covered, the answers asked for, the code.
    const response = await download(letterId, env.network.tokens.member);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="invitation-letter-${letterId}.pdf"`);
    const read = await pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(read.pages).toBe(1);
    for (const expected of [
      'Lettre d’invitation',
      'Ambassade de France à Nairobi',
      'Test Person',
      '« Regional forum on online child protection »',
      'le voyage, l’hébergement',
      'Numéro de passeport: AK1234567',
      'Nationalité: Kenya',
      'Dr. Amara Diallo, Executive Director',
      code,
    ]) {
      expect(read.text.replace(/\s+/g, ' ')).toContain(expected);
    }
    expect(read.qr).toBe(verifyUrlOf(env.app.deps, code));
    expect((await download(letterId, env.network.tokens.coordinator)).status).toBe(404);
    expect((await download(letterId)).status).toBe(401);

    // The public page and query confirm the name, the workshop and its dates only.
    const page = await fetch(`${env.app.url}/letters/verify/${code.toLowerCase()}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('This letter is genuine');
    expect(html).toContain('Test Person');
    expect(html).toContain('Regional forum on online child protection');
    expect(html).not.toMatch(/AK1234567|Kenya|example\.org|Diallo/);
    expect((await fetch(`${env.app.url}/letters/verify/AAAA-BBBB-CCCC-DDDD`)).status).toBe(404);
    expect((await graphql(env.app.url, VERIFY, { code })).data?.verifyInvitationLetter).toEqual({
      name: 'Test Person',
      workshopTitle: workshop.title,
      startsAt: workshop.startsAt.toISOString(),
      endsAt: workshop.endsAt.toISOString(),
    });
    expect((await graphql(env.app.url, VERIFY, { code: 'x'.repeat(10_000) })).data?.verifyInvitationLetter).toBeNull();
  });

  it('holds an offered seat a week longer while the letter is pending, and may be asked again once declined', async () => {
    const { workshop } = await givenAskingWorkshop();
    const registration = await givenRegistration(env.db.current, {
      workshopId: workshop._id,
      organizationId: env.network.group._id,
      status: 'WAITLISTED',
      email: env.network.people.member.email,
    });
    const offeredUntil = new Date('2026-03-03T09:00:00Z');
    await env.db.current.models.Registration.updateOne(
      { _id: registration._id },
      { $set: { 'participant.userId': env.network.people.member._id, offerExpiresAt: offeredUntil, seatClaim: `offer-${String(registration._id)}` } },
    );
    const requested = await graphql(
      env.app.url,
      REQUEST,
      { input: { registrationId: String(registration._id), language: 'es' } },
      { token: env.network.tokens.member },
    );
    expect(requested.errors).toBeUndefined();
    const held = await env.db.current.models.Registration.findById(registration._id).lean();
    expect(held!.offerExpiresAt).toEqual(new Date('2026-03-10T09:00:00Z'));

    const id = requested.data!.requestInvitationLetter.letter.id;
    // Two decisions at once: one lands, the other is told the letter changed.
    const hold = holdAt(env.db.current, 'letter-change', id);
    const approving = graphql(env.app.url, DECIDE, { input: { id, approve: true, signatory: 'The Secretariat' } }, { token: env.network.tokens.staff });
    await hold.reached;
    const declining = await graphql(
      env.app.url,
      DECIDE,
      { input: { id, approve: false, reason: 'The forum is full of visa requests.' } },
      { token: env.network.tokens.admin },
    );
    expect(errorCodes(declining)).toEqual(['CONFLICT']);
    hold.release();
    expect((await approving).data?.decideInvitationLetter.letter.status).toBe('APPROVED');

    // A declined request may be made again (a second letter, after the first one's decision).
    const other = await givenRegistration(env.db.current, { workshopId: workshop._id, organizationId: env.network.group._id, email: 'again@example.org' });
    await env.db.current.models.Registration.updateOne({ _id: other._id }, { $set: { 'participant.userId': env.network.people.member._id } });
    const first = await graphql(env.app.url, REQUEST, { input: { registrationId: String(other._id), language: 'en' } }, { token: env.network.tokens.member });
    const otherId = first.data!.requestInvitationLetter.letter.id;
    const declined = await graphql(
      env.app.url,
      DECIDE,
      { input: { id: otherId, approve: false, reason: 'Please add your passport number.' } },
      { token: env.network.tokens.staff },
    );
    expect(declined.data?.decideInvitationLetter.letter).toMatchObject({
      status: 'DECLINED',
      declineReason: 'Please add your passport number.',
      verificationCode: null,
    });
    const [message] = await queued(env.app.deps, { kind: 'LETTER_DECLINED', registrationId: other._id }, 1);
    await deliverAll(env.app.deps);
    expect(mailsToAddress(env.sink, message!.recipient.email).find((mail) => mail.subject?.startsWith('Your letter request'))?.text).toContain(
      'as asked: Please add your passport number.',
    );
    const again = await graphql(env.app.url, REQUEST, { input: { registrationId: String(other._id), language: 'en' } }, { token: env.network.tokens.member });
    expect(again.data?.requestInvitationLetter.letter.status).toBe('REQUESTED');
  });
});
