import { useEffect, useRef } from 'react';
import { downloadWithToken, request } from '../api';
import { useCountries } from '../countries';
import { graphql } from '../gql';
import type { WorkshopAnswersQuery } from '../gql/graphql';
import { plural, useI18n } from '../i18n';
import { languageName } from '../pages/shared';
import { ErrorMessage, Loading, Status, Table, useAction, useQuery } from '../ui';

const WORKSHOP_ANSWERS = graphql(`
  query WorkshopAnswers($workshopId: ID!, $language: String) {
    workshop(id: $workshopId) {
      id
      questions {
        question {
          id
          sensitivity
        }
      }
    }
    registrations(workshopId: $workshopId, first: 100) {
      edges {
        node {
          id
          status
          participant {
            name
            email
          }
          answersComplete
          missingAnswers {
            id
            label(language: $language)
          }
          answers {
            question {
              id
              key
              type
              label(language: $language)
              choices {
                value
                label(language: $language)
              }
            }
            value
            values
          }
        }
      }
    }
  }
`);

const REMIND_MISSING_ANSWERS = graphql(`
  mutation RemindMissingAnswers($input: RemindMissingAnswersInput!) {
    remindMissingAnswers(input: $input) {
      asked
    }
  }
`);

type Answer = NonNullable<WorkshopAnswersQuery['registrations']>['edges'][number]['node']['answers'][number];

/** The registrations desk's answers: who has answered everything, what each still owes, the answers themselves, reminders and exports. */
export function WorkshopAnswers({ workshopId, seen }: { workshopId: string; seen: unknown }) {
  const { t, lang } = useI18n();
  const { nameOf } = useCountries();
  const data = useQuery(WORKSHOP_ANSWERS, { workshopId, language: lang });
  const action = useAction();
  const { reload } = data;
  // The desk's list changed (someone registered, cancelled): the answers are read again.
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `seen` is the trigger: the desk's latest list
  useEffect(() => {
    if (first.current) first.current = false;
    else reload();
  }, [seen, reload]);
  if (data.loading && !data.data) return <Loading when />;
  if (!data.data) return <ErrorMessage error={data.error} />;
  if (!data.data.workshop || data.data.workshop.questions.length === 0) return null;
  const rows = data.data.registrations.edges.map((e) => e.node).filter((r) => r.status !== 'CANCELLED' && r.status !== 'DECLINED');
  const missing = rows.filter((r) => !r.answersComplete).length;
  const shown = (answer: Answer) => {
    const q = answer.question;
    const choice = (value: string) => q.choices.find((c) => c.value === value)?.label ?? value;
    if (q.type === 'SEVERAL_CHOICES') return answer.values.map(choice).join(', ');
    const value = answer.value ?? '';
    if (q.type === 'ONE_CHOICE') return choice(value);
    if (q.type === 'YES_NO') return value === 'true' ? t('answerYes') : t('answerNo');
    if (q.type === 'COUNTRY') return nameOf(value);
    if (q.type === 'LANGUAGE') return languageName(lang, value);
    return value;
  };
  const remind = async () => {
    const done = await action.run(() => request(REMIND_MISSING_ANSWERS, { input: { workshopId } }));
    if (done) {
      const n = done.remindMissingAnswers.asked;
      action.setDone(t(plural(lang, n, { one: 'answersRemindedOne', other: 'answersReminded' }), { n }));
    }
  };
  return (
    <section aria-labelledby="desk-answers">
      <h3 id="desk-answers">{t('answersDeskTitle')}</h3>
      <p>{t(plural(lang, missing, { one: 'answersDeskMissingOne', other: 'answersDeskMissing' }), { n: missing, total: rows.length })}</p>
      <p>
        <button type="button" onClick={remind} disabled={action.busy || missing === 0}>
          {t('answersRemind')}
        </button>{' '}
        <button
          type="button"
          className="secondary"
          onClick={() => action.run(() => downloadWithToken(`/workshops/${workshopId}/participants.csv?include=sensitive`, 'participants.csv'))}
          disabled={action.busy}
          aria-describedby="sensitive-export-warning"
        >
          {t('answersExportSensitive')}
        </button>
      </p>
      <p className="meta" id="sensitive-export-warning">
        {t('answersExportWarning')}
      </p>
      <ErrorMessage error={action.error} />
      {action.done && <Status>{action.done}</Status>}
      <Table
        rows={rows}
        columns={[
          {
            label: t('participant'),
            cell: (r) => (
              <>
                {r.participant.name} <span className="meta">{r.participant.email}</span>
              </>
            ),
          },
          {
            label: t('answersComplete'),
            cell: (r) =>
              r.answersComplete ? t('answersAllAnswered') : t('answersMissingList', { questions: r.missingAnswers.map((q) => q.label).join(', ') || '–' }),
          },
          {
            label: t('answersGiven'),
            cell: (r) =>
              r.answers.length === 0 ? (
                <>–</>
              ) : (
                <details>
                  <summary>{t('answersShow', { n: r.answers.length })}</summary>
                  <dl className="facts">
                    {r.answers.map((answer) => (
                      <div key={answer.question.id}>
                        <dt>{answer.question.label}</dt>
                        <dd>{shown(answer)}</dd>
                      </div>
                    ))}
                  </dl>
                </details>
              ),
          },
        ]}
      />
    </section>
  );
}
