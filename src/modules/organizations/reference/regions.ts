import { isCountryCode } from './countries';

export { parseCodeList } from './code-list';

export const DEFAULT_REGIONS = [
  'AFRICA',
  'AMERICAS',
  'EUROPE',
  'MIDDLE_EAST_NORTH_AFRICA',
  'CENTRAL_ASIA',
  'SOUTH_ASIA',
  'SOUTHEAST_ASIA',
  'EAST_ASIA',
  'PACIFIC',
] as const;
export type DefaultRegion = (typeof DEFAULT_REGIONS)[number];

// Dependent territories follow their geography (UN M49 sub-region), not their sovereign.
// Afghanistan sits with South Asia (SAARC, as most regional programmes count it); Mauritania,
// Sudan and Djibouti with Africa; Western Sahara with North Africa. Antarctica has no M49
// region and no organisation there; PACIFIC is an arbitrary but fixed home so every code has one.
const COUNTRIES_BY_REGION: Record<DefaultRegion, readonly string[]> = {
  AFRICA: [
    'AO', 'BF', 'BI', 'BJ', 'BW', 'CD', 'CF', 'CG', 'CI', 'CM', 'CV', 'DJ', 'ER', 'ET', 'GA', 'GH',
    'GM', 'GN', 'GQ', 'GW', 'IO', 'KE', 'KM', 'LR', 'LS', 'MG', 'ML', 'MR', 'MU', 'MW', 'MZ', 'NA',
    'NE', 'NG', 'RE', 'RW', 'SC', 'SD', 'SH', 'SL', 'SN', 'SO', 'SS', 'ST', 'SZ', 'TD', 'TF', 'TG',
    'TZ', 'UG', 'YT', 'ZA', 'ZM', 'ZW',
  ],
  AMERICAS: [
    'AG', 'AI', 'AR', 'AW', 'BB', 'BL', 'BM', 'BO', 'BQ', 'BR', 'BS', 'BV', 'BZ', 'CA', 'CL', 'CO',
    'CR', 'CU', 'CW', 'DM', 'DO', 'EC', 'FK', 'GD', 'GF', 'GL', 'GP', 'GS', 'GT', 'GY', 'HN', 'HT',
    'JM', 'KN', 'KY', 'LC', 'MF', 'MQ', 'MS', 'MX', 'NI', 'PA', 'PE', 'PM', 'PR', 'PY', 'SR', 'SV',
    'SX', 'TC', 'TT', 'US', 'UY', 'VC', 'VE', 'VG', 'VI',
  ],
  EUROPE: [
    'AD', 'AL', 'AM', 'AT', 'AX', 'AZ', 'BA', 'BE', 'BG', 'BY', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE',
    'ES', 'FI', 'FO', 'FR', 'GB', 'GE', 'GG', 'GI', 'GR', 'HR', 'HU', 'IE', 'IM', 'IS', 'IT', 'JE',
    'LI', 'LT', 'LU', 'LV', 'MC', 'MD', 'ME', 'MK', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'RS', 'RU',
    'SE', 'SI', 'SJ', 'SK', 'SM', 'TR', 'UA', 'VA',
  ],
  MIDDLE_EAST_NORTH_AFRICA: [
    'AE', 'BH', 'DZ', 'EG', 'EH', 'IL', 'IQ', 'IR', 'JO', 'KW', 'LB', 'LY', 'MA', 'OM', 'PS', 'QA',
    'SA', 'SY', 'TN', 'YE',
  ],
  CENTRAL_ASIA: ['KG', 'KZ', 'TJ', 'TM', 'UZ'],
  SOUTH_ASIA: ['AF', 'BD', 'BT', 'IN', 'LK', 'MV', 'NP', 'PK'],
  SOUTHEAST_ASIA: ['BN', 'ID', 'KH', 'LA', 'MM', 'MY', 'PH', 'SG', 'TH', 'TL', 'VN'],
  EAST_ASIA: ['CN', 'HK', 'JP', 'KP', 'KR', 'MN', 'MO', 'TW'],
  PACIFIC: [
    'AQ', 'AS', 'AU', 'CC', 'CK', 'CX', 'FJ', 'FM', 'GU', 'HM', 'KI', 'MH', 'MP', 'NC', 'NF', 'NR',
    'NU', 'NZ', 'PF', 'PG', 'PN', 'PW', 'SB', 'TK', 'TO', 'TV', 'UM', 'VU', 'WF', 'WS',
  ],
};

const REGION_OF_COUNTRY: ReadonlyMap<string, DefaultRegion> = new Map(
  DEFAULT_REGIONS.flatMap((region) => COUNTRIES_BY_REGION[region].map((country) => [country, region] as const)),
);

export function isDefaultRegion(code: string): code is DefaultRegion {
  return (DEFAULT_REGIONS as readonly string[]).includes(code);
}

export function defaultRegionOf(country: string): DefaultRegion {
  const region = isCountryCode(country) ? REGION_OF_COUNTRY.get(country) : undefined;
  if (!region) throw new Error(`No default region for country code "${country}"`);
  return region;
}

export function countriesOfDefaultRegion(region: DefaultRegion): readonly string[] {
  return COUNTRIES_BY_REGION[region];
}
