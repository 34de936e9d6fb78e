import { COUNTRY_CODES, countryName, isCountryCode, normalizeCountryCode } from '../../../src/modules/organizations/reference/countries';

describe('ISO 3166-1 alpha-2 country codes', () => {
  it('lists the 249 officially assigned codes', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(COUNTRY_CODES).toEqual(expect.arrayContaining(['TH', 'KE', 'PE', 'SN', 'SS', 'AQ']));
    expect(COUNTRY_CODES).not.toContain('XK');
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
