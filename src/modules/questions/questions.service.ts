import { Types } from 'mongoose';
import type { ServiceContext } from '../../app/context';
import { authorize } from '../../shared/access/authorize';
import { BadUserInputError, ConflictError, NotFoundError, isDuplicateKeyError } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { parseInput } from '../../shared/validation';
import type { QuestionDoc, QuestionSensitivity, QuestionType } from './question.model';
import { questionsPolicy as policy } from './questions.policy';
import { createQuestionSchema, updateQuestionSchema } from './questions.validation';

type Ctx = Pick<ServiceContext, 'viewer' | 'database' | 'clock' | 'questions'>;

const CHOICE_TYPES: QuestionType[] = ['ONE_CHOICE', 'SEVERAL_CHOICES'];
/** A sensitivity may only rise: what was answered as private stays private, and purged as promised. */
const RANK: Record<QuestionSensitivity, number> = { OPERATIONAL: 0, SENSITIVE: 1, EPHEMERAL: 2 };

export async function listQuestions(ctx: Ctx, includeArchived: boolean): Promise<QuestionDoc[]> {
  authorize(ctx.viewer, policy.manage);
  return (await ctx.questions.current()).list(includeArchived);
}

export async function createQuestion(ctx: Ctx, input: unknown): Promise<QuestionDoc> {
  authorize(ctx.viewer, policy.manage);
  const data = parseInput(createQuestionSchema, input);
  const choices = data.choices ?? [];
  checkShape(data.type, choices.length, data.sensitivity, data.purgeAfterDays ?? null);
  const now = ctx.clock.now();
  try {
    const created = await ctx.database.models.RegistrationQuestion.create({
      _id: new Types.ObjectId(),
      key: data.key,
      type: data.type,
      labels: data.labels,
      choices,
      sensitivity: data.sensitivity,
      purgeAfterDays: data.purgeAfterDays ?? null,
      archived: false,
      revision: 0,
      createdAt: now,
      updatedAt: now,
    });
    return created.toObject() as QuestionDoc;
  } catch (err) {
    if (isDuplicateKeyError(err)) throw new ConflictError(`The library already has a question "${data.key}".`, 'QUESTION_KEY_TAKEN');
    throw err;
  }
}

/** An edit is compare-and-set on the revision it started from: of two at once, one lands. */
export async function updateQuestion(ctx: Ctx, input: unknown): Promise<QuestionDoc> {
  authorize(ctx.viewer, policy.manage);
  const data = parseInput(updateQuestionSchema, input);
  const current = (await ctx.questions.current()).get(String(parseId(data.id)));
  if (!current) throw new NotFoundError('Question');
  const set: Record<string, unknown> = {};
  if (data.labels) set.labels = data.labels;
  if (data.choices) {
    const given = new Set(data.choices.map((choice) => choice.value));
    const dropped = current.choices.find((choice) => !given.has(choice.value));
    if (dropped) throw new BadUserInputError(`Keep the choice "${dropped.value}": answers may name it.`, 'choices');
    set.choices = data.choices;
  }
  const sensitivity = data.sensitivity ?? current.sensitivity;
  if (RANK[sensitivity] < RANK[current.sensitivity]) {
    throw new BadUserInputError('A sensitivity may only rise: answers given as private stay private.', 'sensitivity');
  }
  if (data.sensitivity) set.sensitivity = data.sensitivity;
  const purgeAfterDays = data.purgeAfterDays !== undefined && data.purgeAfterDays !== null ? data.purgeAfterDays : current.purgeAfterDays;
  if (data.purgeAfterDays) set.purgeAfterDays = data.purgeAfterDays;
  if (typeof data.archived === 'boolean') set.archived = data.archived;
  checkShape(current.type, ((set.choices as unknown[] | undefined) ?? current.choices).length, sensitivity, purgeAfterDays ?? null);
  const updated = await ctx.database.models.RegistrationQuestion.findOneAndUpdate(
    { _id: current._id, revision: current.revision },
    { $set: { ...set, revision: current.revision + 1, updatedAt: ctx.clock.now() } },
    { returnDocument: 'after' },
  ).lean<QuestionDoc>();
  if (!updated) throw new ConflictError('Someone changed this question meanwhile; reload it and try again.', 'EDITED_CONCURRENTLY');
  return updated;
}

function checkShape(type: QuestionType, choiceCount: number, sensitivity: QuestionSensitivity, purgeAfterDays: number | null): void {
  if (CHOICE_TYPES.includes(type) && choiceCount < 2) throw new BadUserInputError('Offer at least two choices.', 'choices');
  if (!CHOICE_TYPES.includes(type) && choiceCount > 0) throw new BadUserInputError(`A ${type} question has no choices.`, 'choices');
  if (sensitivity === 'EPHEMERAL' && purgeAfterDays === null)
    throw new BadUserInputError('Say how many days after the workshop its answers are purged.', 'purgeAfterDays');
  if (sensitivity !== 'EPHEMERAL' && purgeAfterDays !== null) throw new BadUserInputError('Only EPHEMERAL answers are purged on a set day.', 'purgeAfterDays');
}
