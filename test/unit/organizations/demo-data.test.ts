import { isCountryCode } from '../../../src/modules/organizations/reference/countries';
import { DEMO_SECRETARIAT_SLUG, DEMO_USERS, demoOrganizations } from '../../../src/modules/organizations/reference/demo-data';
import { canonicalLanguageTag } from '../../../src/modules/organizations/reference/languages';
import { DEFAULT_REGIONS, defaultRegionOf } from '../../../src/modules/organizations/reference/regions';
import { DEFAULT_TOPICS } from '../../../src/modules/organizations/reference/topics';

describe('demo organisations', () => {
  const organizations = demoOrganizations();
  const groups = organizations.filter((o) => o.kind === 'MEMBER_GROUP');
  const count = (status: string) => groups.filter((g) => g.membershipStatus === status).length;

  it('are the same on every call', () => {
    expect(demoOrganizations()).toEqual(organizations);
    expect(demoOrganizations()).not.toBe(organizations);
  });

  it('hand out fresh objects, so a caller cannot change the next call', () => {
    const first = demoOrganizations();
    first[1]!.languages.push('xx');
    first[1]!.topics.length = 0;
    expect(demoOrganizations()).toEqual(organizations);
  });

  it('have one Secretariat in Thailand', () => {
    const secretariats = organizations.filter((o) => o.kind === 'SECRETARIAT');
    expect(secretariats).toHaveLength(1);
    expect(secretariats[0]).toMatchObject({
      slug: DEMO_SECRETARIAT_SLUG,
      name: 'International Secretariat',
      country: 'TH',
      region: 'SOUTHEAST_ASIA',
      membershipStatus: null,
    });
  });

  it('have 120 member groups in about 100 countries across all nine regions', () => {
    expect(groups).toHaveLength(120);
    const countries = new Set(groups.map((g) => g.country));
    expect(countries.size).toBeGreaterThanOrEqual(95);
    expect(countries.size).toBeLessThanOrEqual(110);
    expect(new Set(groups.map((g) => g.region))).toEqual(new Set(DEFAULT_REGIONS));
    const perCountry = [...countries].map((c) => groups.filter((g) => g.country === c).length);
    expect(Math.max(...perCountry)).toBe(2);
  });

  it('have four partners without membership', () => {
    const partners = organizations.filter((o) => o.kind === 'PARTNER');
    expect(partners).toHaveLength(4);
    for (const partner of partners) expect(partner.membershipStatus).toBeNull();
    expect(organizations).toHaveLength(125);
  });

  it('give member groups mostly MEMBER, some AFFILIATE, 5 APPLICANT and 2 SUSPENDED', () => {
    expect(count('APPLICANT')).toBe(5);
    expect(count('SUSPENDED')).toBe(2);
    expect(count('AFFILIATE')).toBeGreaterThanOrEqual(5);
    expect(count('MEMBER')).toBeGreaterThan(groups.length / 2);
    expect(count('MEMBER') + count('AFFILIATE') + count('APPLICANT') + count('SUSPENDED')).toBe(groups.length);
  });

  it('have unique names and slugs', () => {
    expect(new Set(organizations.map((o) => o.name)).size).toBe(organizations.length);
    expect(new Set(organizations.map((o) => o.slug)).size).toBe(organizations.length);
    expect(new Set(organizations.map((o) => o.name.toLowerCase())).size).toBe(organizations.length);
  });

  it.each(demoOrganizations().map((o) => [o.slug, o] as const))('%s is consistent', (_, o) => {
    expect(isCountryCode(o.country)).toBe(true);
    expect(o.region).toBe(defaultRegionOf(o.country));
    expect(o.slug).toMatch(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/);
    expect(o.website).toBe(`https://${o.slug}.example.org`);
    expect(o.contactEmail).toBe(`contact@${o.slug}.example.org`);
    expect(o.name).not.toMatch(/ecpat/i);
    expect(o.topics.length).toBeGreaterThanOrEqual(1);
    expect(o.topics.length).toBeLessThanOrEqual(4);
    expect(new Set(o.topics).size).toBe(o.topics.length);
    for (const topic of o.topics) expect(DEFAULT_TOPICS).toContain(topic);
    expect(o.languages.length).toBeGreaterThanOrEqual(1);
    for (const tag of o.languages) expect(canonicalLanguageTag(tag)).toBe(tag);
    if (o.kind === 'MEMBER_GROUP') expect(o.membershipStatus).not.toBeNull();
    else expect(o.membershipStatus).toBeNull();
  });

  it('speak the language of the country', () => {
    const national = (country: string) => groups.find((g) => g.country === country)!;
    expect(national('SN').languages[0]).toBe('fr');
    expect(national('PE').languages[0]).toBe('es');
    expect(national('KE').languages).toEqual(['en', 'sw']);
    expect(national('BR').languages).toEqual(['pt']);
    expect(national('PE').name).toMatch(/Perú/);
    expect(national('SN').name).toMatch(/Sénégal/);
  });

  it('name a demo admin at the Secretariat and a demo coordinator at a MEMBER group, without passwords', () => {
    const bySlug = new Map(organizations.map((o) => [o.slug, o]));
    expect(DEMO_USERS).toHaveLength(2);
    const [admin, coordinator] = DEMO_USERS;
    expect(admin).toEqual({
      email: 'admin@demo.example.org',
      name: 'Demo Admin',
      role: 'SECRETARIAT_ADMIN',
      organization: 'secretariat',
    });
    expect(bySlug.get(admin!.organization)?.kind).toBe('SECRETARIAT');
    expect(coordinator).toMatchObject({
      email: 'coordinator@demo.example.org',
      name: 'Demo Coordinator',
      role: 'GROUP_COORDINATOR',
    });
    expect(bySlug.get(coordinator!.organization)).toMatchObject({ kind: 'MEMBER_GROUP', membershipStatus: 'MEMBER' });
    for (const user of DEMO_USERS) expect(Object.keys(user).sort()).toEqual(['email', 'name', 'organization', 'role']);
  });
});
