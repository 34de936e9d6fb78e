import { BadUserInputError } from '../../shared/errors';
import { normalizeCountryCode } from '../organizations/reference/countries';
import { canonicalLanguageTag } from '../organizations/reference/languages';
import type { QuestionDoc } from './question.model';

/** An answer as given: one value, or a choice question's values. */
export interface GivenAnswer {
  value?: string | null;
  values?: readonly string[] | null;
}

/** An answer as stored: the value in its canonical form (a country upper-cased, a tag canonical). */
export interface AnswerValue {
  value: string | null;
  values: string[];
}

const LIMITS = { TEXT: 500, LONG_TEXT: 5000 } as const;
const NUMBER_LIMIT = 1_000_000_000;

/**
 * Checks one answer against its question's type, BAD_USER_INPUT naming `field` (and nothing said
 * of the value itself, which may be private). Null when the answer is taken back (no value).
 */
export function answerValueOf(question: QuestionDoc, given: GivenAnswer, field: string): AnswerValue | null {
  const values = given.values ?? [];
  const value = given.value ?? null;
  const wrong = (message: string, at = 'value') => new BadUserInputError(message, `${field}.${at}`);
  if (question.type === 'SEVERAL_CHOICES') {
    if (value !== null) throw wrong('A several-choices question is answered with values.');
    if (values.length === 0) return null;
    const offered = new Set(question.choices.map((choice) => choice.value));
    const seen = new Set<string>();
    values.forEach((item, index) => {
      if (!offered.has(item)) throw wrong('Not one of the choices offered.', `values.${index}`);
      if (seen.has(item)) throw wrong('Each choice once.', `values.${index}`);
      seen.add(item);
    });
    return { value: null, values: [...values] };
  }
  if (values.length > 0) throw wrong('Only a several-choices question is answered with values.', 'values');
  if (value === null) return null;
  return { value: canonicalValue(question, value, wrong), values: [] };
}

function canonicalValue(question: QuestionDoc, value: string, wrong: (message: string) => BadUserInputError): string {
  switch (question.type) {
    case 'TEXT':
    case 'LONG_TEXT': {
      const text = value.trim();
      if (text.length === 0) throw wrong('Write the answer, or leave it out.');
      if (text.length > LIMITS[question.type]) throw wrong(`At most ${LIMITS[question.type].toLocaleString('en')} characters.`);
      if (question.type === 'TEXT' && /[\r\n]/.test(text)) throw wrong('One line only.');
      return text;
    }
    case 'ONE_CHOICE':
      if (!question.choices.some((choice) => choice.value === value)) throw wrong('Not one of the choices offered.');
      return value;
    case 'YES_NO':
      if (value !== 'true' && value !== 'false') throw wrong('Answer "true" or "false".');
      return value;
    case 'DATE':
      return canonicalDate(value, wrong);
    case 'COUNTRY': {
      const code = value.length <= 10 ? normalizeCountryCode(value) : null;
      if (!code) throw wrong('Give an ISO 3166-1 alpha-2 country code, e.g. KE.');
      return code;
    }
    case 'LANGUAGE': {
      const tag = value.length <= 35 ? canonicalLanguageTag(value) : null;
      if (!tag) throw wrong('Give a BCP 47 language tag, e.g. fr or es-MX.');
      return tag;
    }
    case 'NUMBER': {
      if (!/^-?\d{1,10}(\.\d{1,6})?$/.test(value.trim())) throw wrong('Give a number, e.g. 3 or 2.5.');
      const number = Number(value.trim());
      if (Math.abs(number) > NUMBER_LIMIT) throw wrong('At most a billion either way.');
      return String(number);
    }
  }
  throw wrong('This question cannot be answered.');
}

function canonicalDate(value: string, wrong: (message: string) => BadUserInputError): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw wrong('Give a date as YYYY-MM-DD.');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) throw wrong('No such date.');
  if (year < 1900 || year > 2100) throw wrong('Give a date between 1900 and 2100.');
  return value;
}
