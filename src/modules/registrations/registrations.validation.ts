import { z } from 'zod';
import { ianaTimeZone, languageTag, objectIdString } from '../organizations/reference/fields';
import { emailSchema } from '../users/users.validation';
import { REGISTRATION_STATUSES } from './registration.model';

export const answerInput = z
  .object({
    questionId: objectIdString,
    value: z.string().max(5000, 'At most 5,000 characters.').nullish(),
    values: z.array(z.string().max(60, 'Not one of the choices offered.')).max(50, 'At most 50 choices.').nullish(),
  })
  .strict();
export const answersInput = z.array(answerInput).max(50, 'At most 50 answers.');
export const consentsInput = z
  .array(z.object({ key: z.string().max(60), version: z.number().int().min(1).max(1_000_000), given: z.boolean() }).strict())
  .max(20, 'At most 20 consents.');

/** A chosen name: trimmed, at most 80 characters; empty means none. */
export const displayName = z
  .string()
  .trim()
  .max(80, 'A shown name is at most 80 characters.')
  .transform((name) => name || null);

export const updateParticipationSchema = z
  .object({ registrationId: objectIdString, displayName: displayName.nullish(), listed: z.boolean().nullish() })
  .strict();

const participant = z.union(
  [
    z
      .object({
        userId: objectIdString,
        answers: answersInput.nullish(),
        consents: consentsInput.nullish(),
        displayName: displayName.nullish(),
        listed: z.boolean().nullish(),
      })
      .strict(),
    z
      .object({
        name: z.string().trim().min(1, 'Give the participant\u2019s name.').max(200, 'The name is too long.'),
        email: emailSchema,
        language: languageTag.nullish(),
        timeZone: ianaTimeZone('Africa/Nairobi').nullish(),
        answers: answersInput.nullish(),
        consents: consentsInput.nullish(),
        displayName: displayName.nullish(),
        listed: z.boolean().nullish(),
      })
      .strict(),
  ],
  { error: 'Give either userId, or name and email.' },
);

export const registerSchema = z.object({
  workshopId: objectIdString,
  organizationId: objectIdString.nullish(),
  participants: z.array(participant).min(1, 'Register at least one person.').max(100, 'At most 100 people at once.'),
});

export const answerQuestionsSchema = z.object({ registrationId: objectIdString, answers: answersInput }).strict();
export const giveConsentsSchema = z.object({ registrationId: objectIdString, consents: consentsInput }).strict();

export const registrationFilterSchema = z.object({ status: z.enum(REGISTRATION_STATUSES).nullish(), organizationId: objectIdString.nullish() }).nullish();
