import type { QuestionLibrary } from '../questions/question-library';
import type { QuestionDoc, QuestionType } from '../questions/question.model';
import type { WorkshopDoc } from '../workshops/workshop.model';
import type { RegistrationDoc } from './registration.model';

export interface AnswerTally {
  question: QuestionDoc;
  value: string;
  count: number;
}

export interface NeedTally {
  question: QuestionDoc;
  answered: number;
  answers: AnswerTally[];
}

/** Answers that are counted per value; free texts, dates and numbers would name people, so they are counted only as answered. */
const COUNTED: QuestionType[] = ['ONE_CHOICE', 'SEVERAL_CHOICES', 'YES_NO', 'COUNTRY', 'LANGUAGE'];

/** For each question the workshop asks, in its order: how many confirmed participants answered, and gave each answer. */
export function needsOf(
  library: QuestionLibrary,
  workshop: Pick<WorkshopDoc, 'questions'>,
  confirmed: readonly Pick<RegistrationDoc, 'answers'>[],
): NeedTally[] {
  return (workshop.questions ?? []).flatMap((pick) => {
    const question = library.get(String(pick.questionId));
    if (!question) return [];
    const counts = new Map<string, number>();
    let answered = 0;
    for (const registration of confirmed) {
      const answer = registration.answers?.find((candidate) => String(candidate.questionId) === String(question._id));
      if (!answer) continue;
      answered++;
      if (!COUNTED.includes(question.type)) continue;
      for (const value of answer.value !== null ? [answer.value] : answer.values) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const answers = [...counts.entries()]
      .map(([value, count]) => ({ question, value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return [{ question, answered, answers }];
  });
}
