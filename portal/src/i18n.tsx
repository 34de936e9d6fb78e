import { createContext, useContext } from 'react';
import { en, type Key, type Translation } from './dictionaries/en';

/** The portal's words, one file per language (dictionaries/), grouped by page; the type makes every language carry every key. */
export type { Key };

type Dictionary = Partial<Record<Key, string>>;

/** One lookup table of a language's groups (keys are unique across groups). */
const flat = (words: Translation): Dictionary => Object.assign({}, ...Object.values(words));

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'fr', label: 'Français' },
  { code: 'es', label: 'Español' },
] as const;
export type Lang = (typeof LANGUAGES)[number]['code'];

// English ships with the portal (and stands in for a missing word); French and Spanish load when
// first needed, so a first visit carries one language's words, not three.
const dictionaries: Partial<Record<Lang, Dictionary>> & { en: Dictionary } = { en: flat(en) };
const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<Translation>> = {
  fr: () => import('./dictionaries/fr').then((words) => words.fr),
  es: () => import('./dictionaries/es').then((words) => words.es),
};

/** Loads a language's words once; until they come (or if they cannot, offline), English is shown. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'en' || dictionaries[lang]) return;
  try {
    dictionaries[lang] = flat(await LOADERS[lang]());
  } catch {
    // Not reachable now: the words stay English until the next try.
  }
}

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'fr' || value === 'es';
}

/** The stored choice, else the browser's first supported language, else English. */
export function initialLanguage(): Lang {
  try {
    const stored = localStorage.getItem('exchange.lang');
    if (isLang(stored)) return stored;
  } catch {
    // no storage
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLang(base)) return base;
  }
  return 'en';
}

export type T = (key: Key, vars?: Record<string, string | number>) => string;

export function translator(lang: Lang): T {
  const dictionary = dictionaries[lang] ?? dictionaries.en;
  return (key, vars) => {
    const text = dictionary[key] ?? dictionaries.en[key] ?? key;
    return vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? '')) : text;
  };
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/**
 * Which of a count phrase's two forms a language reads `n` with: `one` where its plural rules
 * (Intl.PluralRules) say so (English 1; French 0 and 1), else `other`. Both keys are named at the
 * call, e.g. `t(plural(lang, n, { one: 'shownCountOne', other: 'shownCount' }), { n })`; a count
 * shown as "20+" is `other`.
 */
export function plural<K extends Key>(lang: Lang, n: number | string, forms: { one: K; other: K }): K {
  const count = typeof n === 'number' ? n : /^\d+$/.test(n) ? Number(n) : Number.NaN;
  if (!Number.isFinite(count)) return forms.other;
  let rules = pluralRules.get(lang);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(lang);
    } catch {
      return count === 1 ? forms.one : forms.other;
    }
    pluralRules.set(lang, rules);
  }
  return rules.select(count) === 'one' ? forms.one : forms.other;
}

export const I18n = createContext<{ lang: Lang; t: T }>({ lang: 'en', t: translator('en') });
export const useI18n = () => useContext(I18n);

/** Dates in the reader's language; the zone given is the one the time is meant in. */
export function formatDateTime(lang: Lang, iso: string, timeZone?: string): string {
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
  } catch {
    return iso;
  }
}

/** A moment as people in `timeZone` read it, with the zone named in words ("Kenya Time"), not "+03". */
export function formatZoned(lang: Lang, iso: string, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone };
  try {
    return new Intl.DateTimeFormat(lang, { ...options, timeZoneName: 'shortGeneric' }).format(new Date(iso));
  } catch {
    return formatDateTime(lang, iso, timeZone);
  }
}

/** The device's own zone: where the reader is now, whatever their account says. */
export function deviceTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * A file's size in the reader's language, 1 kB being 1024 bytes: "12 kB" / "12 ko", "1.5 MB" /
 * "1,5 Mo", and bytes in words ("500 bytes", "500 octets": the short byte unit reads "500 byte").
 */
export function formatSize(lang: Lang, bytes: number): string {
  const [value, unit, digits] = bytes < 1024 ? [bytes, 'byte', 0] : bytes < 1024 * 1024 ? [bytes / 1024, 'kilobyte', 0] : [bytes / 1024 / 1024, 'megabyte', 1];
  try {
    return new Intl.NumberFormat(lang, {
      style: 'unit',
      unit,
      unitDisplay: unit === 'byte' ? 'long' : 'short',
      maximumFractionDigits: digits,
      minimumFractionDigits: digits,
    }).format(value);
  } catch {
    return `${value.toFixed(digits)} ${unit === 'byte' ? 'B' : unit === 'kilobyte' ? 'KB' : 'MB'}`;
  }
}
