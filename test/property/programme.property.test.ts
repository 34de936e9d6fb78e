import fc from 'fast-check';
import { Types } from 'mongoose';
import { writtenWords } from '../../src/shared/search/words';
import { topicLabel } from '../../src/modules/organizations/reference/topics';
import { formsOf } from '../../src/shared/search/word-forms';
import { Programme, type ProgrammeFilter } from '../../src/modules/workshops/programme';
import type { WorkshopDoc, WorkshopStatus } from '../../src/modules/workshops/workshop.model';

// The programme keeps every workshop in start order across inserts, moves and removals; any page,
// and any walk through pages by cursor, is what sorting and filtering all of them would give.

const DAY = 86_400_000;
const BASE = Date.UTC(2027, 0, 1);
const STATUSES: WorkshopStatus[] = ['DRAFT', 'PUBLISHED', 'CANCELLED', 'COMPLETED'];
const ids = Array.from({ length: 24 }, (_, i) => new Types.ObjectId(i.toString(16).padStart(24, '0')));

const workshop = (slot: number) =>
  fc
    .record({
      // Few distinct days, so equal start instants (ordered by id) are common.
      startDay: fc.integer({ min: 0, max: 12 }),
      lengthDays: fc.integer({ min: 0, max: 70 }),
      status: fc.constantFrom(...STATUSES),
      published: fc.boolean(),
      topics: fc.subarray(['TRAFFICKING', 'ONLINE_SAFETY', 'JUSTICE']),
      format: fc.constantFrom('IN_PERSON', 'ONLINE'),
      regions: fc.subarray(['AFRICA', 'EUROPE']),
      revision: fc.integer({ min: 0, max: 3 }),
      title: fc.constantFrom('Protecting children', 'Justice for survivors', 'Police training', 'Formación de policías'),
    })
    .map(
      (w) =>
        ({
          _id: ids[slot]!,
          startsAt: new Date(BASE + w.startDay * DAY),
          endsAt: new Date(BASE + w.startDay * DAY + Math.min(w.lengthDays, 62) * DAY + 3_600_000),
          status: w.status,
          publishedAt: w.published ? new Date(BASE) : null,
          topics: w.topics,
          languages: ['en'],
          format: w.format,
          kind: 'WORKSHOP',
          eligibility: { regions: w.regions, organizationIds: [] },
          openToAll: w.regions.length === 0,
          title: w.title,
          summary: null,
          revision: w.revision,
        }) as unknown as WorkshopDoc,
    );

const operation = fc.integer({ min: 0, max: ids.length - 1 }).chain((slot) => fc.option(workshop(slot), { nil: null }).map((doc) => ({ slot, doc })));

const filter = fc.record({
  statuses: fc.option(fc.subarray(STATUSES, { minLength: 1 }), { nil: null }),
  publishedOnce: fc.boolean(),
  fromDay: fc.integer({ min: -5, max: 80 }),
  toDay: fc.option(fc.integer({ min: 0, max: 14 }), { nil: undefined }),
  topic: fc.option(fc.constantFrom('TRAFFICKING', 'JUSTICE'), { nil: undefined }),
  format: fc.option(fc.constantFrom('IN_PERSON', 'ONLINE'), { nil: undefined }),
  region: fc.option(fc.constantFrom('AFRICA', 'EUROPE'), { nil: undefined }),
  text: fc.option(fc.constantFrom('child', 'justice', 'absent', 'polic', 'trafficking', 'trainign', 'policia', 'child justice', '!!'), { nil: undefined }),
});

type Drawn = typeof filter extends fc.Arbitrary<infer T> ? T : never;
const toFilter = (f: Drawn): ProgrammeFilter => ({
  statuses: f.statuses,
  publishedOnce: f.publishedOnce,
  endsAfter: new Date(BASE + f.fromDay * DAY),
  startsBefore: f.toDay === undefined ? undefined : new Date(BASE + f.toDay * DAY),
  topic: f.topic,
  format: f.format,
  region: f.region,
  text: f.text,
});

/** Levenshtein distance at most one, the slow way. */
const oneEditApart = (a: string, b: string) => {
  if (Math.abs(a.length - b.length) > 1) return false;
  for (let i = 0; i <= Math.max(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
  }
  return true;
};

/** Whether a workshop's title or topics' names match a query word, by brute force over its words. */
function matchesWord(d: WorkshopDoc, word: string): boolean {
  const text = [d.title, ...d.topics.flatMap((t) => (['en', 'fr', 'es'] as const).map((l) => topicLabel(t, l)))].join(' ');
  const asked = formsOf(word);
  return writtenWords(text).some((written) =>
    formsOf(written).some((form) => asked.some((a) => form === a || (a.length >= 3 && form.startsWith(a)) || (a.length >= 5 && oneEditApart(form, a)))),
  );
}

/** The same question asked of a plain list: filter everything, then sort. */
function reference(docs: Iterable<WorkshopDoc>, f: ProgrammeFilter): WorkshopDoc[] {
  return [...docs]
    .filter(
      (d) =>
        (!f.statuses || f.statuses.includes(d.status as WorkshopStatus)) &&
        (!f.publishedOnce || d.publishedAt !== null) &&
        d.endsAt > f.endsAfter &&
        (!f.startsBefore || d.startsAt < f.startsBefore) &&
        (!f.topic || d.topics.includes(f.topic)) &&
        (!f.format || d.format === f.format) &&
        (!f.region || d.openToAll || (d.eligibility?.regions ?? []).includes(f.region)) &&
        (f.text === undefined || (writtenWords(f.text).length > 0 && writtenWords(f.text).every((w) => matchesWord(d, w)))),
    )
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || String(a._id).localeCompare(String(b._id)));
}

describe('the programme (property)', () => {
  it('answers every page and every walk by cursor as filtering and sorting all workshops would', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 60 }), filter, fc.integer({ min: 1, max: 6 }), (operations, drawn, size) => {
        const programme = new Programme([]);
        const expected = new Map<string, WorkshopDoc>();
        for (const { slot, doc } of operations) {
          const id = String(ids[slot]);
          const old = expected.get(id);
          programme.put(id, doc);
          if (!doc) expected.delete(id);
          else if (!old || (doc.revision ?? 0) >= (old.revision ?? 0)) expected.set(id, doc);
        }
        expect(programme.size).toBe(expected.size);
        const f = toFilter(drawn);
        const all = reference(expected.values(), f);
        const idsOf = (docs: WorkshopDoc[]) => docs.map((d) => String(d._id));
        expect(idsOf(programme.page(f, size))).toEqual(idsOf(all.slice(0, size)));

        const walked: WorkshopDoc[] = [];
        let after: ProgrammeFilter['after'];
        for (let pages = 0; pages < 30; pages++) {
          const page = programme.page({ ...f, after }, size);
          walked.push(...page);
          if (page.length < size) break;
          const last = page[page.length - 1]!;
          after = { startsAt: last.startsAt, id: String(last._id) };
        }
        expect(idsOf(walked)).toEqual(idsOf(all));
      }),
      { numRuns: 1_500 },
    );
  });
});
