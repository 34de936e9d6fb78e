import type { ServiceContext } from '../../app/context';
import { requireViewer } from '../../shared/access/authorize';
import type { Viewer } from '../../shared/access/roles';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { parseInput } from '../../shared/validation';
import { type AnsweredBy, answersAfter, type GivenAnswerOf, missingOf, type StoredAnswer } from '../questions/asked-questions';
import type { QuestionLibrary } from '../questions/question-library';
import type { QuestionDoc } from '../questions/question.model';
import { questionLibrary } from '../questions/questions.queries';
import type { WorkshopDoc } from '../workshops/workshop.model';
import { workshopById } from '../workshops/workshops.queries';
import { ACTIVE_STATUSES, holderOf, type RegistrationDoc } from './registration.model';
import { registrationsPolicy as policy } from './registrations.policy';
import { answerQuestionsSchema, giveConsentsSchema } from './registrations.validation';
import { consentsAfter, stillToAnswer } from './consents';
import { registrationsOfWorkshop } from './registrations.queries';
import { changeRegistration } from './seating/transition';

type Ctx = Pick<ServiceContext, 'viewer' | 'database' | 'clock' | 'programme' | 'questions'>;
type Reach = ReturnType<typeof policy.answers>;

/** Whether a viewer with this reach sees (and may give) answers to the question. */
export const reaches = (reach: Reach, question: Pick<QuestionDoc, 'sensitivity'>) =>
  reach === 'all' || (reach === 'operational' && question.sensitivity === 'OPERATIONAL');

export const answerReachOf = (viewer: Viewer | null, registration: Pick<RegistrationDoc, 'organizationId' | 'participant'>) =>
  policy.answers(viewer, holderOf(registration));

/** The answers a viewer may see; the others are left out, never redacted. */
export function visibleAnswers(library: QuestionLibrary, reach: Reach, answers: readonly StoredAnswer[]): { answer: StoredAnswer; question: QuestionDoc }[] {
  return answers.flatMap((answer) => {
    const question = library.get(String(answer.questionId));
    return question && reaches(reach, question) ? [{ answer, question }] : [];
  });
}

/** The required questions (whose condition holds) still unanswered, among those the viewer may see. */
export function missingQuestions(
  library: QuestionLibrary,
  reach: Reach,
  workshop: Pick<WorkshopDoc, 'questions'>,
  answers: readonly StoredAnswer[],
): QuestionDoc[] {
  return missingOf(workshop.questions ?? [], answers).flatMap((id) => {
    const question = library.get(id);
    return question && reaches(reach, question) ? [question] : [];
  });
}

/** Answers given with a registration: the person themself answers any; whoever registers others, the OPERATIONAL ones. */
export async function answersAtRegistration(
  ctx: Ctx,
  workshop: WorkshopDoc,
  given: readonly GivenAnswerOf[],
  self: boolean,
  answeredBy: AnsweredBy,
  field: string,
): Promise<StoredAnswer[]> {
  if (given.length === 0) return [];
  const library = await questionLibrary(ctx);
  return answersAfter(
    library,
    workshop.questions ?? [],
    [],
    given,
    {
      answeredBy,
      at: ctx.clock.now(),
      mayAnswer: (question) => self || question.sensitivity === 'OPERATIONAL',
    },
    field,
  );
}

/**
 * Answers to a registration's questions after it was made, compare-and-set on its version (of two
 * at once, each lands on what the other left). BAD_USER_INPUT naming the field on any problem,
 * with nothing stored; answering for someone else's registration is refused the same way.
 */
export async function answerQuestions(ctx: Ctx, input: unknown): Promise<RegistrationDoc> {
  const viewer = requireViewer(ctx.viewer);
  const data = parseInput(answerQuestionsSchema, input);
  const registration = await ctx.database.models.Registration.findById(parseId(data.registrationId, 'registrationId')).lean<RegistrationDoc>();
  const reach = registration ? answerReachOf(viewer, registration) : 'none';
  if (!registration || reach === 'none') throw new BadUserInputError('You cannot answer for this registration.', 'registrationId');
  const workshop = await workshopById(ctx, registration.workshopId);
  if (!workshop) throw new NotFoundError('Workshop');
  if (workshop.endsAt <= ctx.clock.now()) throw new ConflictError('This workshop has ended.', 'WORKSHOP_ENDED');
  const library = await questionLibrary(ctx);
  const self = holderOf(registration).userId === viewer.userId;
  const answeredBy = policy.answeredBy(viewer, self);
  const { after } = await changeRegistration(ctx, registration, 'registration-answers', refuseInactive, (current) => ({
    answers: answersAfter(
      library,
      workshop.questions ?? [],
      current.answers ?? [],
      data.answers,
      {
        answeredBy,
        at: ctx.clock.now(),
        mayAnswer: (question) => reaches(reach, question),
      },
      'answers',
    ),
  }));
  return after;
}

const refuseInactive = (current: RegistrationDoc) =>
  ACTIVE_STATUSES.includes(current.status) ? null : new ConflictError(`A ${current.status.toLowerCase()} registration is not answered.`, 'NOT_ACTIVE');

/** The Secretariat reminds everyone registered with a required answer missing; each is emailed a new link, at most once a day. */
export async function remindMissingAnswers(ctx: Ctx & Pick<ServiceContext, 'events'>, input: { workshopId: string }): Promise<{ asked: number }> {
  const viewer = requireViewer(ctx.viewer);
  if (!policy.remindAnswers(viewer)) throw new ForbiddenError();
  const workshop = await workshopById(ctx, parseId(input.workshopId, 'workshopId'));
  if (!workshop) throw new NotFoundError('Workshop');
  if (workshop.status !== 'PUBLISHED') throw new ConflictError('Only a published workshop’s participants are reminded.', 'NOT_PUBLISHED');
  const registrations = await registrationsOfWorkshop(ctx.database, workshop._id, ACTIVE_STATUSES);
  const asked = registrations.filter((registration) => stillToAnswer(workshop, registration)).length;
  const day = ctx.clock.now().toISOString().slice(0, 10);
  await ctx.events.publish('workshop.answersReminder', { workshopId: String(workshop._id), round: `remind-${day}` });
  return { asked };
}

/** The participant (signed in) gives or withdraws consents; each is recorded with its version and time. */
export async function giveConsents(ctx: Ctx, input: unknown): Promise<RegistrationDoc> {
  const viewer = requireViewer(ctx.viewer);
  const data = parseInput(giveConsentsSchema, input);
  const registration = await ctx.database.models.Registration.findById(parseId(data.registrationId, 'registrationId')).lean<RegistrationDoc>();
  // Nobody consents for someone else, the Secretariat included.
  if (!registration || holderOf(registration).userId !== viewer.userId) throw new BadUserInputError('You can consent only for yourself.', 'registrationId');
  const workshop = await workshopById(ctx, registration.workshopId);
  if (!workshop) throw new NotFoundError('Workshop');
  const { after } = await changeRegistration(ctx, registration, 'registration-consents', refuseInactive, (current) => ({
    consents: consentsAfter(workshop.consentItems ?? [], current.consents ?? [], data.consents, ctx.clock.now(), 'consents'),
  }));
  return after;
}
