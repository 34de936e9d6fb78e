import { perConfig } from '../../shared/validation';
import { z } from 'zod';
import type { Config } from '../../config';
import { MEMBERSHIP_DECISIONS, MEMBERSHIP_STATUSES, ORGANIZATION_KINDS } from './organization.model';
import { configuredCode, countryCode, httpUrl, languageTags } from './reference/fields';

const name = z.string().trim().min(2, 'The name needs at least 2 characters.').max(200, 'The name is too long (200 characters at most).');
const website = httpUrl(500, 'The website must be an http(s) address.');
const contactEmail = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email('Enter a valid email address.'))
  .transform((e) => e.toLowerCase());

export const organizationSchemas = perConfig((config: Config) => {
  const topics = z
    .array(configuredCode(config.topics, 'topic'))
    .max(20)
    .transform((list) => [...new Set(list)]);
  const region = configuredCode(config.regions, 'region');
  return {
    create: z.object({
      name,
      kind: z.enum(ORGANIZATION_KINDS),
      country: countryCode,
      region: region.nullish(),
      membershipStatus: z.enum(MEMBERSHIP_STATUSES).nullish(),
      topics: topics.nullish(),
      languages: languageTags.nullish(),
      website: website.nullish(),
      contactEmail: contactEmail.nullish(),
    }),
    update: z.object({
      id: z.string(),
      name: name.nullish(),
      country: countryCode.nullish(),
      region: region.nullish(),
      topics: topics.nullish(),
      languages: languageTags.nullish(),
      website: website.nullish(),
      contactEmail: contactEmail.nullish(),
    }),
    assessment: z.object({
      organizationId: z.string(),
      notes: z.string().trim().min(1, 'Record what was assessed.').max(10_000),
      decision: z.enum(MEMBERSHIP_DECISIONS),
      decidedOn: z.date().nullish(),
    }),
    filter: z
      .object({
        region: z.string().max(40).nullish(),
        country: z.string().max(10).nullish(),
        membershipStatus: z.enum(MEMBERSHIP_STATUSES).nullish(),
        kind: z.enum(ORGANIZATION_KINDS).nullish(),
        topic: z.string().max(60).nullish(),
        text: z.string().max(200, 'Search text is limited to 200 characters.').nullish(),
      })
      .nullish(),
    reason: z.string().trim().min(1, 'Give a reason.').max(2_000),
  };
});
