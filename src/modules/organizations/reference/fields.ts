import { z } from 'zod';
import { normalizeCountryCode } from './countries';
import { canonicalLanguageTag } from './languages';

/** Zod fields for reference data, shared by every module's input schemas. */

export const countryCode = z
  .string()
  .max(10)
  .transform((value, ctx) => {
    const code = normalizeCountryCode(value);
    if (!code) ctx.addIssue({ code: 'custom', message: `${JSON.stringify(value.slice(0, 10))} is not an ISO 3166-1 alpha-2 country code.` });
    return code ?? '';
  });

/** BCP 47 tags, canonicalised (`en-gb` -> `en-GB`) and de-duplicated. */
export const languageTags = z
  .array(z.string().max(35))
  .max(20, 'At most 20 languages.')
  .transform((tags, ctx) => [
    ...new Set(
      tags.map((tag, index) => {
        const canonical = canonicalLanguageTag(tag);
        if (!canonical) ctx.addIssue({ code: 'custom', path: [index], message: `${JSON.stringify(tag)} is not a BCP 47 language tag.` });
        return canonical ?? '';
      }),
    ),
  ]);

/** A code from a configured list (regions, topics). */
export const configuredCode = (allowed: string[], what: string) =>
  z.string().refine((code) => allowed.includes(code), { error: (issue) => `${JSON.stringify(issue.input)} is not a configured ${what}.` });

export const httpUrl = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max)
    .pipe(z.url({ protocol: /^https?$/, error: message }));
