import type { MutationResolvers, QueryResolvers, QuestionChoiceResolvers, RegistrationQuestionResolvers } from '../../graphql/generated/resolvers-types';
import { readerLanguage } from '../organizations/reference-names.service';
import { labelIn } from './questions.queries';
import * as questions from './questions.service';

const queries: QueryResolvers = {
  registrationQuestions: (_parent, { includeArchived }, ctx) => questions.listQuestions(ctx, includeArchived ?? false),
};

const mutations: MutationResolvers = {
  createRegistrationQuestion: async (_parent, { input }, ctx) => ({ question: await questions.createQuestion(ctx, input) }),
  updateRegistrationQuestion: async (_parent, { input }, ctx) => ({ question: await questions.updateQuestion(ctx, input) }),
};

const RegistrationQuestion: RegistrationQuestionResolvers = {
  id: (q) => String(q._id),
  label: async (q, { language }, ctx) => labelIn(q.labels, await readerLanguage(ctx, language ?? null)),
  purgeAfterDays: (q) => q.purgeAfterDays ?? null,
  archived: (q) => q.archived ?? false,
};

const QuestionChoice: QuestionChoiceResolvers = {
  label: async (choice, { language }, ctx) => labelIn(choice.labels, await readerLanguage(ctx, language ?? null)),
};

export const questionsResolvers = { Query: queries, Mutation: mutations, RegistrationQuestion, QuestionChoice };
