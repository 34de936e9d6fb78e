import { useMemo, useState, type FormEvent } from 'react';
import { type ApiError, request } from '../api';
import { graphql } from '../gql';
import type { AnswerByLinkMutation } from '../gql/graphql';
import { formatZoned, useI18n } from '../i18n';
import { ErrorMessage, Loading, PageTitle, useAction, useQuery } from '../ui';
import { AnswerFields } from './answer-fields';
import { answersOf, type Given, shownQuestions } from './answers';

const ANSWER_LINK = graphql(`
  query AnswerLink($token: String!, $language: String) {
    answerLinkQuestions(token: $token) {
      workshop {
        id
        title
        timeZone
        times {
          venueStartsAt {
            iso
          }
        }
      }
      questions {
        ...AskedQuestion
      }
      answered
      missing {
        id
        label(language: $language)
      }
    }
  }
`);

const ANSWER_BY_LINK = graphql(`
  mutation AnswerByLink($input: AnswerByLinkInput!, $language: String) {
    answerByLink(input: $input) {
      answersComplete
      missing {
        id
        label(language: $language)
      }
    }
  }
`);

/** A link that was used, has expired or was never made: the server says so of the token alike. */
const spentLink = (error: ApiError | null | undefined) => error?.code === 'BAD_USER_INPUT' && error.field === 'token';

/**
 * `/#/answers?token=…`: the link emailed to a participant, to answer the workshop's questions
 * without an account, in the reader's language. It shows which are answered, never the answers.
 */
export function Answers() {
  const { t, lang } = useI18n();
  const [token] = useState(() => new URLSearchParams(location.hash.split('?')[1] ?? '').get('token') ?? '');
  const link = useQuery(ANSWER_LINK, { token, language: lang }, token === '', true);
  const [given, setGiven] = useState<Given>({});
  const [result, setResult] = useState<AnswerByLinkMutation['answerByLink'] | null>(null);
  const action = useAction();
  const view = link.data?.answerLinkQuestions;
  const stored = useMemo(() => ({ answered: new Set(view?.answered ?? []), missing: new Set(view?.missing.map((m) => m.id) ?? []) }), [view]);
  const shown = view ? shownQuestions(view.questions, given, undefined, stored) : [];
  const answers = answersOf(shown, given);

  if (result)
    return (
      <>
        <PageTitle>{t('answersThanks')}</PageTitle>
        <div role="status" className="notice">
          {result.answersComplete ? (
            <p>{t('answersAllDone')}</p>
          ) : (
            <>
              <p>{t('answersStillMissing')}</p>
              <ul>
                {result.missing.map((m) => (
                  <li key={m.id}>{m.label}</li>
                ))}
              </ul>
              <p>{t('answersNewLinkLater')}</p>
            </>
          )}
        </div>
      </>
    );
  if (token === '' || spentLink(link.error) || spentLink(action.error))
    return (
      <>
        <PageTitle>{t('answersSpentTitle')}</PageTitle>
        <p role="alert">{t('answersSpent')}</p>
      </>
    );
  if (!view)
    return (
      <>
        <Loading when={link.loading} />
        <ErrorMessage error={link.error} />
      </>
    );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await action.run(() => request(ANSWER_BY_LINK, { input: { token, answers }, language: lang }, { anonymous: true }));
    if (!done) return;
    setResult(done.answerByLink);
    // The link works once: leave it behind (history, bookmarks).
    history.replaceState(null, '', '/#/answers');
  };
  const w = view.workshop;
  return (
    <>
      <PageTitle>{t('answersTitle', { title: w.title })}</PageTitle>
      <p className="meta">{formatZoned(lang, w.times.venueStartsAt.iso, w.timeZone)}</p>
      <p>{t('answersIntro')}</p>
      {view.missing.length === 0 && view.answered.length > 0 && <p className="notice">{t('answersNothingMissing')}</p>}
      <form onSubmit={submit} className="grid" aria-label={t('answersTitle', { title: w.title })}>
        <AnswerFields
          questions={shown}
          given={given}
          onChange={setGiven}
          answered={stored.answered}
          own
          error={action.error}
          prefix="answers"
          sent={answers.map((a) => String(a.questionId))}
        />
        <p className="wide">
          <button type="submit" disabled={action.busy}>
            {t('answersSubmit')}
          </button>
        </p>
      </form>
      <ErrorMessage error={action.error} />
    </>
  );
}
