import { countryNameFor } from '../organizations/reference/countries';
import { languageName } from '../organizations/reference/languages';
import type { QuestionDoc } from './question.model';
import { labelIn } from './questions.queries';

const YES_NO: Record<string, Record<'en' | 'fr' | 'es', string>> = {
  true: { en: 'Yes', fr: 'Oui', es: 'Sí' },
  false: { en: 'No', fr: 'Non', es: 'No' },
};

/** An answer's value in words for a reader of `language`: a choice's label, Yes/No, a country's or a language's name. */
export function answerLabel(question: Pick<QuestionDoc, 'type' | 'choices'>, value: string, language: string): string {
  const base = language.split('-')[0]?.toLowerCase();
  switch (question.type) {
    case 'ONE_CHOICE':
    case 'SEVERAL_CHOICES': {
      const choice = question.choices.find((candidate) => candidate.value === value);
      return choice ? labelIn(choice.labels, language) : value;
    }
    case 'YES_NO':
      return YES_NO[value]?.[base === 'fr' || base === 'es' ? base : 'en'] ?? value;
    case 'COUNTRY':
      return countryNameFor(value, language);
    case 'LANGUAGE':
      return languageName(value, language);
    default:
      return value;
  }
}
