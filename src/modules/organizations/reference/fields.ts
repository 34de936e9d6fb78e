import { z } from 'zod';
import { normalizeCountryCode } from './countries';
import { isIanaTimeZone } from '../../../shared/time/zoned-time';
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

/** A BCP 47 tag, canonicalised (`en-gb` -> `en-GB`). */
export const languageTag = z
  .string()
  .max(35)
  .transform((tag, ctx) => {
    const canonical = canonicalLanguageTag(tag);
    if (!canonical) ctx.addIssue({ code: 'custom', message: `${JSON.stringify(tag)} is not a BCP 47 language tag.` });
    return canonical ?? '';
  });

/** BCP 47 tags, canonicalised and de-duplicated. */
export const languageTags = z
  .array(languageTag)
  .max(20, 'At most 20 languages.')
  .transform((tags) => [...new Set(tags)]);

/** An IANA zone name such as Africa/Nairobi (never a fixed offset). */
export const ianaTimeZone = (example: string) =>
  z
    .string()
    .max(64)
    .refine(isIanaTimeZone, { error: `Give an IANA time zone such as ${example}.` });

export const objectIdString = z.string().regex(/^[0-9a-f]{24}$/i, 'Not a valid id.');

/** A code from a configured list (regions, topics). */
export const configuredCode = (allowed: string[], what: string) =>
  z.string().refine((code) => allowed.includes(code), { error: (issue) => `${JSON.stringify(issue.input)} is not a configured ${what}.` });

export const httpUrl = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max)
    .pipe(z.url({ protocol: /^https?$/, error: message }));
