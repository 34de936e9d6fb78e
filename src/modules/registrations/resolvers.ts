import { NotFoundError } from '../../shared/errors';
import type { MutationResolvers, QueryResolvers, RegistrationResolvers, WorkshopResolvers } from '../../graphql/generated/resolvers-types';
import * as attendance from './attendance.service';
import { register } from './register.service';
import * as reads from './registrations.reads';
import { approvalQueue, groupOverview } from './overview.reads';
import * as registrations from './registrations.service';
import { answerQuestions, answerReachOf, giveConsents, missingQuestions, remindMissingAnswers, visibleAnswers } from './answers.service';
import { consentStates, consentsComplete } from './consents';
import { updateParticipation, workshopParticipants } from './participation.service';
import type { FellowParticipantResolvers } from '../../graphql/generated/resolvers-types';
import { answerByLink, answerLinkOf, answerLinkView } from './answer-links';
import { ACTIVE_STATUSES } from './registration.model';
import { questionLibrary } from '../questions/questions.queries';
import { missingOf } from '../questions/asked-questions';
import type { AnswerCountResolvers, AnswerResolvers } from '../../graphql/generated/resolvers-types';
import { answerLabel } from '../questions/answer-labels';
import { readerLanguage } from '../organizations/reference-names.service';

const mutations: MutationResolvers = {
  register: async (_parent, { input }, ctx) => ({ registrations: await register(ctx, input) }),
  cancelRegistration: async (_parent, { input }, ctx) => ({ registration: await registrations.cancelRegistration(ctx, input) }),
  approveRegistration: async (_parent, { input }, ctx) => ({ registration: await registrations.approveRegistration(ctx, input) }),
  declineRegistration: async (_parent, { input }, ctx) => ({ registration: await registrations.declineRegistration(ctx, input) }),
  acceptOffer: async (_parent, { input }, ctx) => ({ registration: await registrations.acceptOffer(ctx, input) }),
  recordAttendance: async (_parent, { input }, ctx) => ({ registration: await attendance.recordAttendance(ctx, input) }),
  answerQuestions: async (_parent, { input }, ctx) => ({ registration: await answerQuestions(ctx, input) }),
  remindMissingAnswers: (_parent, { input }, ctx) => remindMissingAnswers(ctx, input),
  giveConsents: async (_parent, { input }, ctx) => ({ registration: await giveConsents(ctx, input) }),
  updateParticipation: async (_parent, { input }, ctx) => ({ registration: await updateParticipation(ctx, input) }),
  answerByLink: async (_parent, { input }, ctx) => {
    const { missing } = await answerByLink(ctx, input);
    return { answersComplete: missing.length === 0, missing };
  },
};

const queries: QueryResolvers = {
  registrations: (_parent, args, ctx) => reads.listRegistrations(ctx, args),
  myRegistrations: (_parent, args, ctx) => reads.myRegistrations(ctx, args),
  workshopReport: (_parent, { workshopId }, ctx) => attendance.workshopReport(ctx, workshopId),
  groupOverview: (_parent, args, ctx) => groupOverview(ctx, args),
  approvalQueue: (_parent, _args, ctx) => approvalQueue(ctx),
  answerLinkQuestions: (_parent, { token }, ctx) => answerLinkView(ctx, token),
  workshopParticipants: (_parent, { workshopId }, ctx) => workshopParticipants(ctx, workshopId),
};

const Registration: RegistrationResolvers = {
  id: (r) => String(r._id),
  attended: (r) => r.attended ?? null,
  createdAt: (r) => r.registeredAt ?? r.createdAt,
  offerExpiresAt: (r) => r.offerExpiresAt ?? null,
  waitlistPosition: async (r, _args, ctx) =>
    r.status === 'WAITLISTED' && !r.offerExpiresAt && r.waitTicket !== null && r.waitTicket !== undefined
      ? ((await ctx.loaders.registrations.waitlistRanks.load(String(r.workshopId))).get(r.waitTicket) ?? null)
      : null,
  workshop: async (r, _args, ctx) => {
    const workshop = await ctx.loaders.workshops.byId.load(String(r.workshopId));
    if (!workshop) throw new NotFoundError('Workshop');
    return workshop;
  },
  organization: async (r, _args, ctx) => {
    const organization = await ctx.loaders.organizations.byId.load(String(r.organizationId));
    if (!organization) throw new NotFoundError('Organisation');
    return organization;
  },
  answers: async (r, _args, ctx) => visibleAnswers(await questionLibrary(ctx), answerReachOf(ctx.viewer, r), r.answers ?? []).map(({ answer }) => answer),
  answersComplete: async (r, _args, ctx) => {
    const workshop = await ctx.loaders.workshops.byId.load(String(r.workshopId));
    return missingOf(workshop?.questions ?? [], r.answers ?? []).length === 0;
  },
  missingAnswers: async (r, _args, ctx) => {
    const workshop = await ctx.loaders.workshops.byId.load(String(r.workshopId));
    return workshop ? missingQuestions(await questionLibrary(ctx), answerReachOf(ctx.viewer, r), workshop, r.answers ?? []) : [];
  },
  consents: async (r, _args, ctx) => {
    if (answerReachOf(ctx.viewer, r) !== 'all') return [];
    const workshop = await ctx.loaders.workshops.byId.load(String(r.workshopId));
    return consentStates(workshop?.consentItems ?? [], r.consents ?? []);
  },
  consentsComplete: async (r, _args, ctx) => {
    if (answerReachOf(ctx.viewer, r) !== 'all') return null;
    const workshop = await ctx.loaders.workshops.byId.load(String(r.workshopId));
    return consentsComplete(workshop?.consentItems ?? [], r.consents ?? []);
  },
  answerLink: async (r, _args, ctx) => {
    const own = ctx.viewer !== null && r.participant?.userId !== null && String(r.participant?.userId) === ctx.viewer.userId;
    if (!own || !ACTIVE_STATUSES.includes(r.status)) return null;
    const workshop = await ctx.loaders.workshops.byId.load(String(r.workshopId));
    return workshop?.questions?.length ? answerLinkOf(ctx, r, workshop) : null;
  },
  participant: (r) => ({
    name: r.participant?.name ?? '',
    email: r.participant?.email ?? '',
    userId: r.participant?.userId ? String(r.participant.userId) : null,
    language: r.participant?.language ?? null,
    timeZone: r.participant?.timeZone ?? null,
    displayName: r.participant?.displayName ?? null,
    listed: r.participant?.listed ?? true,
  }),
};

const Workshop: WorkshopResolvers = {
  seats: async (w, _args, ctx) => {
    const counts = await ctx.loaders.registrations.seatFigures.load(String(w._id));
    return {
      capacity: w.capacity,
      confirmed: counts.confirmed,
      waitlisted: counts.waitlisted,
      available: Math.max(0, w.capacity - counts.confirmed - counts.openOffers),
    };
  },
};

const Answer: AnswerResolvers = {
  question: async (answer, _args, ctx) => {
    const question = (await questionLibrary(ctx)).get(String(answer.questionId));
    if (!question) throw new NotFoundError('Question');
    return question;
  },
  values: (answer) => answer.values ?? [],
};

const FellowParticipant: FellowParticipantResolvers = {
  organization: async (row, _args, ctx) => {
    const organization = await ctx.loaders.organizations.byId.load(row.organizationId);
    if (!organization) throw new NotFoundError('Organisation');
    return organization;
  },
};

const AnswerCount: AnswerCountResolvers = {
  label: async (tally, { language }, ctx) => answerLabel(tally.question, tally.value, await readerLanguage(ctx, language ?? null)),
};

export const registrationsResolvers = { Query: queries, Mutation: mutations, Registration, Workshop, Answer, AnswerCount, FellowParticipant };
