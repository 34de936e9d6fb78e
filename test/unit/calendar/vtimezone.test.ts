import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { vtimezone } from '../../../src/modules/calendar/ics/vtimezone';

/** ical.js converting local wall times through nothing but our VTIMEZONE. */
function zoneFrom(text: string) {
  return new ICAL.Timezone(new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\r\n${text}END:VCALENDAR\r\n`)).getFirstSubcomponent('vtimezone')!);
}

describe('VTIMEZONE generation', () => {
  it.each([
    ['Europe/Paris', 2026, 2027],
    ['America/New_York', 2026, 2027],
    ['Australia/Sydney', 2026, 2027], // southern hemisphere: DST over the new year
    ['Australia/Lord_Howe', 2026, 2026], // half-hour DST
    ['America/Sao_Paulo', 2018, 2020], // DST abolished in 2019
    ['Africa/Nairobi', 2026, 2026], // no DST
    ['Asia/Kolkata', 2026, 2026], // half-hour offset, no DST
    ['Asia/Kathmandu', 2026, 2026], // quarter-hour offset
  ])('puts every hour of %s %i-%i on the instant the tz database gives', (zone, from, to) => {
    const tz = zoneFrom(vtimezone(zone, from, to));
    expect(tz.tzid).toBe(zone);
    // Every 7 hours across the span (hits every hour of day and both sides of every change).
    for (let at = Date.UTC(from, 0, 1, 12); at < Date.UTC(to, 11, 31); at += 7 * 3_600_000) {
      const local = DateTime.fromMillis(at, { zone });
      const time = new ICAL.Time(
        { year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute, second: 0, isDate: false },
        tz,
      );
      // A repeated hour (DST end) is ambiguous in local time; compare offsets where it is not.
      const ambiguous =
        DateTime.fromObject({ year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute }, { zone }).toMillis() !== at ||
        DateTime.fromMillis(at - 3_600_000, { zone }).offset !== local.offset;
      if (!ambiguous) expect([local.toISO(), time.toJSDate().getTime()]).toEqual([local.toISO(), at]);
    }
  });

  it('marks daylight-saving observances as DAYLIGHT and gives one STANDARD for a zone without changes', () => {
    const paris = vtimezone('Europe/Paris', 2026, 2026);
    expect(paris.match(/BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:\+0100\r\nTZOFFSETTO:\+0200/)).not.toBeNull();
    expect(paris.match(/BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:\+0200\r\nTZOFFSETTO:\+0100/)).not.toBeNull();
    const nairobi = vtimezone('Africa/Nairobi', 2026, 2026);
    expect(nairobi.match(/BEGIN:STANDARD/g)).toHaveLength(1);
    expect(nairobi).not.toContain('DAYLIGHT');
    expect(nairobi).toContain('TZOFFSETTO:+0300');
  });

  it('refuses a name that is not a zone', () => {
    expect(() => vtimezone('Mars/Olympus', 2026, 2026)).toThrow('not an IANA time zone');
  });
});
