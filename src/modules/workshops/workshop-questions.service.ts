import { Types } from 'mongoose';
import type { ServiceContext } from '../../app/context';
import { authorize } from '../../shared/access/authorize';
import { BadUserInputError } from '../../shared/errors';
import { parseInput } from '../../shared/validation';
import { objectIdString } from '../organizations/reference/fields';
import { questionLibrary } from '../questions/questions.queries';
import { z } from 'zod';
import type { WorkshopDoc, WorkshopQuestionDoc } from './workshop.model';
import { workshopsPolicy as policy } from './workshops.policy';
import { findEditable, writeRevision } from './workshops.service';

type Ctx = Pick<ServiceContext, 'viewer' | 'database' | 'clock' | 'loaders' | 'programme' | 'questions' | 'events'>;

const setQuestionsSchema = z
  .object({
    workshopId: objectIdString,
    questions: z
      .array(
        z
          .object({
            questionId: objectIdString,
            required: z.boolean().nullish(),
            showIf: z
              .object({ questionId: objectIdString, equals: z.string().max(60) })
              .strict()
              .nullish(),
          })
          .strict(),
      )
      .max(50, 'At most 50 questions.'),
  })
  .strict();

/**
 * A workshop's questions, the whole list in order, stored as the workshop's next revision (of two
 * edits at once, one lands). A question newly asked must be in the library and not archived; one
 * already asked stays askable. A condition names an earlier question that can be answered so.
 */
export async function setWorkshopQuestions(ctx: Ctx, input: unknown): Promise<WorkshopDoc> {
  authorize(ctx.viewer, policy.plan);
  const data = parseInput(setQuestionsSchema, input);
  const current = await findEditable(ctx, data.workshopId);
  const library = await questionLibrary(ctx);
  const asked = new Set((current.questions ?? []).map((pick) => String(pick.questionId)));
  const picks: WorkshopQuestionDoc[] = [];
  data.questions.forEach((given, index) => {
    const at = `questions.${index}`;
    const id = given.questionId.toLowerCase();
    const question = library.get(id);
    if (!question || (question.archived && !asked.has(id))) throw new BadUserInputError('No such question in the library.', `${at}.questionId`);
    if (picks.some((pick) => String(pick.questionId) === id)) throw new BadUserInputError('Each question once.', `${at}.questionId`);
    let showIf: WorkshopQuestionDoc['showIf'] = null;
    if (given.showIf) {
      const earlierId = given.showIf.questionId.toLowerCase();
      const earlier = picks.some((pick) => String(pick.questionId) === earlierId) ? library.get(earlierId) : null;
      if (!earlier) throw new BadUserInputError('A condition names an earlier question of the list.', `${at}.showIf.questionId`);
      const possible = earlier.type === 'YES_NO' ? ['true', 'false'] : earlier.choices.map((choice) => choice.value);
      if (!possible.includes(given.showIf.equals)) throw new BadUserInputError('The earlier question cannot be answered so.', `${at}.showIf.equals`);
      showIf = { questionId: new Types.ObjectId(earlierId), equals: given.showIf.equals };
    }
    picks.push({ questionId: new Types.ObjectId(id), required: given.required ?? false, showIf });
  });
  const updated = await writeRevision(ctx, current, { questions: picks });
  ctx.events.emit('workshop.questionsChanged', { workshopId: String(updated._id), revision: updated.revision });
  return updated;
}
