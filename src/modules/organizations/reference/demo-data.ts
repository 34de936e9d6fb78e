import { countryName, type NameLanguage, NAME_LANGUAGES } from './countries';
import { defaultRegionOf, type DefaultRegion } from './regions';
import { DEFAULT_TOPICS, type DefaultTopic } from './topics';

export type OrganizationKind = 'SECRETARIAT' | 'MEMBER_GROUP' | 'PARTNER';
export type MembershipStatus = 'MEMBER' | 'AFFILIATE' | 'APPLICANT' | 'SUSPENDED';

export interface DemoOrganization {
  slug: string;
  name: string;
  kind: OrganizationKind;
  country: string;
  region: DefaultRegion;
  membershipStatus: MembershipStatus | null;
  topics: DefaultTopic[];
  languages: string[];
  website: string;
  contactEmail: string;
}

export interface DemoUser {
  email: string;
  name: string;
  role: 'SECRETARIAT_ADMIN' | 'GROUP_COORDINATOR';
  /** Slug of the organisation in `demoOrganizations()`. */
  organization: string;
}

export const DEMO_SECRETARIAT_SLUG = 'secretariat';
const DEMO_COORDINATOR_GROUP_SLUG = 'coalition-kenya';

export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'admin@demo.example.org', name: 'Demo Admin', role: 'SECRETARIAT_ADMIN', organization: DEMO_SECRETARIAT_SLUG },
  {
    email: 'coordinator@demo.example.org',
    name: 'Demo Coordinator',
    role: 'GROUP_COORDINATOR',
    organization: DEMO_COORDINATOR_GROUP_SLUG,
  },
];

const APPLICANTS = 5;
const SUSPENDED = 2;
const AFFILIATES = 13;

// [country, languages, city of a second (grassroots) group in that country]. 100 countries,
// 20 of them with two groups: 120 member groups, as in the network.
type CountryRow = readonly [code: string, languages: string, secondGroupCity?: string];
const MEMBER_COUNTRIES: readonly CountryRow[] = [
  // AFRICA
  ['SN', 'fr wo', 'Ziguinchor'],
  ['CI', 'fr'],
  ['BF', 'fr'],
  ['ML', 'fr'],
  ['NE', 'fr'],
  ['BJ', 'fr'],
  ['TG', 'fr'],
  ['CM', 'fr en'],
  ['CD', 'fr sw', 'Goma'],
  ['MG', 'fr mg'],
  ['RW', 'rw en fr'],
  ['BI', 'fr rn'],
  ['KE', 'en sw', 'Mombasa'],
  ['UG', 'en'],
  ['TZ', 'sw en'],
  ['ET', 'am en'],
  ['NG', 'en', 'Kano'],
  ['GH', 'en'],
  ['SL', 'en'],
  ['ZA', 'en zu', 'Durban'],
  ['ZM', 'en'],
  ['MW', 'en'],
  ['SS', 'en'],
  ['MZ', 'pt'],
  // AMERICAS
  ['US', 'en'],
  ['CA', 'en fr'],
  ['MX', 'es', 'Tijuana'],
  ['GT', 'es'],
  ['HN', 'es'],
  ['SV', 'es'],
  ['CR', 'es'],
  ['PA', 'es'],
  ['CO', 'es', 'Cartagena'],
  ['EC', 'es'],
  ['PE', 'es qu', 'Cusco'],
  ['BO', 'es qu'],
  ['PY', 'es gn'],
  ['CL', 'es'],
  ['AR', 'es'],
  ['BR', 'pt', 'Recife'],
  ['DO', 'es'],
  ['HT', 'fr ht'],
  ['JM', 'en'],
  // EUROPE
  ['GB', 'en', 'Manchester'],
  ['IE', 'en'],
  ['FR', 'fr', 'Lyon'],
  ['BE', 'fr nl'],
  ['NL', 'nl'],
  ['DE', 'de', 'Hamburg'],
  ['CH', 'de fr it'],
  ['IT', 'it'],
  ['ES', 'es', 'Sevilla'],
  ['PT', 'pt'],
  ['SE', 'sv'],
  ['NO', 'nb'],
  ['FI', 'fi sv'],
  ['PL', 'pl'],
  ['CZ', 'cs'],
  ['HU', 'hu'],
  ['RO', 'ro'],
  ['BG', 'bg'],
  ['MD', 'ro ru'],
  ['UA', 'uk'],
  ['RU', 'ru'],
  ['GE', 'ka'],
  ['AM', 'hy'],
  ['TR', 'tr'],
  ['GR', 'el'],
  // MIDDLE_EAST_NORTH_AFRICA
  ['MA', 'ar fr', 'Marrakech'],
  ['TN', 'ar fr'],
  ['EG', 'ar'],
  ['JO', 'ar'],
  ['LB', 'ar fr en'],
  ['PS', 'ar'],
  // CENTRAL_ASIA
  ['KZ', 'kk ru'],
  ['KG', 'ky ru'],
  ['TJ', 'tg ru'],
  ['UZ', 'uz'],
  // SOUTH_ASIA
  ['IN', 'en hi', 'Kolkata'],
  ['PK', 'ur en'],
  ['BD', 'bn', 'Chattogram'],
  ['NP', 'ne'],
  ['LK', 'si ta en'],
  // SOUTHEAST_ASIA
  ['TH', 'th', 'Chiang Mai'],
  ['KH', 'km', 'Siem Reap'],
  ['LA', 'lo'],
  ['VN', 'vi'],
  ['MM', 'my'],
  ['MY', 'ms en'],
  ['ID', 'id'],
  ['PH', 'en fil', 'Cebu'],
  ['TL', 'pt tet'],
  // EAST_ASIA
  ['JP', 'ja'],
  ['KR', 'ko'],
  ['MN', 'mn'],
  ['TW', 'zh-TW'],
  // PACIFIC
  ['AU', 'en', 'Darwin'],
  ['NZ', 'en mi'],
  ['FJ', 'en'],
  ['PG', 'en tpi'],
];

// The package's official names read badly inside an organisation's name ("United Republic of
// Tanzania"); these are the forms people use.
const SHORT_COUNTRY_NAMES: Partial<Record<string, Partial<Record<NameLanguage, string>>>> = {
  TZ: { en: 'Tanzania' },
  US: { en: 'United States' },
  RU: { en: 'Russia' },
  MD: { en: 'Moldova' },
  LA: { en: 'Laos' },
  CZ: { en: 'Czechia' },
  TW: { en: 'Taiwan' },
  PS: { en: 'Palestine' },
  CD: { en: 'DR Congo' },
};

interface NameTemplate {
  handle: string;
  name: (place: string) => string;
}

const NATIONAL_TEMPLATES: Record<NameLanguage, readonly NameTemplate[]> = {
  en: [
    { handle: 'coalition', name: (c) => `Coalition Against Child Exploitation – ${c}` },
    { handle: 'safe-childhood', name: (c) => `Safe Childhood Network ${c}` },
    { handle: 'child-protection-alliance', name: (c) => `${c} Alliance for Child Protection` },
    { handle: 'child-rights-action', name: (c) => `Child Rights Action ${c}` },
    { handle: 'end-exploitation', name: (c) => `National Coalition to End Child Sexual Exploitation – ${c}` },
  ],
  fr: [
    { handle: 'coalition', name: (c) => `Coalition contre l’exploitation des enfants – ${c}` },
    { handle: 'enfance-protegee', name: (c) => `Réseau pour une enfance protégée – ${c}` },
    { handle: 'droits-enfant', name: (c) => `Alliance nationale pour les droits de l’enfant – ${c}` },
  ],
  es: [
    { handle: 'coalicion', name: (c) => `Coalición contra la Explotación Infantil – ${c}` },
    { handle: 'infancia-segura', name: (c) => `Red por una Infancia Segura ${c}` },
    { handle: 'derechos-ninez', name: (c) => `Alianza Nacional por los Derechos de la Niñez – ${c}` },
  ],
};

const GRASSROOTS_TEMPLATES: Record<NameLanguage, readonly NameTemplate[]> = {
  en: [
    { handle: 'child-safety', name: (city) => `${city} Child Safety Collective` },
    { handle: 'survivor-voices', name: (city) => `Survivor Voices ${city}` },
    { handle: 'youth-against-exploitation', name: (city) => `Youth Against Exploitation – ${city}` },
  ],
  fr: [
    { handle: 'collectif-enfance', name: (city) => `Collectif ${city} pour la protection de l’enfance` },
    { handle: 'voix-survivants', name: (city) => `Voix des survivantes et survivants – ${city}` },
  ],
  es: [
    { handle: 'colectivo-ninez', name: (city) => `Colectivo ${city} por la Niñez` },
    { handle: 'voces-sobrevivientes', name: (city) => `Voces Sobrevivientes – ${city}` },
  ],
};

const PARTNERS: readonly Omit<DemoOrganization, 'kind' | 'region' | 'membershipStatus' | 'website' | 'contactEmail'>[] = [
  {
    slug: 'law-enforcement-liaison',
    name: 'Regional Law Enforcement Liaison Office',
    country: 'SG',
    languages: ['en'],
    topics: ['ONLINE_SEXUAL_EXPLOITATION', 'CHILD_SEXUAL_ABUSE_MATERIAL', 'TRAFFICKING_FOR_SEXUAL_PURPOSES'],
  },
  {
    slug: 'responsible-travel-forum',
    name: 'Responsible Travel and Tourism Forum',
    country: 'ES',
    languages: ['en', 'es'],
    topics: ['EXPLOITATION_IN_TRAVEL_AND_TOURISM'],
  },
  {
    slug: 'child-rights-research',
    name: 'Institute for Child Rights Research',
    country: 'CH',
    languages: ['en', 'fr'],
    topics: ['ACCESS_TO_JUSTICE', 'LAW_AND_POLICY_REFORM'],
  },
  {
    slug: 'digital-safety-alliance',
    name: 'Digital Safety Industry Alliance',
    country: 'IE',
    languages: ['en'],
    topics: ['ONLINE_SEXUAL_EXPLOITATION', 'CHILD_SEXUAL_ABUSE_MATERIAL'],
  },
];

// mulberry32: tiny, fast and good enough for shuffling demo data; the fixed seed keeps every
// call (and every machine) producing the same organisations.
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function namingLanguage(languages: readonly string[]): NameLanguage {
  const known = languages.find((tag): tag is NameLanguage => (NAME_LANGUAGES as readonly string[]).includes(tag));
  return known ?? 'en';
}

function shortCountryName(code: string, language: NameLanguage): string {
  return SHORT_COUNTRY_NAMES[code]?.[language] ?? countryName(code, language);
}

function randomTopics(random: () => number): DefaultTopic[] {
  const count = 1 + Math.floor(random() * 4);
  const chosen = new Set(shuffled(DEFAULT_TOPICS, random).slice(0, count));
  return DEFAULT_TOPICS.filter((topic) => chosen.has(topic));
}

function withAddresses(organization: Omit<DemoOrganization, 'region' | 'website' | 'contactEmail'>): DemoOrganization {
  return {
    ...organization,
    region: defaultRegionOf(organization.country),
    website: `https://${organization.slug}.example.org`,
    contactEmail: `contact@${organization.slug}.example.org`,
  };
}

function memberGroups(random: () => number): DemoOrganization[] {
  const groups: DemoOrganization[] = [];
  for (const [country, languageList, secondGroupCity] of MEMBER_COUNTRIES) {
    const languages = languageList.split(' ');
    const language = namingLanguage(languages);
    const national = pick(NATIONAL_TEMPLATES[language], random);
    const base = { kind: 'MEMBER_GROUP', country, languages, membershipStatus: 'MEMBER' } as const;
    groups.push(
      withAddresses({
        ...base,
        slug: `${national.handle}-${slugify(shortCountryName(country, 'en'))}`,
        name: national.name(shortCountryName(country, language)),
        topics: randomTopics(random),
      }),
    );
    if (secondGroupCity) {
      const grassroots = pick(GRASSROOTS_TEMPLATES[language], random);
      groups.push(
        withAddresses({
          ...base,
          languages: [...languages],
          slug: `${grassroots.handle}-${slugify(secondGroupCity)}`,
          name: grassroots.name(secondGroupCity),
          topics: randomTopics(random),
        }),
      );
    }
  }
  const others = groups.filter((group) => group.slug !== DEMO_COORDINATOR_GROUP_SLUG);
  const statuses: MembershipStatus[] = [
    ...Array<MembershipStatus>(APPLICANTS).fill('APPLICANT'),
    ...Array<MembershipStatus>(SUSPENDED).fill('SUSPENDED'),
    ...Array<MembershipStatus>(AFFILIATES).fill('AFFILIATE'),
  ];
  for (const [i, group] of shuffled(others, random).slice(0, statuses.length).entries()) group.membershipStatus = statuses[i] ?? 'MEMBER';
  return groups;
}

/** The Secretariat, 120 member groups in 100 countries and 4 partners; identical on every call. */
export function demoOrganizations(): DemoOrganization[] {
  const random = seededRandom(0x5ec2e7);
  const secretariat = withAddresses({
    slug: DEMO_SECRETARIAT_SLUG,
    name: 'International Secretariat',
    kind: 'SECRETARIAT',
    country: 'TH',
    membershipStatus: null,
    languages: ['en', 'th'],
    topics: ['ONLINE_SEXUAL_EXPLOITATION', 'EXPLOITATION_IN_TRAVEL_AND_TOURISM', 'CHILD_PARTICIPATION', 'LAW_AND_POLICY_REFORM'],
  });
  const partners = PARTNERS.map((partner) =>
    withAddresses({ ...partner, kind: 'PARTNER', membershipStatus: null, topics: [...partner.topics], languages: [...partner.languages] }),
  );
  return [secretariat, ...memberGroups(random), ...partners];
}
