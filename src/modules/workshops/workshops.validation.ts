import { perConfig } from '../../shared/validation';
import { z } from 'zod';
import type { Config } from '../../config';
import { configuredCode, countryCode, httpUrl, ianaTimeZone, languageTags, objectIdString } from '../organizations/reference/fields';
import { WORKSHOP_FORMATS, WORKSHOP_KINDS, WORKSHOP_STATUSES } from './workshop.model';

const text = (max: number, what: string) => z.string().trim().max(max, `${what} is too long (${max} characters at most).`);
const linkUrl = httpUrl(2_000, 'Give an http(s) address.');
const localTime = z.string().max(40);

const session = z.object({
  title: text(200, 'The session title').min(1, 'Give the session a title.'),
  startsAt: z.date().nullish(),
  startsAtLocal: localTime.nullish(),
  endsAt: z.date().nullish(),
  endsAtLocal: localTime.nullish(),
  facilitator: text(200, 'The facilitator').nullish(),
  location: text(2_000, 'The location').nullish(),
  joiningDetails: text(2_000, 'The joining details').nullish(),
});

export const workshopSchemas = perConfig((config: Config) => {
  const fields = {
    kind: z.enum(WORKSHOP_KINDS),
    title: text(200, 'The title').min(3, 'The title needs at least 3 characters.'),
    summary: text(1_000, 'The summary').nullish(),
    description: text(50_000, 'The description').nullish(),
    topics: z
      .array(configuredCode(config.topics, 'topic'))
      .max(20)
      .transform((list) => [...new Set(list)])
      .nullish(),
    languages: languageTags.nullish(),
    format: z.enum(WORKSHOP_FORMATS),
    venue: z
      .object({
        name: text(200, 'The venue name').min(1, 'Name the venue.'),
        address: text(500, 'The address').nullish(),
        city: text(200, 'The city').min(1, 'Give the city.'),
        country: countryCode,
      })
      .nullish(),
    onlineUrl: linkUrl.nullish(),
    timeZone: ianaTimeZone('Asia/Bangkok'),
    startsAt: z.date().nullish(),
    startsAtLocal: localTime.nullish(),
    endsAt: z.date().nullish(),
    endsAtLocal: localTime.nullish(),
    sessions: z.array(session).max(100, 'At most 100 sessions.').nullish(),
    facilitators: z
      .array(z.object({ name: text(200, 'The name').min(1), organization: text(200, 'The organisation').nullish(), userId: objectIdString.nullish() }))
      .max(50)
      .nullish(),
    capacity: z.number().int().min(1, 'Capacity must be at least 1.').max(100_000),
    perGroupQuota: z.number().int().min(1, 'A quota must be at least 1.').max(100_000).nullish(),
    registrationOpensAt: z.date().nullish(),
    registrationClosesAt: z.date().nullish(),
    requiresApproval: z.boolean().nullish(),
    selfRegistration: z.boolean().nullish(),
    promotionMode: z.enum(['AUTOMATIC', 'OFFER']).nullish(),
    offerHours: z
      .number()
      .int()
      .min(1, 'An offer lasts at least 1 hour.')
      .max(24 * 30, 'An offer lasts at most 30 days.')
      .nullish(),
    reminderHoursBefore: z
      .array(
        z
          .number()
          .int()
          .min(1, 'A reminder comes at least 1 hour before.')
          .max(24 * 60, 'A reminder comes at most 60 days before.'),
      )
      .max(5, 'At most five reminders.')
      .transform((hours) => [...new Set(hours)].sort((a, b) => b - a))
      .nullish(),
    eligibility: z
      .object({
        regions: z.array(configuredCode(config.regions, 'region')).max(20).nullish(),
        organizationIds: z.array(objectIdString).max(500).nullish(),
      })
      .nullish(),
  };
  return {
    create: z.object(fields),
    update: z.object({ id: z.string() }).extend(
      Object.fromEntries(Object.entries(fields).map(([key, schema]) => [key, (schema as z.ZodType).nullish()])) as {
        [K in keyof typeof fields]: z.ZodOptional<z.ZodNullable<(typeof fields)[K]>>;
      },
    ),
    filter: z
      .object({
        from: z.date().nullish(),
        to: z.date().nullish(),
        status: z.enum(WORKSHOP_STATUSES).nullish(),
        kind: z.enum(WORKSHOP_KINDS).nullish(),
        topic: z.string().max(60).nullish(),
        region: z.string().max(40).nullish(),
        heldInCountry: countryCode.nullish(),
        heldInRegion: configuredCode(config.regions, 'region').nullish(),
        format: z.enum(WORKSHOP_FORMATS).nullish(),
        language: z.string().max(35).nullish(),
        eligibleForMyGroup: z.boolean().nullish(),
        text: z.string().max(200, 'Search text is limited to 200 characters.').nullish(),
      })
      .nullish(),
    reason: z.string().trim().min(1, 'Give a reason.').max(2_000),
  };
});

export type WorkshopFields = z.output<ReturnType<typeof workshopSchemas>['create']>;
