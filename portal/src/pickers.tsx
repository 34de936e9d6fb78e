import { useEffect, useId, useMemo, useRef } from 'react';
import { deviceTimeZone, useI18n } from './i18n';

/** A zone's offset now, as "UTC+03:00" (Intl's "GMT+03:00", or "GMT" for UTC itself). */
export function offsetOf(zone: string, at = new Date()): string {
  try {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
    return name && name !== 'GMT' ? name.replace('GMT', 'UTC') : 'UTC±00:00';
  } catch {
    return '';
  }
}

export function isTimeZone(zone: string): boolean {
  if (!zone.trim()) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const cityOf = (zone: string) => (zone.split('/').pop() ?? zone).replaceAll('_', ' ');

let allZones: { zone: string; label: string }[] | null = null;
/** Every zone the browser knows (the server, on ICU too, knows them), labelled "UTC+03:00 · Nairobi"; made once. */
function zoneOptions() {
  if (!allZones) {
    const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    allZones = ['UTC', ...zones.filter((z) => z !== 'UTC')].map((zone) => ({ zone, label: `${offsetOf(zone)} · ${cityOf(zone)}` }));
  }
  return allZones;
}

/**
 * The zones of a country, from the browser's own data (Intl.Locale time zones: Chromium, Safari);
 * null where the browser does not say (no country-to-zone table is shipped for it).
 */
export function zonesOf(country: string): string[] | null {
  if (!/^[A-Za-z]{2}$/.test(country)) return null;
  try {
    const locale = new Intl.Locale(`und-${country.toUpperCase()}`) as Intl.Locale & { timeZones?: string[]; getTimeZones?: () => string[] };
    const zones = locale.getTimeZones?.() ?? locale.timeZones;
    return zones && zones.length > 0 ? zones : null;
  } catch {
    return null;
  }
}

/**
 * The zone a new workshop in this country most likely uses: the device's when it lies in that
 * country (a planner in Mexico City), else the country's only zone; null when it cannot be told.
 */
export function defaultZoneFor(country: string): string | null {
  const zones = zonesOf(country);
  const device = deviceTimeZone();
  if (zones) return zones.includes(device) ? device : zones.length === 1 ? zones[0]! : null;
  // Without the browser's data: the device's zone when its locale names the same country.
  const regions = (navigator.languages ?? [navigator.language]).map((tag) => {
    try {
      return new Intl.Locale(tag).region;
    } catch {
      return undefined;
    }
  });
  return regions.includes(country.toUpperCase()) ? device : null;
}

/** A time zone typed or picked from the list (offset and city beside each name); the country's zones first. */
export function TimeZonePicker({ value, onChange, country, label }: { value: string; onChange: (zone: string) => void; country: string; label: string }) {
  const { t, lang } = useI18n();
  const listId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const localKey = zonesOf(country)?.join(' ') ?? '';
  const options = useMemo(() => {
    const all = zoneOptions();
    const local = new Set(localKey.split(' '));
    return [...all.filter((o) => local.has(o.zone)), ...all.filter((o) => !local.has(o.zone))];
  }, [localKey]);
  const known = isTimeZone(value);
  useEffect(() => {
    input.current?.setCustomValidity(known ? '' : t('timeZoneUnknown'));
  }, [known, t]);
  const now = known ? new Intl.DateTimeFormat(lang, { timeZone: value, hour: '2-digit', minute: '2-digit' }).format(new Date()) : '';
  return (
    <div>
      <label>
        {label}
        <input
          ref={input}
          required
          list={listId}
          value={value}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hintId}
          onChange={(e) => onChange(e.target.value.trim())}
        />
      </label>
      <datalist id={listId}>
        {options.map((o) => (
          <option key={o.zone} value={o.zone} label={o.label} />
        ))}
      </datalist>
      <p className="meta" id={hintId}>
        {known ? t('zoneNowThere', { time: now, offset: offsetOf(value) }) : t('timeZoneUnknown')}
        {localKey.includes(' ') && <> {t('timeZoneSeveral')}</>}
      </p>
    </div>
  );
}

export const KNOWN_LANGUAGES = ['en', 'fr', 'es'] as const;

/** The tags typed in the "other" field, and the first that is not a BCP 47 tag. */
export function otherTags(text: string): { tags: string[]; bad: string | null } {
  const tags: string[] = [];
  for (const part of text.split(/[,;\s]+/).filter(Boolean)) {
    try {
      tags.push(Intl.getCanonicalLocales(part)[0]!);
    } catch {
      return { tags, bad: part };
    }
  }
  return { tags, bad: null };
}

/** The workshop's languages: the network's three as boxes, any other as BCP 47 tags. */
export function LanguagePicker(props: { chosen: string[]; other: string; onChosen: (tags: string[]) => void; onOther: (text: string) => void }) {
  const { t, lang } = useI18n();
  const otherInput = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const names = useMemo(() => {
    try {
      return new Intl.DisplayNames(lang, { type: 'language' });
    } catch {
      return null;
    }
  }, [lang]);
  const { bad } = otherTags(props.other);
  useEffect(() => {
    otherInput.current?.setCustomValidity(bad ? t('languagesBad', { tag: bad }) : '');
  }, [bad, t]);
  return (
    <fieldset className="wide">
      <legend>{t('languages')}</legend>
      {KNOWN_LANGUAGES.map((code) => (
        <label key={code} className="check">
          <input
            type="checkbox"
            checked={props.chosen.includes(code)}
            onChange={(e) => props.onChosen(e.target.checked ? [...props.chosen, code] : props.chosen.filter((c) => c !== code))}
          />{' '}
          {names?.of(code) ?? code}
        </label>
      ))}
      <label>
        {t('languagesOther')}
        <input ref={otherInput} value={props.other} onChange={(e) => props.onOther(e.target.value)} aria-describedby={hintId} spellCheck={false} />
      </label>
      <p className="meta" id={hintId}>
        {bad ? t('languagesBad', { tag: bad }) : t('languagesHelp')}
      </p>
    </fieldset>
  );
}
