import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ApiError } from '../api';
import { CountrySelect } from '../countries';
import { graphql } from '../gql';
import type { AskedQuestionFragment } from '../gql/graphql';
import { useI18n } from '../i18n';
import { FieldError, invalidIf } from '../ui';
import type { Given } from './answers';

/** A question as a workshop asks it, in the reader's language (the operation gives $language). */
export const ASKED_QUESTION = graphql(`
  fragment AskedQuestion on WorkshopQuestion {
    question {
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
    required
    showIf {
      question {
        id
      }
      equals
    }
  }
`);

/** Languages offered by name for a LANGUAGE question; any other is typed as a tag. */
const OFFERED_LANGUAGES = ['en', 'fr', 'es', 'ar', 'pt', 'sw', 'am', 'hi', 'bn', 'ur', 'ne', 'th', 'km', 'vi', 'id', 'tl', 'ru', 'zh'];

export interface AnswerFieldsProps {
  /** The questions to show (shownQuestions), in order. */
  questions: readonly AskedQuestionFragment[];
  given: Given;
  onChange: (given: Given) => void;
  /** Questions answered before: said so, their answers kept unless a new one is given. */
  answered?: ReadonlySet<string>;
  /** Who is answering: the participant is told who sees each answer. */
  own?: boolean;
  /** The server's complaint, and how it names the answers sent (`answers`, `participants.0.answers`) in their order. */
  error?: ApiError | null;
  prefix: string;
  sent: readonly string[];
}

/** Each question with the control its type asks for; required ones marked. */
export function AnswerFields(props: AnswerFieldsProps) {
  return (
    <>
      {props.questions.map((asked) => (
        <AnswerField key={asked.question.id} asked={asked} {...props} />
      ))}
    </>
  );
}

function AnswerField({ asked, given, onChange, answered, own, error, prefix, sent }: AnswerFieldsProps & { asked: AskedQuestionFragment }) {
  const { t } = useI18n();
  const id = useId();
  const q = asked.question;
  const value = given[q.id];
  const text = typeof value === 'string' ? value : '';
  const values = Array.isArray(value) ? (value as readonly string[]) : [];
  const set = (next: string | readonly string[]) => onChange({ ...given, [q.id]: next });
  // The server names an answer by its place among those sent.
  const at = sent.indexOf(q.id);
  const field = at >= 0 && error?.field?.startsWith(`${prefix}.${at}.`) ? error.field : `${prefix}.-.${q.id}`;
  const hintId = `${id}-hint`;
  const invalid = invalidIf(error, field);
  const described = { 'aria-describedby': [invalid['aria-describedby'], hintId].filter(Boolean).join(' ') };
  const label = asked.required ? t('answerRequiredLabel', { label: q.label }) : q.label;
  const hint = (
    <span className="meta" id={hintId}>
      {answered?.has(q.id) && <>{t('answerAnsweredBefore')} </>}
      {own && (q.sensitivity === 'OPERATIONAL' ? t('answerSeenByGroup') : t('answerSeenPrivately'))}
    </span>
  );
  const problem = <FieldError error={error} field={field} />;
  if (q.type === 'ONE_CHOICE' || q.type === 'YES_NO' || q.type === 'SEVERAL_CHOICES') {
    const options =
      q.type === 'YES_NO'
        ? [
            { value: 'true', label: t('answerYes') },
            { value: 'false', label: t('answerNo') },
          ]
        : q.choices;
    const several = q.type === 'SEVERAL_CHOICES';
    return (
      <fieldset className="wide" {...described} aria-invalid={invalid['aria-invalid']}>
        <legend>{label}</legend>
        {options.map((option) => (
          <label key={option.value} className="check">
            <input
              type={several ? 'checkbox' : 'radio'}
              name={id}
              value={option.value}
              checked={several ? values.includes(option.value) : text === option.value}
              onChange={(e) => set(several ? (e.target.checked ? [...values, option.value] : values.filter((v) => v !== option.value)) : option.value)}
            />{' '}
            {option.label}
          </label>
        ))}
        {hint}
        {problem}
      </fieldset>
    );
  }
  if (q.type === 'COUNTRY')
    return (
      <div className="wide">
        <CountrySelect label={label} value={text} onChange={set} />
        {hint}
        {problem}
      </div>
    );
  if (q.type === 'LANGUAGE')
    return <LanguageAnswer label={label} value={text} onChange={set} hint={hint} problem={problem} invalid={{ ...invalid, ...described }} />;
  if (q.type === 'LONG_TEXT')
    return (
      <label className="wide">
        {label}
        <textarea rows={4} maxLength={5000} value={text} onChange={(e) => set(e.target.value)} {...invalid} {...described} />
        {hint}
        {problem}
      </label>
    );
  const kind =
    q.type === 'DATE'
      ? { type: 'date', min: '1900-01-01', max: '2100-12-31' }
      : q.type === 'NUMBER'
        ? { type: 'number', step: 'any', inputMode: 'decimal' as const }
        : { maxLength: 500 };
  return (
    <label className="wide">
      {label}
      <input value={text} onChange={(e) => set(e.target.value)} {...kind} {...invalid} {...described} />
      {hint}
      {problem}
    </label>
  );
}

/** A language by name among the usual ones, or any other as a BCP 47 tag. */
function LanguageAnswer(props: {
  label: string;
  value: string;
  onChange: (tag: string) => void;
  hint: ReactNode;
  problem: ReactNode;
  invalid: Record<string, unknown>;
}) {
  const { t, lang } = useI18n();
  const names = useMemo(() => {
    try {
      return new Intl.DisplayNames(lang, { type: 'language' });
    } catch {
      return null;
    }
  }, [lang]);
  const offered = OFFERED_LANGUAGES.includes(props.value);
  const [other, setOther] = useState(props.value !== '' && !offered);
  const input = useRef<HTMLInputElement>(null);
  const bad = other && props.value.trim() !== '' && !isTag(props.value.trim());
  useEffect(() => {
    input.current?.setCustomValidity(bad ? t('answerLanguageBad') : '');
  }, [bad, t]);
  return (
    <div className="wide">
      <label>
        {props.label}
        <select
          value={other ? '*' : props.value}
          onChange={(e) => {
            setOther(e.target.value === '*');
            props.onChange(e.target.value === '*' ? '' : e.target.value);
          }}
          {...(other ? {} : props.invalid)}
        >
          <option value="">{t('answerChoose')}</option>
          {OFFERED_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {names?.of(code) ?? code}
            </option>
          ))}
          <option value="*">{t('answerLanguageOther')}</option>
        </select>
      </label>
      {other && (
        <label>
          {t('answerLanguageTag')}
          <input ref={input} value={props.value} onChange={(e) => props.onChange(e.target.value)} spellCheck={false} {...props.invalid} />
        </label>
      )}
      {props.hint}
      {props.problem}
    </div>
  );
}

function isTag(text: string): boolean {
  try {
    return Intl.getCanonicalLocales(text).length === 1;
  } catch {
    return false;
  }
}

export default AnswerFields;
