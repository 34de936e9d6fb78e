import { z } from 'zod';
import type { Config } from '../../config';
import { MEMBERSHIP_DECISIONS, MEMBERSHIP_STATUSES, ORGANIZATION_KINDS } from './organization.model';
import { normalizeCountryCode } from './reference/countries';
import { canonicalLanguageTag } from './reference/languages';

const name = z.string().trim().min(2, 'The name needs at least 2 characters.').max(200, 'The name is too long (200 characters at most).');
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
  .max(20, 'At most 20 languages.')
  .transform((tags, ctx) =>
    [
      ...new Set(
        tags.map((tag, index) => {
          const canonical = canonicalLanguageTag(tag);
          if (!canonical) ctx.addIssue({ code: 'custom', path: [index], message: `${JSON.stringify(tag)} is not a BCP 47 language tag.` });
          return canonical ?? '';
        }),
      ),
    ],
  );
const website = z
  .string()
  .trim()
  .max(500)
  .pipe(z.url({ protocol: /^https?$/, error: 'The website must be an http(s) address.' }));
const contactEmail = z.string().trim().max(254).pipe(z.email('Enter a valid email address.')).transform((e) => e.toLowerCase());

const codeIn = (allowed: string[], what: string) =>
  z.string().refine((code) => allowed.includes(code), { error: (issue) => `${JSON.stringify(issue.input)} is not a configured ${what}.` });

export function organizationSchemas(config: Config) {
  const topics = z.array(codeIn(config.topics, 'topic')).max(20).transform((list) => [...new Set(list)]);
  const region = codeIn(config.regions, 'region');
  return {
    create: z.object({
      name,
      kind: z.enum(ORGANIZATION_KINDS),
      country,
      region: region.nullish(),
      membershipStatus: z.enum(MEMBERSHIP_STATUSES).nullish(),
      topics: topics.nullish(),
      languages: languages.nullish(),
      website: website.nullish(),
      contactEmail: contactEmail.nullish(),
    }),
    update: z.object({
      id: z.string(),
      name: name.nullish(),
      country: country.nullish(),
      region: region.nullish(),
      topics: topics.nullish(),
      languages: languages.nullish(),
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
}
