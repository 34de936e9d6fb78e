import { z } from 'zod';
import type { ServiceContext } from '../../app/context';
import { authorize } from '../../shared/access/authorize';
import { BadUserInputError } from '../../shared/errors';
import { parseInput } from '../../shared/validation';
import { objectIdString } from '../organizations/reference/fields';
import type { ConsentItemDoc, WorkshopDoc } from './workshop.model';
import { workshopsPolicy as policy } from './workshops.policy';
import { findEditable, writeRevision } from './workshops.service';

type Ctx = Pick<ServiceContext, 'viewer' | 'database' | 'clock' | 'programme' | 'events'>;

const text = z.string().trim().min(1, 'Write the text.').max(2000, 'At most 2,000 characters.');
const setConsentsSchema = z
  .object({
    workshopId: objectIdString,
    items: z
      .array(
        z
          .object({
            key: z.string().regex(/^[a-z0-9][a-z0-9-]{1,59}$/, 'A key is lower-case letters, digits and -, 2 to 60, e.g. code-of-conduct.'),
            texts: z.object({ en: text, fr: text.nullish(), es: text.nullish() }).strict(),
            required: z.boolean().nullish(),
          })
          .strict(),
      )
      .max(20, 'At most 20 items.'),
  })
  .strict();

const sameTexts = (a: ConsentItemDoc['texts'], b: ConsentItemDoc['texts']) =>
  a.en === b.en && (a.fr ?? null) === (b.fr ?? null) && (a.es ?? null) === (b.es ?? null);

/**
 * A workshop's consent items, the whole list, as its next revision. An item keeps its version
 * while its texts stay the same; a changed text is the next version, so consents given to the
 * earlier one no longer count as current.
 */
export async function setWorkshopConsents(ctx: Ctx, input: unknown): Promise<WorkshopDoc> {
  authorize(ctx.viewer, policy.plan);
  const data = parseInput(setConsentsSchema, input);
  const current = await findEditable(ctx, data.workshopId);
  const seen = new Set<string>();
  const items: ConsentItemDoc[] = data.items.map((item, index) => {
    if (seen.has(item.key)) throw new BadUserInputError('Each item once.', `items.${index}.key`);
    seen.add(item.key);
    const texts = { en: item.texts.en, fr: item.texts.fr ?? null, es: item.texts.es ?? null };
    const before = (current.consentItems ?? []).find((existing) => existing.key === item.key);
    const version = before ? (sameTexts(before.texts, texts) ? before.version : before.version + 1) : 1;
    return { key: item.key, version, texts, required: item.required ?? true };
  });
  const updated = await writeRevision(ctx, current, { consentItems: items });
  // Those registered are asked for what is new (a new item, or a new version of one).
  ctx.events.emit('workshop.questionsChanged', { workshopId: String(updated._id), revision: updated.revision });
  return updated;
}
