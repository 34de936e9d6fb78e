import type {
  MutationResolvers,
  QuestionConditionResolvers,
  ConsentItemResolvers,
  WorkshopQuestionResolvers,
  QueryResolvers,
  WorkshopResolvers,
  WorkshopSessionResolvers,
  WorkshopTimesResolvers,
} from '../../graphql/generated/resolvers-types';
import type { ServiceContext } from '../../app/context';
import { hasJoiningDetails, withoutJoiningDetails } from './joining-details';
import { venueTime, viewerTime } from './workshop-times';
import { workshopsPolicy } from './workshops.policy';
import * as series from './series.service';
import type { WorkshopDoc } from './workshop.model';
import * as workshops from './workshops.service';
import { setWorkshopQuestions } from './workshop-questions.service';
import { setWorkshopConsents } from './workshop-consents.service';
import { labelIn } from '../questions/questions.queries';
import { readerLanguage } from '../organizations/reference-names.service';
import { questionLibrary } from '../questions/questions.queries';
import { NotFoundError } from '../../shared/errors';

const workshop: QueryResolvers['workshop'] = (_parent, { id }, ctx) => workshops.getWorkshop(ctx, id);
const workshopsQuery: QueryResolvers['workshops'] = (_parent, args, ctx) => workshops.listWorkshops(ctx, args);

const payload = async (workshop: Promise<WorkshopDoc>) => ({ workshop: await workshop, alsoUpdated: [] });

const mutations: MutationResolvers = {
  createWorkshop: (_parent, { input }, ctx) => payload(workshops.createWorkshop(ctx, input)),
  updateWorkshop: (_parent, { input: { scope, ...input } }, ctx) =>
    scope === 'THIS_AND_FUTURE' ? series.updateFutureOccurrences(ctx, input) : payload(workshops.updateWorkshop(ctx, input)),
  publishWorkshop: (_parent, { input }, ctx) => payload(workshops.publishWorkshop(ctx, input)),
  cancelWorkshop: (_parent, { input }, ctx) => payload(workshops.cancelWorkshop(ctx, input)),
  completeWorkshop: (_parent, { input }, ctx) => payload(workshops.completeWorkshop(ctx, input)),
  createWorkshopSeries: (_parent, { input }, ctx) => series.createWorkshopSeries(ctx, input),
  setWorkshopQuestions: (_parent, { input }, ctx) => payload(setWorkshopQuestions(ctx, input)),
  setWorkshopConsents: (_parent, { input }, ctx) => payload(setWorkshopConsents(ctx, input)),
};

/** Only asks the database (once per request) when the viewer is neither anonymous nor Secretariat. */
async function maySeeLink(ctx: ServiceContext, workshopId: string): Promise<boolean> {
  if (!ctx.viewer) return false;
  if (workshopsPolicy.seeJoiningLink(ctx.viewer, false)) return true;
  const confirmed = await ctx.loaders.registrations.confirmedWorkshopsOf.load(ctx.viewer.userId);
  return workshopsPolicy.seeJoiningLink(ctx.viewer, confirmed.has(workshopId));
}

const Workshop: WorkshopResolvers = {
  id: (w) => String(w._id),
  seriesId: (w) => (w.seriesId ? String(w.seriesId) : null),
  selfRegistration: (w) => w.selfRegistration ?? false,
  promotionMode: (w) => (w.promotionMode === 'OFFER' ? 'OFFER' : 'AUTOMATIC'),
  offerHours: (w) => w.offerHours ?? 48,
  onlineUrl: async (w, _args, ctx) => (w.onlineUrl && (await maySeeLink(ctx, String(w._id))) ? w.onlineUrl : null),
  times: (w) => ({ startsAt: w.startsAt, endsAt: w.endsAt, venueTimeZone: w.timeZone }),
  sessions: (w) => w.sessions.map((session) => ({ ...session, venueTimeZone: w.timeZone, workshopId: String(w._id) })),
  facilitators: (w) => w.facilitators.map((f) => ({ name: f.name, organization: f.organization, userId: f.userId ? String(f.userId) : null })),
  eligibility: (w) => ({ regions: w.eligibility?.regions ?? [], organizationIds: (w.eligibility?.organizationIds ?? []).map(String) }),
  questions: (w) => w.questions ?? [],
  consentItems: (w) => w.consentItems ?? [],
};

const ConsentItem: ConsentItemResolvers = {
  text: async (item, { language }, ctx) => labelIn(item.texts, await readerLanguage(ctx, language ?? null)),
  required: (item) => item.required ?? true,
};

/** A question of the library, in memory: a workshop's questions cost no read. */
const questionOf = async (ctx: ServiceContext, id: unknown) => {
  const question = (await questionLibrary(ctx)).get(String(id));
  if (!question) throw new NotFoundError('Question');
  return question;
};

const WorkshopQuestion: WorkshopQuestionResolvers = {
  question: (pick, _args, ctx) => questionOf(ctx, pick.questionId),
  required: (pick) => pick.required ?? false,
  showIf: (pick) => pick.showIf ?? null,
};

const QuestionCondition: QuestionConditionResolvers = {
  question: (condition, _args, ctx) => questionOf(ctx, condition.questionId),
};

const WorkshopSession: WorkshopSessionResolvers = {
  id: (s) => String(s._id),
  // A session's joining details are as private as the workshop's link, wherever they sit in the text.
  location: async (s, _args, ctx) =>
    hasJoiningDetails(s.location) && !(await maySeeLink(ctx, s.workshopId)) ? withoutJoiningDetails(s.location) : (s.location ?? null),
  joiningDetails: async (s, _args, ctx) => {
    const details = s.joiningDetails ?? (hasJoiningDetails(s.location) ? s.location : null);
    return details && (await maySeeLink(ctx, s.workshopId)) ? details : null;
  },
  times: (s) => ({ startsAt: s.startsAt, endsAt: s.endsAt, venueTimeZone: s.venueTimeZone }),
};

const WorkshopTimes: WorkshopTimesResolvers = {
  venueStartsAt: (span) => venueTime(span, 'startsAt'),
  venueEndsAt: (span) => venueTime(span, 'endsAt'),
  viewerStartsAt: (span, _args, ctx) => viewerTime(span, 'startsAt', ctx),
  viewerEndsAt: (span, _args, ctx) => viewerTime(span, 'endsAt', ctx),
};

export const workshopsResolvers = {
  Query: { workshop, workshops: workshopsQuery },
  Mutation: mutations,
  Workshop,
  WorkshopSession,
  WorkshopTimes,
  WorkshopQuestion,
  QuestionCondition,
  ConsentItem,
};
