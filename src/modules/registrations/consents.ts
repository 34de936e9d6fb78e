import { BadUserInputError } from '../../shared/errors';
import { missingOf } from '../questions/asked-questions';
import type { WorkshopDoc } from '../workshops/workshop.model';
import type { RegistrationDoc } from './registration.model';
import type { ConsentItemDoc } from '../workshops/workshop.model';
import type { ConsentRecord } from './registration.model';

/** One item's consent as it stands: the last record of it. */
export interface ConsentState {
  item: ConsentItemDoc;
  version: number;
  given: boolean;
  at: Date;
  current: boolean;
}

export interface GivenConsent {
  key: string;
  version: number;
  given: boolean;
}

/** Each item's last record, in the workshop's order (items never consented to are left out). */
export function consentStates(items: readonly ConsentItemDoc[], records: readonly ConsentRecord[]): ConsentState[] {
  return items.flatMap((item) => {
    const last = records.filter((record) => record.key === item.key).at(-1);
    return last ? [{ item, version: last.version, given: last.given, at: last.at, current: last.given && last.version === item.version }] : [];
  });
}

/** Every required item consented to in its current version. */
export function consentsComplete(items: readonly ConsentItemDoc[], records: readonly ConsentRecord[]): boolean {
  const states = consentStates(items, records);
  return items.filter((item) => item.required).every((item) => states.some((state) => state.item.key === item.key && state.current));
}

/** The records after `given` (appended: a withdrawal is recorded, not a deletion); BAD_USER_INPUT naming `<field>.<index>` on any problem. */
export function consentsAfter(
  items: readonly ConsentItemDoc[],
  records: readonly ConsentRecord[],
  given: readonly GivenConsent[],
  at: Date,
  field: string,
): ConsentRecord[] {
  const seen = new Set<string>();
  const added = given.map((consent, index) => {
    const item = items.find((candidate) => candidate.key === consent.key);
    if (!item) throw new BadUserInputError('This workshop asks no such consent.', `${field}.${index}.key`);
    if (seen.has(consent.key)) throw new BadUserInputError('Each item once.', `${field}.${index}.key`);
    seen.add(consent.key);
    if (consent.version !== item.version) throw new BadUserInputError('This text has changed since; read it again.', `${field}.${index}.version`);
    return { key: consent.key, version: consent.version, given: consent.given, at };
  });
  return [...records, ...added];
}

/** Whether the person still has a required answer or consent to give (what ANSWERS_NEEDED asks for). */
export function stillToAnswer(workshop: Pick<WorkshopDoc, 'questions' | 'consentItems'>, registration: Pick<RegistrationDoc, 'answers' | 'consents'>): boolean {
  return (
    missingOf(workshop.questions ?? [], registration.answers ?? []).length > 0 || !consentsComplete(workshop.consentItems ?? [], registration.consents ?? [])
  );
}
