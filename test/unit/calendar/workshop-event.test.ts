import ICAL from 'ical.js';
import { Types } from 'mongoose';
import ical, { type VEvent } from 'node-ical';
import { addWorkshopEvent, newWorkshopCalendar, workshopEventText, workshopIcs, type CalendarWorkshop } from '../../../src/modules/calendar/ics/workshop-event';

const workshop = (fields: Partial<CalendarWorkshop> = {}): CalendarWorkshop => ({
  _id: new Types.ObjectId('6650f0c2a1b2c3d4e5f60718'),
  kind: 'WEBINAR',
  title: 'Hotlines, reporting; and removal',
  summary: 'How reports reach the hotline.',
  description: null,
  topics: ['CHILD_SEXUAL_ABUSE_MATERIAL'],
  languages: ['en'],
  format: 'ONLINE',
  venue: null,
  onlineUrl: 'https://meet.example.org/abc',
  timeZone: 'America/New_York',
  startsAt: new Date('2026-03-07T15:00:00Z'), // 10:00 EST
  endsAt: new Date('2026-03-09T14:00:00Z'), // 10:00 EDT
  sessions: [],
  status: 'PUBLISHED',
  sequence: 4,
  cancellationReason: null,
  revisedAt: new Date('2026-10-01T12:00:00Z'),
  ...fields,
});

describe('the single-workshop .ics', () => {
  const options = { publicUrl: 'https://exchange.example.org', includeJoiningLink: true, now: new Date('2026-10-20T08:15:00Z') };

  it('is a METHOD:PUBLISH calendar whose event survives two independent parsers', () => {
    const text = workshopIcs(workshop(), options);
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2.0\r\n/);
    expect(text).toContain('METHOD:PUBLISH\r\n');
    expect(text).toContain('X-WR-CALNAME:Hotlines\\, reporting\\; and removal\r\n');
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);

    const calendar = new ICAL.Component(ICAL.parse(text));
    ICAL.TimezoneService.reset();
    ICAL.TimezoneService.register(new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.uid).toBe('workshop-6650f0c2a1b2c3d4e5f60718@exchange.example.org');
    expect(event.sequence).toBe(4);
    expect(event.summary).toBe('Hotlines, reporting; and removal');
    expect(text).toContain('DTSTART;TZID=America/New_York:20260307T100000\r\n');
    expect(text).toContain('DTEND;TZID=America/New_York:20260309T100000\r\n');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-07T15:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-03-09T14:00:00.000Z');
    expect(event.description).toContain('Joining link: https://meet.example.org/abc');
    expect(event.description).toContain('Languages: English');
    expect(text).toContain('DTSTAMP:20261020T081500Z\r\n');
    expect(text).toContain('LAST-MODIFIED:20261001T120000Z\r\n');

    const parsed = Object.values(ical.sync.parseICS(text)).find((c) => c?.type === 'VEVENT') as VEvent;
    expect(parsed.start.toISOString()).toBe('2026-03-07T15:00:00.000Z');
    expect(parsed.end!.toISOString()).toBe('2026-03-09T14:00:00.000Z');
    expect(parsed.status).toBe('CONFIRMED');
    expect(parsed.location).toBe('Online');
  });

  it('leaves the joining link out unless asked, marks tentative and cancelled, and writes UTC workshops in UTC', () => {
    expect(workshopIcs(workshop(), { ...options, includeJoiningLink: false })).not.toContain('meet.example.org');
    expect(workshopIcs(workshop(), { ...options, tentative: true })).toContain('STATUS:TENTATIVE\r\n');
    const cancelled = workshopIcs(workshop({ status: 'CANCELLED', cancellationReason: 'Speaker unavailable.', sequence: 5 }), { ...options, tentative: true });
    expect(cancelled).toContain('STATUS:CANCELLED\r\n');
    expect(cancelled).toContain('SEQUENCE:5\r\n');
    const utc = workshopIcs(workshop({ timeZone: 'UTC' }), options);
    expect(utc).toContain('DTSTART:20260307T150000Z\r\n');
    expect(utc).not.toContain('VTIMEZONE');
  });

  it.each([
    ['the first', '2026-11-01T05:30:00Z'], // 01:30 EDT
    ['the second', '2026-11-01T06:30:00Z'], // 01:30 EST
  ])('writes a workshop starting in %s occurrence of the repeated hour in UTC, so every client reads the same instant', (_which, start) => {
    const text = workshopIcs(workshop({ startsAt: new Date(start), endsAt: new Date('2026-11-01T09:00:00Z') }), options);
    expect(text).toContain(`DTSTART:${start.replace(/[-:]/g, '').replace('.000', '')}\r\n`);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(new ICAL.Event(calendar.getFirstSubcomponent('vevent')!).startDate.toJSDate().toISOString()).toBe(new Date(start).toISOString());
    const parsed = Object.values(ical.sync.parseICS(text)).find((c) => c?.type === 'VEVENT') as VEvent;
    expect(parsed.start.toISOString()).toBe(new Date(start).toISOString());
  });

  it('adds events to an ical-generator calendar with one VTIMEZONE per zone covering their years', () => {
    const calendar = newWorkshopCalendar('Two zones');
    addWorkshopEvent(calendar, workshop(), options);
    addWorkshopEvent(
      calendar,
      workshop({ _id: new Types.ObjectId(), timeZone: 'Europe/Paris', startsAt: new Date('2027-03-28T08:00:00Z'), endsAt: new Date('2027-03-28T10:00:00Z') }),
      options,
    );
    addWorkshopEvent(
      calendar,
      workshop({ _id: new Types.ObjectId(), timeZone: 'Europe/Paris', startsAt: new Date('2026-06-01T08:00:00Z'), endsAt: new Date('2026-06-01T10:00:00Z') }),
      options,
    );
    const text = calendar.toString();
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(2);
    expect(text).toContain('DTSTART:20270328T020000'); // Paris' 2027 change is covered
    expect(text).toContain('DTSTAMP:20261020T081500Z');
  });

  it('folds the VEVENT a feed caches: every line within 75 octets, no character split, unfolding gives the text back', () => {
    const description = 'การคุ้มครองเด็กในโลกออนไลน์ — 儿童保护 — 子どもの保護 😀👩‍👧 Protection de l’enfance. '.repeat(6);
    const text = workshopEventText(workshop({ description }), options);
    const lines = text.split('\r\n');
    expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(10);
    expect(text).not.toMatch(/[\ud800-\udbff]\r\n/);
    const parsed = Object.values(ical.sync.parseICS(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${text}\r\nEND:VCALENDAR`)).find((c) => c?.type === 'VEVENT') as VEvent;
    expect(String(parsed.description)).toContain(description.trim());
  });
});
