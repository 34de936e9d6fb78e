import { z } from 'zod';
import { canonicalLanguageTag } from '../organizations/reference/languages';
import { emailSchema } from '../users/users.validation';
import { isIanaTimeZone } from '../workshops/time/zoned-time';
import { REGISTRATION_STATUSES } from './registration.model';

const objectId = z.string().regex(/^[0-9a-f]{24}$/i, 'Not a valid id.');

const participant = z.union([
  z.object({ userId: objectId }).strict(),
  z
    .object({
      name: z.string().trim().min(1, 'Give the participant\u2019s name.').max(200, 'The name is too long.'),
      email: emailSchema,
      language: z
        .string()
        .max(35)
        .nullish()
        .transform((tag, ctx) => {
          if (!tag) return null;
          const canonical = canonicalLanguageTag(tag);
          if (!canonical) ctx.addIssue({ code: 'custom', message: `${JSON.stringify(tag)} is not a BCP 47 language tag.` });
          return canonical;
        }),
      timeZone: z.string().max(64).refine(isIanaTimeZone, { error: 'Give an IANA time zone such as Africa/Nairobi.' }).nullish(),
    })
    .strict(),
], { error: 'Give either userId, or name and email.' });

export const registerSchema = z.object({
  workshopId: objectId,
  organizationId: objectId.nullish(),
  participants: z.array(participant).min(1, 'Register at least one person.').max(100, 'At most 100 people at once.'),
});

export const registrationFilterSchema = z
  .object({ status: z.enum(REGISTRATION_STATUSES).nullish(), organizationId: objectId.nullish() })
  .nullish();
