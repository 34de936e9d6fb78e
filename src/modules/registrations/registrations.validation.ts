import { z } from 'zod';
import { ianaTimeZone, languageTag, objectIdString } from '../organizations/reference/fields';
import { emailSchema } from '../users/users.validation';
import { REGISTRATION_STATUSES } from './registration.model';

const participant = z.union(
  [
    z.object({ userId: objectIdString }).strict(),
    z
      .object({
        name: z.string().trim().min(1, 'Give the participant\u2019s name.').max(200, 'The name is too long.'),
        email: emailSchema,
        language: languageTag.nullish(),
        timeZone: ianaTimeZone('Africa/Nairobi').nullish(),
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

export const registrationFilterSchema = z.object({ status: z.enum(REGISTRATION_STATUSES).nullish(), organizationId: objectIdString.nullish() }).nullish();
