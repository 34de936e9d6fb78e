import { Types } from 'mongoose';
import { workshopEventText, type CalendarWorkshop } from '../../../src/modules/calendar/ics/workshop-event';
import { placeOf } from '../../../src/modules/notifications/compose';
import {
  COUNTRY_CODES,
  countriesFor,
  countryName,
  countryNameFor,
  isCountryCode,
  normalizeCountryCode,
} from '../../../src/modules/organizations/reference/countries';
import { Directory } from '../../../src/modules/organizations/directory';

describe('ISO 3166-1 alpha-2 country codes', () => {
  it('lists the 249 officially assigned codes', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(COUNTRY_CODES).toEqual(expect.arrayContaining(['TH', 'KE', 'PE', 'SN', 'SS', 'AQ']));
    expect(COUNTRY_CODES).not.toContain('XK');
  });

  it("gives each listed country ISO 3166-1's three digits, as world maps key them", () => {
    const listed = countriesFor('en');
    expect(listed.every((country) => /^\d{3}$/.test(country.numeric))).toBe(true);
    expect(new Set(listed.map((country) => country.numeric)).size).toBe(listed.length);
    expect(listed.find((country) => country.code === 'KE')?.numeric).toBe('404');
    expect(listed.find((country) => country.code === 'TH')?.numeric).toBe('764');
  });

  it.each(['TH', 'KE', 'US', 'SS', 'PS', 'TW'])('accepts %s', (code) => {
    expect(isCountryCode(code)).toBe(true);
  });

  it.each(['usa', 'USA', 'XX', 'u s', '', 'U1', 'us', 'Us', ' US', 'XK', '840', 'ZZ'])('rejects %p', (code) => {
    expect(isCountryCode(code)).toBe(false);
  });

  it('normalizes input by trimming and uppercasing', () => {
    expect(normalizeCountryCode(' ke ')).toBe('KE');
    expect(normalizeCountryCode('Pe')).toBe('PE');
    expect(normalizeCountryCode('TH')).toBe('TH');
  });

  it.each(['usa', 'XX', 'u s', '', '   ', 'U1', 'GBR', '826'])('normalizes %p to null', (input) => {
    expect(normalizeCountryCode(input)).toBeNull();
  });

  it('names countries in English, French and Spanish', () => {
    expect(countryName('KE')).toBe('Kenya');
    expect(countryName('SN', 'en')).toBe('Senegal');
    expect(countryName('SN', 'fr')).toBe('Sénégal');
    expect(countryName('SN', 'es')).toBe('Senegal');
    expect(countryName('DE', 'fr')).toBe('Allemagne');
    expect(countryName('DE', 'es')).toBe('Alemania');
    expect(countryName('TH', 'fr')).toBe('Thaïlande');
  });

  it('has a name in every language for every assigned code', () => {
    for (const code of COUNTRY_CODES) {
      for (const language of ['en', 'fr', 'es'] as const) {
        expect(countryName(code, language)).toMatch(/\S/);
      }
    }
  });

  it('refuses to name an unknown or non-normalized code', () => {
    expect(() => countryName('XX')).toThrow('Unknown country code "XX"');
    expect(() => countryName('ke')).toThrow(/Unknown country code/);
  });
});

describe('one spelling of a country in feeds, search and emails', () => {
  const venue = { name: 'Training Centre', address: null, city: 'Dar es Salaam', country: 'TZ' };

  it('names the country for a reader of any language from the one list, English where it has none', () => {
    expect(countryNameFor('TZ', 'fr-CA')).toBe(countryName('TZ', 'fr'));
    expect(countryNameFor('TZ', 'th')).toBe(countryName('TZ', 'en'));
    expect(countryNameFor('XX', 'en')).toBe('XX');
  });

  it("writes an email's venue with the country as the feed's LOCATION, and the directory finds a group by its country's name", () => {
    const english = countryName('TZ', 'en');
    const workshop = {
      _id: new Types.ObjectId(),
      kind: 'WORKSHOP',
      title: 'Hotlines',
      summary: null,
      description: null,
      topics: [],
      languages: ['en'],
      format: 'IN_PERSON',
      venue,
      onlineUrl: null,
      timeZone: 'Africa/Dar_es_Salaam',
      startsAt: new Date('2027-01-10T06:00:00Z'),
      endsAt: new Date('2027-01-10T14:00:00Z'),
      status: 'PUBLISHED',
      sequence: 0,
      cancellationReason: null,
    } as unknown as CalendarWorkshop;
    const location = workshopEventText(workshop, { publicUrl: 'https://exchange.example.org', includeJoiningLink: false })
      .replace(/\r\n /g, '')
      .match(/^LOCATION:(.*)$/m)![1]!;
    expect(location).toContain(english);
    expect(placeOf(workshop as never, 'en')).toContain(english);
    expect(placeOf(workshop as never, 'fr')).toContain(countryName('TZ', 'fr'));
    const group = { _id: new Types.ObjectId(), name: 'Group', nameKey: 'group', country: 'TZ', topics: [], updatedAt: new Date() };
    const directory = new Directory([group as never]);
    for (const name of [english, countryName('TZ', 'fr'), countryName('TZ', 'es')]) expect(directory.search(name)?.has(String(group._id))).toBe(true);
  });
});
