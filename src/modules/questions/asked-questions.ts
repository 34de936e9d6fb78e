import { Types } from 'mongoose';
import { BadUserInputError } from '../../shared/errors';
import { type AnswerValue, answerValueOf, type GivenAnswer } from './answer-values';
import type { QuestionLibrary } from './question-library';
import type { QuestionDoc } from './question.model';

/** A question a workshop asks (workshops keep these: Workshop.questions), by id. */
export interface QuestionPick {
  questionId: unknown;
  required: boolean;
  showIf?: { questionId: unknown; equals: string } | null;
}

/** Who gave an answer: the person, their group's coordinator, or the Secretariat. */
export type AnsweredBy = 'PARTICIPANT' | 'GROUP' | 'SECRETARIAT';

/** An answer as a registration keeps it. */
export interface StoredAnswer extends AnswerValue {
  questionId: Types.ObjectId;
  answeredAt: Date;
  answeredBy: AnsweredBy;
}

export interface GivenAnswerOf extends GivenAnswer {
  questionId: string;
}

const answerOf = (answers: readonly StoredAnswer[], questionId: unknown) => answers.find((answer) => String(answer.questionId) === String(questionId));

/** A pick's condition holds: none, or the earlier question answered `equals` (a value or one of the values). */
export function conditionHolds(pick: QuestionPick, answers: readonly StoredAnswer[]): boolean {
  if (!pick.showIf) return true;
  const earlier = answerOf(answers, pick.showIf.questionId);
  return earlier !== undefined && (earlier.value === pick.showIf.equals || earlier.values.includes(pick.showIf.equals));
}

/** The required questions whose condition holds and that have no answer yet, in the workshop's order. */
export function missingOf(picks: readonly QuestionPick[], answers: readonly StoredAnswer[]): string[] {
  return picks.filter((pick) => pick.required && conditionHolds(pick, answers) && !answerOf(answers, pick.questionId)).map((pick) => String(pick.questionId));
}

/**
 * A registration's answers after `given`, checked as a whole (BAD_USER_INPUT naming
 * `<field>.<index>...`, nothing stored on any problem): each to a question the workshop asks,
 * once, by someone who may answer it (`mayAnswer`), of its type, and asked (its condition holds
 * once the others are given). An answer whose condition no longer holds is dropped.
 */
export function answersAfter(
  library: QuestionLibrary,
  picks: readonly QuestionPick[],
  existing: readonly StoredAnswer[],
  given: readonly GivenAnswerOf[],
  by: { answeredBy: AnsweredBy; at: Date; mayAnswer: (question: QuestionDoc) => boolean },
  field: string,
): StoredAnswer[] {
  const seen = new Set<string>();
  const next = new Map(existing.map((answer) => [String(answer.questionId), answer]));
  given.forEach((answer, index) => {
    const at = `${field}.${index}`;
    const id = answer.questionId.toLowerCase();
    const pick = picks.find((candidate) => String(candidate.questionId) === id);
    const question = pick ? library.get(id) : null;
    if (!pick || !question) throw new BadUserInputError('This workshop does not ask this question.', `${at}.questionId`);
    if (seen.has(id)) throw new BadUserInputError('Each question once.', `${at}.questionId`);
    seen.add(id);
    if (!by.mayAnswer(question)) throw new BadUserInputError('Only the participant answers this question.', `${at}.questionId`);
    const value = answerValueOf(question, answer, at);
    if (value === null) next.delete(id);
    else next.set(id, { questionId: new Types.ObjectId(id), ...value, answeredAt: by.at, answeredBy: by.answeredBy });
  });
  const answers = picks.flatMap((pick) => {
    const answer = next.get(String(pick.questionId));
    return answer ? [answer] : [];
  });
  // Conditions in list order: an earlier answer decides whether a later question is asked.
  const kept: StoredAnswer[] = [];
  for (const answer of answers) {
    const pick = picks.find((candidate) => String(candidate.questionId) === String(answer.questionId))!;
    if (conditionHolds(pick, kept)) {
      kept.push(answer);
      continue;
    }
    const index = given.findIndex((item) => item.questionId.toLowerCase() === String(answer.questionId));
    if (index >= 0) throw new BadUserInputError('This question is not asked unless an earlier one is answered so.', `${field}.${index}.questionId`);
  }
  return kept;
}
