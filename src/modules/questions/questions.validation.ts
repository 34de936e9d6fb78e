import { z } from 'zod';
import { objectIdString } from '../organizations/reference/fields';
import { QUESTION_SENSITIVITIES, QUESTION_TYPES } from './question.model';

const label = z.string().trim().min(1, 'Write the label.').max(300, 'A label is at most 300 characters.');
const labels = z
  .object({ en: label, fr: label.nullish(), es: label.nullish() })
  .strict()
  .transform((given) => ({ en: given.en, fr: given.fr ?? null, es: given.es ?? null }));

const choice = z
  .object({
    value: z.string().regex(/^[A-Za-z0-9_-]{1,60}$/, 'A choice value is letters, digits, - and _, at most 60.'),
    labels,
  })
  .strict();

const choices = z
  .array(choice)
  .max(50, 'At most 50 choices.')
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((item, index) => {
      if (seen.has(item.value)) ctx.addIssue({ code: 'custom', message: 'Each choice value once.', path: [index, 'value'] });
      seen.add(item.value);
    });
  });

const purgeAfterDays = z.number().int('Whole days.').min(1, 'At least one day.').max(3650, 'At most 3,650 days.');

export const createQuestionSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9][a-z0-9-]{1,59}$/, 'A key is lower-case letters, digits and -, 2 to 60, e.g. dietary-needs.'),
    type: z.enum(QUESTION_TYPES),
    labels,
    choices: choices.nullish(),
    sensitivity: z.enum(QUESTION_SENSITIVITIES),
    purgeAfterDays: purgeAfterDays.nullish(),
  })
  .strict();

export const updateQuestionSchema = z
  .object({
    id: objectIdString,
    labels: labels.nullish(),
    choices: choices.nullish(),
    sensitivity: z.enum(QUESTION_SENSITIVITIES).nullish(),
    purgeAfterDays: purgeAfterDays.nullish(),
    archived: z.boolean().nullish(),
  })
  .strict();

export type CreateQuestion = z.output<typeof createQuestionSchema>;
export type UpdateQuestion = z.output<typeof updateQuestionSchema>;
