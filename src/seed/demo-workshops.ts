import { DateTime } from 'luxon';
import type { WorkshopFormat } from '../modules/workshops/workshop.model';

const THEMES = [
  { title: 'Safeguarding children in travel and tourism', topics: ['EXPLOITATION_IN_TRAVEL_AND_TOURISM'], kind: 'WORKSHOP' },
  { title: 'Responding to online grooming and sextortion', topics: ['ONLINE_SEXUAL_EXPLOITATION'], kind: 'WEBINAR' },
  { title: 'Identifying child victims of trafficking', topics: ['TRAFFICKING_FOR_SEXUAL_PURPOSES'], kind: 'WORKSHOP' },
  { title: 'Access to justice for child survivors', topics: ['ACCESS_TO_JUSTICE', 'SURVIVOR_SUPPORT'], kind: 'FORUM' },
  { title: 'Child participation in advocacy', topics: ['CHILD_PARTICIPATION'], kind: 'WORKSHOP' },
  { title: 'Reporting child sexual abuse material', topics: ['CHILD_SEXUAL_ABUSE_MATERIAL'], kind: 'WEBINAR' },
  { title: 'Law reform against child, early and forced marriage', topics: ['CHILD_EARLY_FORCED_MARRIAGE', 'LAW_AND_POLICY_REFORM'], kind: 'FORUM' },
] as const;

const PLACES = [
  { timeZone: 'Asia/Bangkok', venue: { name: 'Riverside Training Centre', address: null, city: 'Bangkok', country: 'TH' }, languages: ['en', 'th'] },
  { timeZone: 'Africa/Nairobi', venue: { name: 'Community Learning Hall', address: null, city: 'Nairobi', country: 'KE' }, languages: ['en', 'sw'] },
  { timeZone: 'America/Lima', venue: { name: 'Casa de la Niñez', address: null, city: 'Lima', country: 'PE' }, languages: ['es'] },
  { timeZone: 'Europe/Paris', venue: { name: 'Maison des Associations', address: null, city: 'Paris', country: 'FR' }, languages: ['fr', 'en'] },
  { timeZone: 'Asia/Manila', venue: { name: 'Network Resource Centre', address: null, city: 'Manila', country: 'PH' }, languages: ['en', 'fil'] },
] as const;

/**
 * Sixty published workshops over the weeks after `from`: in person, hybrid and online, in five
 * venues' time zones, for the embedded demo. Deterministic for a given start day.
 */
export function demoWorkshops(from: Date) {
  const firstDay = DateTime.fromJSDate(from, { zone: 'UTC' }).startOf('day').plus({ days: 7 });
  return Array.from({ length: 60 }, (_, index) => {
    const theme = THEMES[index % THEMES.length]!;
    const place = PLACES[index % PLACES.length]!;
    const online = theme.kind === 'WEBINAR';
    const hybrid = !online && index % 4 === 0;
    const day = firstDay.plus({ days: index * 3 }).setZone(online ? 'UTC' : place.timeZone, { keepLocalTime: true });
    const startsAt = day.set({ hour: online ? 14 : 9 });
    const endsAt = online ? startsAt.plus({ minutes: 90 }) : startsAt.plus({ days: theme.kind === 'FORUM' ? 1 : 0, hours: 8 });
    const title = `${theme.title}${online ? '' : ` – ${place.venue.city}`}`;
    return {
      index,
      kind: theme.kind,
      title,
      summary: `A ${theme.kind.toLowerCase()} of the network's knowledge exchange programme.`,
      topics: [...theme.topics],
      languages: [...place.languages],
      format: (online ? 'ONLINE' : hybrid ? 'HYBRID' : 'IN_PERSON') as WorkshopFormat,
      venue: online ? null : { ...place.venue },
      onlineUrl: online || hybrid ? `https://meet.example.org/demo-${index}` : null,
      timeZone: online ? 'UTC' : place.timeZone,
      startsAt: startsAt.toJSDate(),
      endsAt: endsAt.toJSDate(),
      capacity: online ? 200 : 24,
      perGroupQuota: online ? null : 3,
      registrationClosesAt: startsAt.minus({ days: 2 }).toJSDate(),
      requiresApproval: theme.kind === 'FORUM',
      status: 'PUBLISHED' as const,
      publishedAt: from,
      openToAll: true,
    };
  });
}
