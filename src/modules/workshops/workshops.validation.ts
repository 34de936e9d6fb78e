import { z } from 'zod';
import type { Config } from '../../config';
import { normalizeCountryCode } from '../organizations/reference/countries';
import { canonicalLanguageTag } from '../organizations/reference/languages';
import { isIanaTimeZone } from './time/zoned-time';
import { WORKSHOP_FORMATS, WORKSHOP_KINDS, WORKSHOP_STATUSES } from './workshop.model';

const text = (max: number, what: string) => z.string().trim().max(max, `${what} is too long (${max} characters at most).`);
const objectId = z.string().regex(/^[0-9a-f]{24}$/i, 'Not a valid id.');
const httpUrl = z
  .string()
  .trim()
  .max(2_000)
  .pipe(z.url({ protocol: /^https?$/, error: 'Give an http(s) address.' }));
const country = z
  .string()
  .max(10)
  .transform((value, ctx) => {
    const code = normalizeCountryCode(value);
    if (!code) ctx.addIssue({ code: 'custom', message: `${JSON.stringify(value.slice(0, 10))} is not an ISO 3166-1 alpha-2 country code.` });
    return code ?? '';
  });
const languages = z
  .array(z.string().max(35))
  .max(20)
  .transform((tags, ctx) => [
    ...new Set(
      tags.map((tag, index) => {
        const canonical = canonicalLanguageTag(tag);
        if (!canonical) ctx.addIssue({ code: 'custom', path: [index], message: `${JSON.stringify(tag)} is not a BCP 47 language tag.` });
        return canonical ?? '';
      }),
    ),
  ]);
const codeIn = (allowed: string[], what: string) =>
  z.string().refine((code) => allowed.includes(code), { error: (issue) => `${JSON.stringify(issue.input)} is not a configured ${what}.` });

const localTime = z.string().max(40);

const session = z.object({
  title: text(200, 'The session title').min(1, 'Give the session a title.'),
  startsAt: z.date().nullish(),
  startsAtLocal: localTime.nullish(),
  endsAt: z.date().nullish(),
  endsAtLocal: localTime.nullish(),
  facilitator: text(200, 'The facilitator').nullish(),
  location: text(2_000, 'The location').nullish(),
});

export function workshopSchemas(config: Config) {
  const fields = {
    kind: z.enum(WORKSHOP_KINDS),
    title: text(200, 'The title').min(3, 'The title needs at least 3 characters.'),
    summary: text(1_000, 'The summary').nullish(),
    description: text(50_000, 'The description').nullish(),
    topics: z.array(codeIn(config.topics, 'topic')).max(20).transform((list) => [...new Set(list)]).nullish(),
    languages: languages.nullish(),
    format: z.enum(WORKSHOP_FORMATS),
    venue: z
      .object({
        name: text(200, 'The venue name').min(1, 'Name the venue.'),
        address: text(500, 'The address').nullish(),
        city: text(200, 'The city').min(1, 'Give the city.'),
        country,
      })
      .nullish(),
    onlineUrl: httpUrl.nullish(),
    timeZone: z.string().max(64).refine(isIanaTimeZone, { error: 'Give an IANA time zone such as Asia/Bangkok.' }),
    startsAt: z.date().nullish(),
    startsAtLocal: localTime.nullish(),
    endsAt: z.date().nullish(),
    endsAtLocal: localTime.nullish(),
    sessions: z.array(session).max(100, 'At most 100 sessions.').nullish(),
    facilitators: z
      .array(z.object({ name: text(200, 'The name').min(1), organization: text(200, 'The organisation').nullish(), userId: objectId.nullish() }))
      .max(50)
      .nullish(),
    capacity: z.number().int().min(1, 'Capacity must be at least 1.').max(100_000),
    perGroupQuota: z.number().int().min(1, 'A quota must be at least 1.').max(100_000).nullish(),
    registrationOpensAt: z.date().nullish(),
    registrationClosesAt: z.date().nullish(),
    requiresApproval: z.boolean().nullish(),
    eligibility: z
      .object({
        regions: z.array(codeIn(config.regions, 'region')).max(20).nullish(),
        organizationIds: z.array(objectId).max(500).nullish(),
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
        format: z.enum(WORKSHOP_FORMATS).nullish(),
        language: z.string().max(35).nullish(),
        eligibleForMyGroup: z.boolean().nullish(),
        text: z.string().max(200, 'Search text is limited to 200 characters.').nullish(),
      })
      .nullish(),
    reason: z.string().trim().min(1, 'Give a reason.').max(2_000),
  };
}

export type WorkshopFields = z.output<ReturnType<typeof workshopSchemas>['create']>;
