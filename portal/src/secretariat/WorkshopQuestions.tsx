import { useEffect, useId, useState } from 'react';
import { request } from '../api';
import { graphql } from '../gql';
import type { QuestionSensitivity, QuestionType } from '../gql/graphql';
import { useI18n } from '../i18n';
import { ErrorMessage, FieldError, invalidIf, Link, Loading, Status, useAction, useQuery } from '../ui';

const WORKSHOP_QUESTIONS = graphql(`
  query WorkshopQuestionsEditor($id: ID!, $language: String) {
    workshop(id: $id) {
      id
      questions {
        ...AskedQuestion
      }
    }
    registrationQuestions {
      id
      key
      type
      label(language: $language)
      choices {
        value
        label(language: $language)
      }
      sensitivity
    }
  }
`);

const SET_WORKSHOP_QUESTIONS = graphql(`
  mutation SetWorkshopQuestions($input: SetWorkshopQuestionsInput!) {
    setWorkshopQuestions(input: $input) {
      workshop {
        id
      }
    }
  }
`);

interface Known {
  id: string;
  key: string;
  type: QuestionType;
  label: string;
  choices: readonly { value: string; label: string }[];
  sensitivity: QuestionSensitivity;
}
interface Pick {
  questionId: string;
  required: boolean;
  showIf: { questionId: string; equals: string } | null;
}

const CONDITION_TYPES: readonly QuestionType[] = ['YES_NO', 'ONE_CHOICE', 'SEVERAL_CHOICES'];

/** A condition names an earlier question of the list: after a move or a removal, those that no longer do are dropped. */
const sane = (picks: readonly Pick[]): Pick[] =>
  picks.map((pick, i) =>
    pick.showIf && !picks.slice(0, i).some((earlier) => earlier.questionId === pick.showIf?.questionId) ? { ...pick, showIf: null } : pick,
  );

/** What a workshop asks its participants: questions of the library in order, required or not, some only if an earlier one was answered so. */
export function WorkshopQuestions({ workshopId }: { workshopId: string }) {
  const { t, lang } = useI18n();
  const data = useQuery(WORKSHOP_QUESTIONS, { id: workshopId, language: lang });
  const [picks, setPicks] = useState<Pick[]>([]);
  const [adding, setAdding] = useState('');
  const action = useAction();
  const addId = useId();
  const asked = data.data?.workshop?.questions;
  useEffect(() => {
    if (asked)
      setPicks(
        asked.map((q) => ({
          questionId: q.question.id,
          required: q.required,
          showIf: q.showIf ? { questionId: q.showIf.question.id, equals: q.showIf.equals } : null,
        })),
      );
  }, [asked]);
  if (data.loading && !data.data) return <Loading when />;
  if (!data.data) return <ErrorMessage error={data.error} />;
  const known = new Map<string, Known>();
  for (const q of data.data.registrationQuestions) known.set(q.id, q);
  for (const q of asked ?? []) if (!known.has(q.question.id)) known.set(q.question.id, q.question);
  const offered = data.data.registrationQuestions.filter((q) => !picks.some((p) => p.questionId === q.id));
  const change = (next: Pick[]) => {
    action.setDone(null);
    setPicks(sane(next));
  };
  const update = (i: number, pick: Pick) => change(picks.map((p, j) => (j === i ? pick : p)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...picks];
    const [moved] = next.splice(i, 1);
    next.splice(i + by, 0, moved!);
    change(next);
  };
  const save = async () => {
    if (await action.run(() => request(SET_WORKSHOP_QUESTIONS, { input: { workshopId, questions: picks } }), t('workshopQuestionsSaved'))) data.reload();
  };
  const error = action.error;
  const valuesOf = (question: Known | undefined) =>
    question?.type === 'YES_NO'
      ? [
          { value: 'true', label: t('answerYes') },
          { value: 'false', label: t('answerNo') },
        ]
      : (question?.choices ?? []);
  return (
    <section aria-labelledby="workshop-questions">
      <h2 id="workshop-questions">{t('workshopQuestionsTitle')}</h2>
      <p>
        {t('workshopQuestionsHelp')} <Link to="/secretariat/questions">{t('workshopQuestionsLibrary')}</Link>
      </p>
      {picks.length === 0 && <p>{t('workshopQuestionsNone')}</p>}
      <ol>
        {picks.map((pick, i) => {
          const question = known.get(pick.questionId);
          const name = question?.label ?? pick.questionId;
          const earlier = picks.slice(0, i).flatMap((p) => {
            const q = known.get(p.questionId);
            return q && CONDITION_TYPES.includes(q.type) ? [q] : [];
          });
          const on = pick.showIf ? known.get(pick.showIf.questionId) : undefined;
          return (
            <li key={pick.questionId}>
              <fieldset className="row" {...invalidIf(error, `questions.${i}.questionId`)}>
                <legend>{name}</legend>
                <p className="meta">
                  <code>{question?.key}</code> · {question ? t(question.type) : ''} · {question ? t(question.sensitivity) : ''}
                </p>
                <FieldError error={error} field={`questions.${i}.questionId`} />
                <label className="check">
                  <input type="checkbox" checked={pick.required} onChange={(e) => update(i, { ...pick, required: e.target.checked })} />{' '}
                  {t('workshopQuestionRequired')}
                </label>
                {earlier.length > 0 && (
                  <label>
                    {t('workshopQuestionOnlyIf')}
                    <select
                      value={pick.showIf?.questionId ?? ''}
                      onChange={(e) => {
                        const target = known.get(e.target.value);
                        update(i, { ...pick, showIf: target ? { questionId: target.id, equals: valuesOf(target)[0]?.value ?? '' } : null });
                      }}
                      {...invalidIf(error, `questions.${i}.showIf.questionId`)}
                    >
                      <option value="">{t('workshopQuestionAlways')}</option>
                      {earlier.map((q) => (
                        <option key={q.id} value={q.id}>
                          {q.label}
                        </option>
                      ))}
                    </select>
                    <FieldError error={error} field={`questions.${i}.showIf.questionId`} />
                  </label>
                )}
                {pick.showIf && (
                  <label>
                    {t('workshopQuestionIs', { question: on?.label ?? '' })}
                    <select
                      value={pick.showIf.equals}
                      onChange={(e) => update(i, { ...pick, showIf: pick.showIf && { ...pick.showIf, equals: e.target.value } })}
                      {...invalidIf(error, `questions.${i}.showIf.equals`)}
                    >
                      {valuesOf(on).map((v) => (
                        <option key={v.value} value={v.value}>
                          {v.label}
                        </option>
                      ))}
                    </select>
                    <FieldError error={error} field={`questions.${i}.showIf.equals`} />
                  </label>
                )}
                <p>
                  <button type="button" className="secondary" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('workshopQuestionUpOf', { name })}>
                    {t('workshopQuestionUp')}
                  </button>{' '}
                  <button
                    type="button"
                    className="secondary"
                    disabled={i === picks.length - 1}
                    onClick={() => move(i, 1)}
                    aria-label={t('workshopQuestionDownOf', { name })}
                  >
                    {t('workshopQuestionDown')}
                  </button>{' '}
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => change(picks.filter((_, j) => j !== i))}
                    aria-label={t('workshopQuestionRemoveOf', { name })}
                  >
                    {t('workshopQuestionRemove')}
                  </button>
                </p>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {offered.length > 0 && (
        <p>
          <label htmlFor={addId}>{t('workshopQuestionAdd')}</label>{' '}
          <select id={addId} value={adding} onChange={(e) => setAdding(e.target.value)}>
            <option value="">{t('answerChoose')}</option>
            {offered.map((q) => (
              <option key={q.id} value={q.id}>
                {q.label} ({t(q.sensitivity)})
              </option>
            ))}
          </select>{' '}
          <button
            type="button"
            className="secondary"
            disabled={!adding}
            onClick={() => {
              change([...picks, { questionId: adding, required: false, showIf: null }]);
              setAdding('');
            }}
          >
            {t('workshopQuestionAddButton')}
          </button>
        </p>
      )}
      <p>
        <button type="button" onClick={save} disabled={action.busy}>
          {t('workshopQuestionsSave')}
        </button>
      </p>
      <ErrorMessage error={error} />
      {action.done && <Status>{action.done}</Status>}
    </section>
  );
}
