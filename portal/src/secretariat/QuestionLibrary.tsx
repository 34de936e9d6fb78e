import { useEffect, useRef, useState, type FormEvent } from 'react';
import { request } from '../api';
import { graphql } from '../gql';
import type { QuestionLibraryQuery, QuestionSensitivity, QuestionType } from '../gql/graphql';
import { type Key, useI18n } from '../i18n';
import { CodeSelect, ErrorMessage, FieldError, invalidIf, Loading, PageTitle, Status, Table, useAction, useQuery } from '../ui';

const LIBRARY = graphql(`
  query QuestionLibrary($includeArchived: Boolean, $language: String) {
    registrationQuestions(includeArchived: $includeArchived) {
      id
      key
      type
      label(language: $language)
      labels {
        en
        fr
        es
      }
      choices {
        value
        labels {
          en
          fr
          es
        }
      }
      sensitivity
      purgeAfterDays
      archived
    }
  }
`);

const CREATE_QUESTION = graphql(`
  mutation CreateRegistrationQuestion($input: CreateRegistrationQuestionInput!) {
    createRegistrationQuestion(input: $input) {
      question {
        id
      }
    }
  }
`);

const UPDATE_QUESTION = graphql(`
  mutation UpdateRegistrationQuestion($input: UpdateRegistrationQuestionInput!) {
    updateRegistrationQuestion(input: $input) {
      question {
        id
      }
    }
  }
`);

type Question = QuestionLibraryQuery['registrationQuestions'][number];

export const QUESTION_TYPES: readonly QuestionType[] = [
  'TEXT',
  'LONG_TEXT',
  'ONE_CHOICE',
  'SEVERAL_CHOICES',
  'YES_NO',
  'DATE',
  'COUNTRY',
  'LANGUAGE',
  'NUMBER',
];
const SENSITIVITIES: readonly QuestionSensitivity[] = ['OPERATIONAL', 'SENSITIVE', 'EPHEMERAL'];
/** Who sees the answers, in words. */
export const WHO_SEES: Record<QuestionSensitivity, Key> = {
  OPERATIONAL: 'sensitivityOperationalHelp',
  SENSITIVE: 'sensitivitySensitiveHelp',
  EPHEMERAL: 'sensitivityEphemeralHelp',
};
const isChoiceType = (type: QuestionType) => type === 'ONE_CHOICE' || type === 'SEVERAL_CHOICES';

interface Texts {
  en: string;
  fr: string;
  es: string;
}
interface Form {
  key: string;
  type: QuestionType;
  labels: Texts;
  choices: { value: string; labels: Texts; kept: boolean }[];
  sensitivity: QuestionSensitivity;
  purgeAfterDays: string;
  archived: boolean;
}

const BLANK: Form = {
  key: '',
  type: 'TEXT',
  labels: { en: '', fr: '', es: '' },
  choices: [],
  sensitivity: 'OPERATIONAL',
  purgeAfterDays: '',
  archived: false,
};
const texts = (labels: { en: string; fr?: string | null; es?: string | null }): Texts => ({ en: labels.en, fr: labels.fr ?? '', es: labels.es ?? '' });
const toForm = (q: Question): Form => ({
  key: q.key,
  type: q.type,
  labels: texts(q.labels),
  choices: q.choices.map((c) => ({ value: c.value, labels: texts(c.labels), kept: true })),
  sensitivity: q.sensitivity,
  purgeAfterDays: q.purgeAfterDays ? String(q.purgeAfterDays) : '',
  archived: q.archived,
});
/** A label as the API takes it: French and Spanish only where written. */
const labelsInput = (labels: Texts) => ({ en: labels.en.trim(), fr: labels.fr.trim() || null, es: labels.es.trim() || null });

/** The network's question library: what workshops may ask their participants, and who sees the answers. */
export function QuestionLibrary() {
  const { t, lang } = useI18n();
  const [archivedToo, setArchivedToo] = useState(false);
  const list = useQuery(LIBRARY, { includeArchived: archivedToo, language: lang });
  const [editing, setEditing] = useState<Question | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const questions = list.data?.registrationQuestions ?? [];
  return (
    <>
      <PageTitle>{t('questionsTitle')}</PageTitle>
      <p>{t('questionsIntro')}</p>
      <p>
        <label className="check">
          <input type="checkbox" checked={archivedToo} onChange={(e) => setArchivedToo(e.target.checked)} /> {t('questionsShowArchived')}
        </label>
      </p>
      <ErrorMessage error={list.error} />
      <Loading when={list.loading} />
      {!list.loading && questions.length === 0 && <p>{t('none')}</p>}
      {questions.length > 0 && (
        <Table
          rows={questions}
          columns={[
            { label: t('questionKey'), cell: (q) => <code>{q.key}</code> },
            { label: t('questionLabel'), cell: (q) => <>{q.label}</> },
            { label: t('questionType'), cell: (q) => <>{t(q.type)}</> },
            { label: t('questionSensitivity'), cell: (q) => <>{t(q.sensitivity)}</> },
            { label: t('questionArchived'), cell: (q) => <>{q.archived ? t('questionArchivedYes') : ''}</> },
            {
              label: t('actions'),
              cell: (q) => (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => {
                    setDone(null);
                    setEditing(q);
                  }}
                  aria-label={t('questionEditOf', { key: q.key })}
                >
                  {t('questionEdit')}
                </button>
              ),
            },
          ]}
        />
      )}
      <QuestionForm
        key={editing?.id ?? 'new'}
        editing={editing}
        onDone={(message) => {
          setEditing(null);
          setDone(message);
          list.reload();
        }}
        onCancel={() => setEditing(null)}
      />
      {done && <Status>{done}</Status>}
    </>
  );
}

function QuestionForm({ editing, onDone, onCancel }: { editing: Question | null; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState<Form>(editing ? toForm(editing) : BLANK);
  const action = useAction();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!editing) return;
    heading.current?.scrollIntoView?.({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [editing]);
  const error = action.error;
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm({ ...form, [key]: value });
  const choiceType = isChoiceType(form.type);
  const ephemeral = form.sensitivity === 'EPHEMERAL';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const choices = choiceType ? form.choices.map((c) => ({ value: c.value.trim(), labels: labelsInput(c.labels) })) : null;
    const purgeAfterDays = ephemeral ? Number(form.purgeAfterDays) : null;
    const done = editing
      ? await action.run(() =>
          request(UPDATE_QUESTION, {
            input: {
              id: editing.id,
              labels: labelsInput(form.labels),
              sensitivity: form.sensitivity,
              archived: form.archived,
              ...(choices ? { choices } : {}),
              ...(ephemeral ? { purgeAfterDays } : {}),
            },
          }),
        )
      : await action.run(() =>
          request(CREATE_QUESTION, {
            input: { key: form.key.trim(), type: form.type, labels: labelsInput(form.labels), choices, sensitivity: form.sensitivity, purgeAfterDays },
          }),
        );
    if (done) {
      if (!editing) setForm(BLANK);
      onDone(editing ? t('saved') : t('created'));
    }
  };
  const labelFields = (value: Texts, onChange: (texts: Texts) => void, field: string, name: (language: string) => string) =>
    (['en', 'fr', 'es'] as const).map((language) => (
      <label key={language}>
        {name(language)}
        <input
          required={language === 'en'}
          maxLength={300}
          lang={language}
          value={value[language]}
          onChange={(e) => onChange({ ...value, [language]: e.target.value })}
          {...invalidIf(error, `${field}.${language}`)}
        />
        <FieldError error={error} field={`${field}.${language}`} />
      </label>
    ));
  const languageName = { en: t('questionInEnglish'), fr: t('questionInFrench'), es: t('questionInSpanish') } as const;
  const setChoice = (i: number, choice: Form['choices'][number]) =>
    set(
      'choices',
      form.choices.map((c, j) => (j === i ? choice : c)),
    );
  return (
    <section aria-labelledby="question-form">
      <h2 id="question-form" ref={heading} tabIndex={-1}>
        {editing ? t('questionEditTitle', { key: editing.key }) : t('questionNew')}
      </h2>
      <form onSubmit={submit} className="grid" aria-labelledby="question-form">
        <label>
          {t('questionKey')}
          <input
            required
            disabled={editing !== null}
            pattern="[a-z0-9\-]{2,60}"
            value={form.key}
            onChange={(e) => set('key', e.target.value)}
            spellCheck={false}
            aria-describedby="question-key-help"
            {...invalidIf(error, 'key')}
          />
          <span className="meta" id="question-key-help">
            {t('questionKeyHelp')}
          </span>
          <FieldError error={error} field="key" />
          {error?.reason === 'QUESTION_KEY_TAKEN' && <span className="field-error">{t('questionKeyTaken')}</span>}
        </label>
        <CodeSelect
          label={t('questionType')}
          codes={QUESTION_TYPES}
          value={form.type}
          disabled={editing !== null}
          onChange={(type) =>
            setForm({
              ...form,
              type,
              choices:
                isChoiceType(type) && form.choices.length === 0
                  ? [
                      { value: '', labels: { en: '', fr: '', es: '' }, kept: false },
                      { value: '', labels: { en: '', fr: '', es: '' }, kept: false },
                    ]
                  : form.choices,
            })
          }
        />
        {editing && <p className="meta wide">{t('questionTypeFixed')}</p>}
        <fieldset className="wide">
          <legend>{t('questionLabel')}</legend>
          {labelFields(
            form.labels,
            (labels) => set('labels', labels),
            'labels',
            (language) => languageName[language as 'en'],
          )}
        </fieldset>
        {choiceType && (
          <fieldset className="wide">
            <legend>{t('questionChoices')}</legend>
            <p className="meta">{t('questionChoicesHelp')}</p>
            <FieldError error={error} field="choices" />
            {form.choices.map((choice, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: choices have no identity until saved; new ones are only added or removed
              <fieldset key={i} className="row">
                <legend>{t('questionChoiceN', { n: i + 1 })}</legend>
                <label>
                  {t('questionChoiceValue')}
                  <input
                    required
                    disabled={choice.kept}
                    pattern="[A-Za-z0-9_\-]{1,60}"
                    value={choice.value}
                    spellCheck={false}
                    onChange={(e) => setChoice(i, { ...choice, value: e.target.value })}
                    {...invalidIf(error, `choices.${i}.value`)}
                  />
                  <FieldError error={error} field={`choices.${i}.value`} />
                </label>
                {labelFields(
                  choice.labels,
                  (labels) => setChoice(i, { ...choice, labels }),
                  `choices.${i}.labels`,
                  (language) => languageName[language as 'en'],
                )}
                {!choice.kept && (
                  <button
                    type="button"
                    className="secondary"
                    onClick={() =>
                      set(
                        'choices',
                        form.choices.filter((_, j) => j !== i),
                      )
                    }
                  >
                    {t('questionChoiceRemove', { n: i + 1 })}
                  </button>
                )}
              </fieldset>
            ))}
            <button
              type="button"
              className="secondary"
              onClick={() => set('choices', [...form.choices, { value: '', labels: { en: '', fr: '', es: '' }, kept: false }])}
            >
              {t('questionChoiceAdd')}
            </button>
          </fieldset>
        )}
        <fieldset className="wide" {...invalidIf(error, 'sensitivity')}>
          <legend>{t('questionSensitivity')}</legend>
          {SENSITIVITIES.map((sensitivity) => (
            <label key={sensitivity} className="check">
              <input type="radio" name="sensitivity" checked={form.sensitivity === sensitivity} onChange={() => set('sensitivity', sensitivity)} />{' '}
              <strong>{t(sensitivity)}</strong>: {t(WHO_SEES[sensitivity])}
            </label>
          ))}
          <p className="meta">{t('questionSensitivityRises')}</p>
          <FieldError error={error} field="sensitivity" />
        </fieldset>
        {ephemeral && (
          <label>
            {t('questionPurgeAfterDays')}
            <input
              type="number"
              required
              min={1}
              max={3650}
              value={form.purgeAfterDays}
              onChange={(e) => set('purgeAfterDays', e.target.value)}
              {...invalidIf(error, 'purgeAfterDays')}
            />
            <FieldError error={error} field="purgeAfterDays" />
          </label>
        )}
        {editing && (
          <label className="check wide">
            <input type="checkbox" checked={form.archived} onChange={(e) => set('archived', e.target.checked)} /> {t('questionArchiveIt')}
          </label>
        )}
        <p className="wide">
          <button type="submit" disabled={action.busy}>
            {editing ? t('save') : t('questionCreate')}
          </button>{' '}
          {editing && (
            <button type="button" className="secondary" onClick={onCancel}>
              {t('questionEditCancel')}
            </button>
          )}
        </p>
      </form>
      <ErrorMessage error={error} />
    </section>
  );
}
