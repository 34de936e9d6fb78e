import fc from 'fast-check';

/** Zones with DST in either hemisphere, half-hour DST, odd offsets, and none. */
export const ZONES = [
  'Europe/Paris',
  'Europe/London',
  'America/New_York',
  'America/St_Johns',
  'America/Sao_Paulo',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'Pacific/Chatham',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Tehran',
  'Africa/Casablanca',
  'UTC',
] as const;

export const zone = fc.constantFrom(...ZONES);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A calendar date as its UTC-midnight epoch, for day arithmetic free of any zone. */
export const calendarDay = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-28T00:00:00Z'), noInvalidDate: true })
  .map((d) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

export const localText = (dayEpoch: number, hour: number, minute: number) => {
  const d = new Date(dayEpoch);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(hour)}:${pad(minute)}`;
};

/** Daytime wall clocks: no zone in ZONES changes its offset between 09:00 and 17:59. */
export const daytime = fc.record({ hour: fc.integer({ min: 9, max: 17 }), minute: fc.integer({ min: 0, max: 59 }) });
