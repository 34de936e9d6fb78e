import type { AnswerInput, AskedQuestionFragment } from '../gql/graphql';

/** What a form holds for a workshop's questions, by question id: a text, or a several-choices question's values. */
export type Given = Readonly<Record<string, string | readonly string[]>>;

export const isGiven = (value: string | readonly string[] | undefined): boolean =>
  value !== undefined && (typeof value === 'string' ? value.trim() !== '' : value.length > 0);

/** What is known of the answers already stored (an answer link says which are answered, never what). */
export interface Stored {
  answered: ReadonlySet<string>;
  missing: ReadonlySet<string>;
}

/**
 * The questions to show, in order: those `ask` allows whose condition holds for what is being
 * given. A condition on a question answered before (its answer unknown here) holds where the
 * server says so: the question is missing, or was answered.
 */
export function shownQuestions(
  questions: readonly AskedQuestionFragment[],
  given: Given,
  ask: (question: AskedQuestionFragment) => boolean = () => true,
  stored?: Stored,
): AskedQuestionFragment[] {
  const shown: AskedQuestionFragment[] = [];
  for (const q of questions) {
    if (!ask(q)) continue;
    const condition = q.showIf;
    if (!condition) {
      shown.push(q);
      continue;
    }
    const on = condition.question.id;
    if (!shown.some((s) => s.question.id === on)) continue;
    const value = given[on];
    if (isGiven(value)) {
      if (typeof value === 'string' ? value === condition.equals : value!.includes(condition.equals)) shown.push(q);
    } else if (stored?.answered.has(on) && (stored.missing.has(q.question.id) || stored.answered.has(q.question.id))) shown.push(q);
  }
  return shown;
}

/** The answers to send: each shown question given a value, once, in the shape its type asks for. */
export function answersOf(shown: readonly AskedQuestionFragment[], given: Given): AnswerInput[] {
  return shown.flatMap(({ question }) => {
    const value = given[question.id];
    if (!isGiven(value)) return [];
    return [typeof value === 'string' ? { questionId: question.id, value: value.trim() } : { questionId: question.id, values: [...value!] }];
  });
}
