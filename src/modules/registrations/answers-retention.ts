import type { Types } from 'mongoose';
import type { ServiceContext } from '../../app/context';
import type { RegistrationDoc } from './registration.model';
import { changeIfStill } from './seating/transition';

/**
 * Removes the answers to these questions from a workshop's registrations (ephemeral answers when
 * due), compare-and-set like every change of a registration; how many registrations lost some.
 * One that changed meanwhile is left for the next run (the job is daily and idempotent).
 */
export async function purgeAnswersOf(
  deps: Pick<ServiceContext, 'database' | 'clock'>,
  workshopId: Types.ObjectId,
  questionIds: readonly string[],
): Promise<number> {
  const ids = new Set(questionIds);
  const holding = await deps.database.models.Registration.find({ workshopId, 'answers.questionId': { $in: questionIds } }).lean<RegistrationDoc[]>();
  let purged = 0;
  for (const registration of holding) {
    const changed = await changeIfStill(
      deps,
      registration,
      'purge-answers',
      () => null,
      (current) => ({
        answers: (current.answers ?? []).filter((answer) => !ids.has(String(answer.questionId))),
      }),
    );
    if (changed) purged++;
  }
  return purged;
}
