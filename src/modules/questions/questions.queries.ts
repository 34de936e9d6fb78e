import type { ServiceContext } from '../../app/context';
import type { QuestionLibrary } from './question-library';
import type { QuestionDoc, QuestionLabels } from './question.model';

/** The library as of this request (other modules read questions through this). */
export async function questionLibrary(ctx: Pick<ServiceContext, 'questions'>): Promise<QuestionLibrary> {
  return ctx.questions.current();
}

/** A label in a language ("fr", "es-MX"), English where it has none. */
export function labelIn(labels: QuestionLabels, language: string): string {
  const base = language.split('-')[0]?.toLowerCase();
  return (base === 'fr' ? labels.fr : base === 'es' ? labels.es : null) ?? labels.en;
}

export type { QuestionDoc };
