import { perConfig } from '../../shared/validation';
import { z } from 'zod';
import type { Config } from '../../config';
import { configuredCode, countryCode, httpUrl, languageTag, languageTags, objectIdString } from '../organizations/reference/fields';
import { RESOURCE_KINDS, RESOURCE_VISIBILITIES } from './resource.model';

const text = (max: number, what: string) => z.string().trim().max(max, `${what} is too long (${max} characters at most).`);
const unique = <T>(list: T[]) => [...new Set(list)];

export const resourceSchemas = perConfig((config: Config) => {
  const fields = {
    title: text(300, 'The title').min(3, 'The title needs at least 3 characters.'),
    description: text(20_000, 'The description').nullish(),
    kind: z.enum(RESOURCE_KINDS),
    visibility: z.enum(RESOURCE_VISIBILITIES),
    topics: z.array(configuredCode(config.topics, 'topic')).max(20, 'At most 20 topics.').transform(unique).nullish(),
    languages: languageTags.refine((tags) => tags.length > 0, 'Give at least one language.'),
    regions: z.array(configuredCode(config.regions, 'region')).max(20, 'At most 20 regions.').transform(unique).nullish(),
    countries: z.array(countryCode).max(250).transform(unique).nullish(),
    externalUrl: httpUrl(2_000, 'Give an http(s) address.').nullish(),
  };
  return {
    create: z.object({ ...fields, organizationId: objectIdString.nullish(), workshopIds: z.array(objectIdString).max(50).transform(unique).nullish() }),
    update: z.object({
      id: objectIdString,
      title: fields.title.nullish(),
      description: fields.description,
      kind: fields.kind.nullish(),
      visibility: fields.visibility.nullish(),
      topics: fields.topics,
      languages: fields.languages.nullish(),
      regions: fields.regions,
      countries: fields.countries,
      externalUrl: fields.externalUrl,
    }),
    link: z.object({ resourceId: objectIdString, workshopId: objectIdString, inFollowUp: z.boolean().nullish() }),
    filter: z
      .object({
        text: z.string().max(200, 'Search text is limited to 200 characters.').nullish(),
        kind: z.enum(RESOURCE_KINDS).nullish(),
        topic: z.string().max(60).nullish(),
        language: languageTag.nullish(),
        region: z.string().max(40).nullish(),
        country: countryCode.nullish(),
        organizationId: objectIdString.nullish(),
        workshopId: objectIdString.nullish(),
        includeArchived: z.boolean().nullish(),
      })
      .nullish(),
    report: z.object({ from: z.date().nullish(), to: z.date().nullish(), resourceId: objectIdString.nullish() }).nullish(),
  };
});

export type ResourceCreateInput = z.output<ReturnType<typeof resourceSchemas>['create']>;
