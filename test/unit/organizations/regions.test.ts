import { COUNTRY_CODES } from '../../../src/modules/organizations/reference/countries';
import { countriesOfDefaultRegion, DEFAULT_REGIONS, defaultRegionOf, isDefaultRegion } from '../../../src/modules/organizations/reference/regions';

describe('default regions', () => {
  it('are the nine codes of the public contract', () => {
    expect(DEFAULT_REGIONS).toEqual([
      'AFRICA',
      'AMERICAS',
      'EUROPE',
      'MIDDLE_EAST_NORTH_AFRICA',
      'CENTRAL_ASIA',
      'SOUTH_ASIA',
      'SOUTHEAST_ASIA',
      'EAST_ASIA',
      'PACIFIC',
    ]);
  });

  it('give every assigned country exactly one region', () => {
    const listed = DEFAULT_REGIONS.flatMap((region) => countriesOfDefaultRegion(region));
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...COUNTRY_CODES]);
    for (const country of COUNTRY_CODES) {
      expect(DEFAULT_REGIONS).toContain(defaultRegionOf(country));
    }
  });

  it.each(DEFAULT_REGIONS)('%s has at least one country', (region) => {
    expect(countriesOfDefaultRegion(region).length).toBeGreaterThanOrEqual(1);
    for (const country of countriesOfDefaultRegion(region)) expect(defaultRegionOf(country)).toBe(region);
  });

  it.each([
    ['KE', 'AFRICA'],
    ['SN', 'AFRICA'],
    ['SD', 'AFRICA'],
    ['MA', 'MIDDLE_EAST_NORTH_AFRICA'],
    ['EG', 'MIDDLE_EAST_NORTH_AFRICA'],
    ['PS', 'MIDDLE_EAST_NORTH_AFRICA'],
    ['IR', 'MIDDLE_EAST_NORTH_AFRICA'],
    ['PE', 'AMERICAS'],
    ['US', 'AMERICAS'],
    ['HT', 'AMERICAS'],
    ['GL', 'AMERICAS'],
    ['RU', 'EUROPE'],
    ['TR', 'EUROPE'],
    ['GE', 'EUROPE'],
    ['AZ', 'EUROPE'],
    ['AM', 'EUROPE'],
    ['KZ', 'CENTRAL_ASIA'],
    ['UZ', 'CENTRAL_ASIA'],
    ['AF', 'SOUTH_ASIA'],
    ['IN', 'SOUTH_ASIA'],
    ['MV', 'SOUTH_ASIA'],
    ['TH', 'SOUTHEAST_ASIA'],
    ['TL', 'SOUTHEAST_ASIA'],
    ['MN', 'EAST_ASIA'],
    ['TW', 'EAST_ASIA'],
    ['HK', 'EAST_ASIA'],
    ['FJ', 'PACIFIC'],
    ['NZ', 'PACIFIC'],
    ['AQ', 'PACIFIC'],
  ])('puts %s in %s', (country, region) => {
    expect(defaultRegionOf(country)).toBe(region);
  });

  it.each(['XX', 'ke', '', 'XK', 'KEN'])('throws for %p', (country) => {
    expect(() => defaultRegionOf(country)).toThrow(/No default region/);
  });

  it('recognises default region codes', () => {
    expect(isDefaultRegion('PACIFIC')).toBe(true);
    expect(isDefaultRegion('pacific')).toBe(false);
    expect(isDefaultRegion('OCEANIA')).toBe(false);
  });
});
