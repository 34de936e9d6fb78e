import type { InvitationLetterResolvers, MutationResolvers, QueryResolvers, RegistrationResolvers } from '../../graphql/generated/resolvers-types';
import { publicBaseUrl } from '../../http/public-url';
import { NotFoundError } from '../../shared/errors';
import { questionLibrary } from '../questions/questions.queries';
import { registrationById } from '../registrations/registrations.queries';
import * as letters from './letters.service';

const queries: QueryResolvers = {
  invitationLetters: (_parent, { workshopId }, ctx) => letters.lettersOf(ctx, workshopId),
  verifyInvitationLetter: (_parent, { code }, ctx) => letters.verifyLetter(ctx, code),
};

const mutations: MutationResolvers = {
  requestInvitationLetter: async (_parent, { input }, ctx) => ({ letter: await letters.requestLetter(ctx, input) }),
  decideInvitationLetter: async (_parent, { input }, ctx) => ({ letter: await letters.decideLetter(ctx, input) }),
};

const InvitationLetter: InvitationLetterResolvers = {
  id: (letter) => String(letter._id),
  registration: async (letter, _args, ctx) => {
    const registration = await registrationById(ctx.database, letter._id);
    if (!registration) throw new NotFoundError('Registration');
    return registration;
  },
  questions: async (letter, _args, ctx) => {
    const library = await questionLibrary(ctx);
    return letter.questionIds.flatMap((id) => library.get(String(id)) ?? []);
  },
  verificationCode: (letter) => (letter.status === 'APPROVED' ? (letter.verificationCode ?? null) : null),
  downloadUrl: (letter, _args, ctx) => (letter.status === 'APPROVED' ? `${publicBaseUrl(ctx.config)}/letters/${String(letter._id)}.pdf` : null),
};

const Registration: RegistrationResolvers = {
  invitationLetter: (registration, _args, ctx) => letters.letterOfRegistration(ctx, registration),
};

export const lettersResolvers = { Query: queries, Mutation: mutations, InvitationLetter, Registration };
