import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { RegisterDocument, type RegisterMutation } from '../../portal/src/gql/graphql';
import { givenWorkshop, TEST_PASSWORD } from '../helpers/fixtures';
import { graphql } from '../helpers/graphql';
import { deliverAll, useMailApp } from '../helpers/notifications';
import { waitFor } from '../helpers/wait';
import { accessibilityViolations, newVisitor, screenshot, useBrowser } from './browser';
import { expectGoodPage, literally, settled, shaped, signInThroughPage, startsWith, type Visit } from './journey-helpers';
import { JOURNEY_LANGUAGES, pageSpeaks, wordsIn } from './words';

/**
 * Participant needs, end to end in a real browser over the real app and a real SMTP sink: the
 * Secretariat writes two questions in the library (one its groups see, one private and asked
 * only if the first was answered so) and picks them for a workshop; a coordinator registers two
 * people, answering the question they may see; one person opens the emailed link signed out, on
 * a phone in French, answers the private question and sees it complete, and the link then says
 * it is spent. The coordinator's pages never show the private answer; the Secretariat's desk,
 * report and export do.
 */
describe('participant needs in a browser', () => {
  const env = useMailApp();
  const browser = useBrowser();
  const en = wordsIn('en');
  const fr = wordsIn('fr');

  const secret = 'Allergie sévère aux arachides, stylo EpiPen dans le sac';
  const dietary = { key: 'dietary-needs', en: 'Dietary needs', fr: 'Régime alimentaire', es: 'Dieta' };
  const allergy = { key: 'allergy-details', en: 'Tell us about the allergy', fr: 'Parlez-nous de l’allergie', es: 'Cuéntenos la alergia' };
  const nadia = { name: 'Nadia Mwangi', email: 'nadia.answers@example.org' };
  const omar = { name: 'Omar Kiprono', email: 'omar.answers@example.org' };
  let workshop: Awaited<ReturnType<typeof givenWorkshop>>;

  /** A visitor of one language and screen, signed in through the page when given an email. */
  const visitor = async (language: 'en' | 'fr', phone: boolean, email?: string, landing: 'myTitle' | 'secHome' = 'myTitle'): Promise<Visit> => {
    const { context, page } = await newVisitor(browser.current, { locale: JOURNEY_LANGUAGES[language], phone });
    const visit = { way: { language, phone }, t: wordsIn(language), page, context };
    if (email) await signInThroughPage(visit, env.app.url, email, TEST_PASSWORD, landing);
    return visit;
  };
  const bodyText = async (page: Page) => (await page.locator('body').textContent()) ?? '';
  /** A sensitivity's radio, named by the sensitivity and then who sees its answers. */
  const sensitivityNamed = (name: string) => new RegExp(`^${literally(name)}\\s*:`);

  beforeAll(async () => {
    workshop = await givenWorkshop(env.db.current, { title: 'Atelier : protéger en ligne (besoins)', capacity: 10 });
  });

  it('lets the Secretariat write questions in the library, refusing a lowered sensitivity by its field, and pick them for a workshop', async () => {
    const visit = await visitor('en', false, env.network.people.admin.email, 'secHome');
    const { page } = visit;
    const t = en;
    try {
      await page.goto(`${env.app.url}/#/secretariat`);
      await page
        .getByRole('navigation', { name: t('secTitle') })
        .getByRole('link', { name: t('secQuestions'), exact: true })
        .click();
      await page.getByRole('heading', { name: t('questionsTitle'), level: 1 }).waitFor();
      const form = page.getByRole('form', { name: t('questionNew') });
      const labels = form.getByRole('group', { name: t('questionLabel'), exact: true });
      const fillLabels = async (scope: typeof labels, words: { en: string; fr: string; es: string }) => {
        await scope.getByLabel(t('questionInEnglish'), { exact: true }).fill(words.en);
        await scope.getByLabel(t('questionInFrench'), { exact: true }).fill(words.fr);
        await scope.getByLabel(t('questionInSpanish'), { exact: true }).fill(words.es);
      };

      // One the groups see: a choice among three.
      await form.getByLabel(startsWith(t('questionKey'))).fill(dietary.key);
      await form.getByLabel(startsWith(t('questionType'))).selectOption('ONE_CHOICE');
      await fillLabels(labels, dietary);
      const choices = [
        { value: 'VEGETARIAN', en: 'Vegetarian', fr: 'Végétarien', es: 'Vegetariano' },
        { value: 'HALAL', en: 'Halal', fr: 'Halal', es: 'Halal' },
        { value: 'ALLERGY', en: 'A food allergy', fr: 'Une allergie alimentaire', es: 'Una alergia alimentaria' },
      ];
      await form.getByRole('button', { name: t('questionChoiceAdd') }).click();
      for (const [i, choice] of choices.entries()) {
        const group = form.getByRole('group', { name: t('questionChoiceN', { n: i + 1 }), exact: true });
        await group.getByLabel(t('questionChoiceValue'), { exact: true }).fill(choice.value);
        await fillLabels(group, choice);
      }
      await form.getByRole('radio', { name: sensitivityNamed(t('OPERATIONAL')) }).check();
      await form.getByRole('button', { name: t('questionCreate') }).click();
      await page
        .getByRole('status')
        .filter({ hasText: t('created') })
        .waitFor();
      const rows = page.getByRole('table').getByRole('row');
      await rows
        .filter({ hasText: dietary.key })
        .filter({ hasText: t('OPERATIONAL') })
        .waitFor();

      // One private: a long text.
      await form.getByLabel(startsWith(t('questionKey'))).fill(allergy.key);
      await form.getByLabel(startsWith(t('questionType'))).selectOption('LONG_TEXT');
      await fillLabels(labels, allergy);
      await form.getByRole('radio', { name: sensitivityNamed(t('SENSITIVE')) }).check();
      await form.getByRole('button', { name: t('questionCreate') }).click();
      await rows
        .filter({ hasText: allergy.key })
        .filter({ hasText: t('SENSITIVE') })
        .waitFor();
      const stored = await env.db.current.models.RegistrationQuestion.find({}).lean();
      expect(stored.map((q) => [q.key, q.type, q.sensitivity]).sort()).toEqual([
        [allergy.key, 'LONG_TEXT', 'SENSITIVE'],
        [dietary.key, 'ONE_CHOICE', 'OPERATIONAL'],
      ]);
      await expectGoodPage(visit, 'secretariat-questions');

      // A private question never becomes one its groups see: the server refuses, by the field.
      await page.getByRole('button', { name: t('questionEditOf', { key: allergy.key }) }).click();
      const edit = page.getByRole('form', { name: t('questionEditTitle', { key: allergy.key }) });
      await edit.getByRole('radio', { name: sensitivityNamed(t('OPERATIONAL')) }).check();
      await edit.getByRole('button', { name: t('save'), exact: true }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: t('errorInput') })
        .waitFor();
      await edit
        .getByRole('group', { name: t('questionSensitivity') })
        .and(page.locator('[aria-invalid="true"]'))
        .waitFor();
      await edit.getByText(t('errorInput'), { exact: true }).waitFor();
      await edit.getByRole('button', { name: t('questionEditCancel') }).click();
      expect((await env.db.current.models.RegistrationQuestion.findOne({ key: allergy.key }).lean())?.sensitivity).toBe('SENSITIVE');

      // Picked for the workshop: the diet required; the allergy required only if the diet says so.
      await page.goto(`${env.app.url}/#/secretariat/workshops/${String(workshop._id)}`);
      const section = page.getByRole('region', { name: t('workshopQuestionsTitle') });
      await section.getByText(t('workshopQuestionsNone')).waitFor();
      const add = section.getByLabel(t('workshopQuestionAdd'), { exact: true });
      await add.selectOption({ label: `${dietary.en} (${t('OPERATIONAL')})` });
      await section.getByRole('button', { name: t('workshopQuestionAddButton') }).click();
      await add.selectOption({ label: `${allergy.en} (${t('SENSITIVE')})` });
      await section.getByRole('button', { name: t('workshopQuestionAddButton') }).click();
      const first = section.getByRole('group', { name: dietary.en, exact: true });
      const second = section.getByRole('group', { name: allergy.en, exact: true });
      await first.getByRole('checkbox', { name: t('workshopQuestionRequired') }).check();
      await second.getByRole('checkbox', { name: t('workshopQuestionRequired') }).check();
      await second.getByLabel(startsWith(t('workshopQuestionOnlyIf'))).selectOption({ label: dietary.en });
      await second.getByLabel(startsWith(t('workshopQuestionIs', { question: dietary.en }))).selectOption('ALLERGY');
      expect(await first.getByLabel(t('workshopQuestionOnlyIf')).count()).toBe(0);
      await section.getByRole('button', { name: t('workshopQuestionsSave') }).click();
      await section
        .getByRole('status')
        .filter({ hasText: t('workshopQuestionsSaved') })
        .waitFor();
      const asked = (await env.db.current.models.Workshop.findById(workshop._id).lean())?.questions ?? [];
      const ids = new Map(stored.map((q) => [String(q._id), q.key]));
      expect(asked.map((q) => [ids.get(String(q.questionId)), q.required, q.showIf ? [ids.get(String(q.showIf.questionId)), q.showIf.equals] : null])).toEqual([
        [dietary.key, true, null],
        [allergy.key, true, [dietary.key, 'ALLERGY']],
      ]);
      await screenshot(page, 'desktop-en-workshop-questions');
      expect(await accessibilityViolations(page)).toEqual([]);
    } finally {
      await visit.context.close();
    }
  });

  it('lets a coordinator answer only the question their group sees when registering people, and says the rest comes by a private link', async () => {
    const visit = await visitor('en', false, env.network.people.coordinator.email);
    const { page } = visit;
    const t = en;
    try {
      await page.goto(`${env.app.url}/#/workshops/${String(workshop._id)}`);
      await page.getByRole('heading', { name: t('registerTitle') }).waitFor();
      await page.getByText(t('registerPrivateQuestions')).waitFor();
      const person = (n: number) => page.getByRole('group', { name: t('person', { n }), exact: true });
      await person(1).getByLabel(t('name'), { exact: true }).fill(nadia.name);
      await person(1).getByLabel(t('email'), { exact: true }).fill(nadia.email);
      const diet = person(1).getByRole('group', { name: startsWith(t('answerRequiredLabel', { label: dietary.en })) });
      await diet.getByRole('radio', { name: 'A food allergy' }).check();
      await page.getByRole('button', { name: t('addPerson') }).click();
      await person(2).getByLabel(t('name'), { exact: true }).fill(omar.name);
      await person(2).getByLabel(t('email'), { exact: true }).fill(omar.email);
      // The private question is never put to the coordinator, even once its condition holds.
      expect(await bodyText(page)).not.toContain(allergy.en);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: t('registerSubmit'), exact: true }).click();
      await page
        .getByRole('status')
        .filter({ hasText: t('outcomeConfirmed', nadia) })
        .waitFor();
      const registrations = await env.db.current.models.Registration.find({ workshopId: workshop._id }).lean();
      const of = (email: string) => registrations.find((r) => r.participant?.email === email);
      expect(of(nadia.email)?.answers?.map((a) => a.value)).toEqual(['ALLERGY']);
      expect(of(omar.email)?.answers ?? []).toEqual([]);
    } finally {
      await visit.context.close();
    }
  });

  it('emails the person a link that opens signed out on a phone in French, takes the private answer once, and is then spent', async () => {
    const mail = await waitFor(async () => {
      await env.app.deps.events.drain();
      await deliverAll(env.app.deps);
      return (
        env.sink.messages.find((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === nadia.email && /#\/answers\?token=/.test(m.text ?? '')) ?? null
      );
    }, 'the ANSWERS_NEEDED email');
    const link = new URL(mail.text!.match(/https?:\/\/\S+\/#\/answers\?token=\S+/)![0]);

    const visit = await visitor('fr', true);
    const { page } = visit;
    const t = fr;
    try {
      await page.goto(`${env.app.url}/${link.hash}`);
      await pageSpeaks(page, 'fr');
      await page.getByRole('heading', { name: t('answersTitle', { title: workshop.title }), level: 1 }).waitFor();
      // The diet was answered by the coordinator: said so, its answer not shown.
      const diet = page.getByRole('group', { name: startsWith(t('answerRequiredLabel', { label: dietary.fr })) });
      await diet.getByText(startsWith(t('answerAnsweredBefore'))).waitFor();
      expect(await diet.getByRole('radio', { checked: true }).count()).toBe(0);
      await diet.getByText(t('answerSeenByGroup')).waitFor();
      // The allergy is asked, since the diet says so, and said to be private.
      const details = page.getByLabel(startsWith(t('answerRequiredLabel', { label: allergy.fr })));
      await details.fill(secret);
      await page.getByText(t('answerSeenPrivately')).waitFor();
      await expectGoodPage(visit, 'answers');
      await page.getByRole('button', { name: t('answersSubmit') }).click();
      await page.getByRole('heading', { name: t('answersThanks'), level: 1 }).waitFor();
      await page
        .getByRole('status')
        .filter({ hasText: t('answersAllDone') })
        .waitFor();
      expect(page.url()).not.toContain('token=');
      await expectGoodPage(visit, 'answers-done');
      const registration = await env.db.current.models.Registration.findOne({ 'participant.email': nadia.email }).lean();
      expect(registration?.answers?.map((a) => a.value).sort()).toEqual(['ALLERGY', secret].sort());

      // The same link again: spent, and said so.
      await page.goto(`${env.app.url}/${link.hash}`);
      await page.reload();
      await page.getByRole('heading', { name: t('answersSpentTitle'), level: 1 }).waitFor();
      await page.getByText(t('answersSpent')).waitFor();
      await expectGoodPage(visit, 'answers-spent');
    } finally {
      await visit.context.close();
    }
  });

  it('never shows the private answer on the coordinator’s pages', async () => {
    const visit = await visitor('en', false, env.network.people.coordinator.email);
    const { page } = visit;
    const t = en;
    try {
      // The dashboard (My workshops).
      await page.getByRole('region', { name: t('groupOf', { name: env.network.group.name }) }).waitFor();
      await page.getByRole('link', { name: workshop.title }).first().waitFor();
      expect(await bodyText(page)).not.toContain(secret);
      // The workshop's page and the group's registrations on it.
      await page.goto(`${env.app.url}/#/workshops/${String(workshop._id)}`);
      const registrations = page.getByRole('region', { name: t('registrationsTitle') });
      await registrations.getByRole('row').filter({ hasText: nadia.name }).waitFor();
      expect(await bodyText(page)).not.toContain(secret);
      expect(await page.content()).not.toContain(secret);
    } finally {
      await visit.context.close();
    }
  });

  it('shows the Secretariat each person’s answers and what is missing, reminds, reports the needs and exports the private answers on request', async () => {
    const visit = await visitor('en', false, env.network.people.admin.email, 'secHome');
    const { page } = visit;
    const t = en;
    try {
      await page.goto(`${env.app.url}/#/secretariat/workshops/${String(workshop._id)}`);
      const desk = page.getByRole('region', { name: t('answersDeskTitle') });
      const row = (name: string) => desk.getByRole('row').filter({ hasText: name });
      await row(nadia.name)
        .filter({ hasText: t('answersAllAnswered') })
        .waitFor();
      await row(omar.name)
        .filter({ hasText: t('answersMissingList', { questions: dietary.en }) })
        .waitFor();
      await desk.getByText(t('answersDeskMissingOne', { n: 1, total: 2 })).waitFor();
      await row(nadia.name)
        .getByText(t('answersShow', { n: 2 }))
        .click();
      await row(nadia.name).getByText(secret).waitFor();
      await row(nadia.name).getByText('A food allergy').waitFor();

      await desk.getByRole('button', { name: t('answersRemind') }).click();
      await desk
        .getByRole('status')
        .filter({ hasText: shaped(t, 'answersRemindedOne', { n: '1' }) })
        .waitFor();

      // The export with the private answers only when asked for it.
      const exported = async (button: string) => {
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
        return fs.readFileSync((await download.path())!, 'utf8');
      };
      const plain = await exported(t('exportCsv'));
      expect(plain).toContain(nadia.email);
      expect(plain).not.toContain('arachides');
      const full = await exported(t('answersExportSensitive'));
      expect(full).toContain('arachides');
      await desk.getByText(t('answersExportWarning')).waitFor();
      await screenshot(page, 'desktop-en-registrations-answers');
      expect(await accessibilityViolations(page)).toEqual([]);

      // The report counts needs, never names.
      await page.goto(`${env.app.url}/#/secretariat/workshops/${String(workshop._id)}/report`);
      const needs = page.getByRole('region', { name: t('needsTitle') });
      await needs.getByText(`${dietary.en} (${t('needsAnsweredOne', { n: 1 })})`).waitFor();
      await needs.getByText('A food allergy').waitFor();
      expect(await needs.textContent()).not.toContain(nadia.name);
      await screenshot(page, 'desktop-en-report-needs');
    } finally {
      await visit.context.close();
    }
  });

  it('offers a signed-in participant the questions still to answer from My workshops', async () => {
    const { member } = env.network.people;
    const registered = await graphql<RegisterMutation>(
      env.app.url,
      String(RegisterDocument),
      { input: { workshopId: String(workshop._id), participants: [{ userId: String(member._id) }] } },
      { token: env.network.tokens.coordinator },
    );
    expect(registered.errors).toBeUndefined();
    const visit = await visitor('en', false, member.email);
    const { page } = visit;
    const t = en;
    try {
      const mine = page.getByRole('region', { name: t('myRegistrations') });
      await mine.getByRole('link', { name: t('answerQuestionsOne', { n: 1 }) }).click();
      await page.getByRole('heading', { name: t('answersTitle', { title: workshop.title }), level: 1 }).waitFor();
      // Only the diet is asked: the allergy waits on its answer.
      expect(await page.getByText(allergy.en).count()).toBe(0);
      await page
        .getByRole('group', { name: startsWith(t('answerRequiredLabel', { label: dietary.en })) })
        .getByRole('radio', { name: 'Vegetarian' })
        .check();
      await page.getByRole('button', { name: t('answersSubmit') }).click();
      await page
        .getByRole('status')
        .filter({ hasText: t('answersAllDone') })
        .waitFor();
      await page.goto(`${env.app.url}/#/my`);
      await mine.getByRole('link', { name: workshop.title }).waitFor();
      await settled(page);
      expect(await mine.getByRole('link', { name: t('answerQuestionsOne', { n: 1 }) }).count()).toBe(0);
    } finally {
      await visit.context.close();
    }
  });
});
