import { organizationsPolicy } from '../../src/modules/organizations/organizations.policy';
import { registrationsPolicy } from '../../src/modules/registrations/registrations.policy';
import { resourcesPolicy } from '../../src/modules/resources/resources.policy';
import type { Role, Viewer } from '../../src/shared/access/roles';
import { isEligible, workshopsPolicy } from '../../src/modules/workshops/workshops.policy';

// Every row written out by hand (not derived from the code under test), so that each branch of
// the pure policies has a row that flips when the branch does. Raised from the mutation run:
// the integration matrix never reached these combinations.
const OWN = 'a'.repeat(24);
const OTHER = 'b'.repeat(24);
const viewer = (role: Role, organizationId = OWN, userId = 'u1'): Viewer => ({ userId, role, organizationId, sessionId: 's' });
const admin = viewer('SECRETARIAT_ADMIN');
const staff = viewer('SECRETARIAT_STAFF');
const coordinator = viewer('GROUP_COORDINATOR');
const member = viewer('MEMBER');

describe('registrations policy, row by row', () => {
  it.each([
    [admin, OTHER, true],
    [staff, OTHER, true],
    [coordinator, OWN, true],
    [coordinator, OTHER, false],
    [member, OWN, false],
  ] as const)('registerFor(%o, %s) = %s', (who, organizationId, expected) => {
    expect(registrationsPolicy.registerFor(who, organizationId)).toBe(expected);
  });

  it.each([
    [OWN, true, true],
    [OWN, false, false],
    [OTHER, true, false],
    [OTHER, false, false],
  ] as const)('registerSelf for group %s with self-registration %s = %s', (organizationId, open, expected) => {
    expect(registrationsPolicy.registerSelf(member, organizationId, open)).toBe(expected);
  });

  it.each([
    ['staff, another group', staff, { organizationId: OTHER, userId: 'u9' }, true],
    ['coordinator, own group', coordinator, { organizationId: OWN, userId: 'u9' }, true],
    ['coordinator, another group', coordinator, { organizationId: OTHER, userId: 'u9' }, false],
    ['member of the group, someone else', member, { organizationId: OWN, userId: 'u9' }, false],
    ['the participant themself', member, { organizationId: OWN, userId: 'u1' }, true],
    ['a participant without an account is not everyone', member, { organizationId: OWN, userId: null }, false],
    ['the participant, registered by another group', member, { organizationId: OTHER, userId: 'u1' }, true],
  ] as const)('cancel: %s', (_case, who, registration, expected) => {
    expect(registrationsPolicy.cancel(who, registration)).toBe(expected);
  });

  it('decides and scopes by role', () => {
    expect([admin, staff, coordinator, member].map((who) => registrationsPolicy.decide(who))).toEqual([true, true, false, false]);
    expect([admin, staff, coordinator, member].map((who) => registrationsPolicy.scope(who))).toEqual(['all', 'all', 'group', 'own']);
  });
});

describe('workshops policy, row by row', () => {
  it.each([
    [null, false, false],
    [null, true, false],
    [member, false, false],
    [member, true, true],
    [coordinator, false, false],
    [staff, false, true],
    [admin, false, true],
  ] as const)('joining link for %o (confirmed %s) = %s', (who, confirmed, expected) => {
    expect(workshopsPolicy.seeJoiningLink(who, confirmed)).toBe(expected);
  });

  it('drafts are the Secretariat’s; the rest is everyone’s', () => {
    const everyone = [null, member, coordinator, staff, admin];
    expect(everyone.map((who) => workshopsPolicy.see(who, { status: 'DRAFT' }))).toEqual([false, false, false, true, true]);
    // A draft cancelled before it was ever published stays a draft to everyone outside the Secretariat.
    expect(everyone.map((who) => workshopsPolicy.see(who, { status: 'CANCELLED', publishedAt: null }))).toEqual([false, false, false, true, true]);
    const published = new Date('2026-01-01T00:00:00Z');
    for (const status of ['PUBLISHED', 'CANCELLED', 'COMPLETED'] as const) {
      expect(everyone.map((who) => workshopsPolicy.see(who, { status, publishedAt: published }))).toEqual([true, true, true, true, true]);
    }
    expect([member, coordinator, staff, admin].map((who) => workshopsPolicy.plan(who))).toEqual([false, false, true, true]);
  });

  it.each([
    ['open to all', { openToAll: true }, true],
    ['nothing named', { openToAll: false, eligibility: null }, false],
    ['its region', { eligibility: { regions: ['ASIA', 'EUROPE'] } }, true],
    ['another region', { eligibility: { regions: ['AFRICA'] } }, false],
    ['named among others', { eligibility: { organizationIds: [OTHER, OWN] } }, true],
    ['only other groups named', { eligibility: { organizationIds: [OTHER] } }, false],
    ['regions null, group named', { eligibility: { regions: null, organizationIds: [OWN] } }, true],
    ['group list null, region named', { eligibility: { regions: ['EUROPE'], organizationIds: null } }, true],
  ] as const)('eligible: %s', (_case, workshop, expected) => {
    expect(isEligible(workshop as never, { _id: OWN, region: 'EUROPE' })).toBe(expected);
  });
});

describe('organizations policy: who sees the whole directory', () => {
  it.each([
    [staff, undefined, true],
    [admin, 'PARTNER', true],
    [member, 'MEMBER_GROUP', true],
    [coordinator, 'SECRETARIAT', true],
    [member, 'PARTNER', false],
    [coordinator, 'PARTNER', false],
    [member, undefined, false],
  ] as const)('%o of a %s organisation: %s', (who, kind, expected) => {
    expect(organizationsPolicy.seesWholeDirectory(who, kind as never)).toBe(expected);
  });
});

describe('resources policy: participants-only resources', () => {
  const resource = (workshopIds: string[] | null, organizationId = OTHER) => ({ visibility: 'PARTICIPANTS', organizationId, workshopIds });
  it('are seen by a participant confirmed in any one linked workshop, not only in all of them', () => {
    expect(resourcesPolicy.see(member, resource(['w1', 'w2']), new Set(['w2']))).toBe(true);
    expect(resourcesPolicy.see(member, resource(['w1', 'w2']), new Set(['w3']))).toBe(false);
    expect(resourcesPolicy.see(member, resource(null), new Set(['w1']))).toBe(false);
    expect(resourcesPolicy.see(null, resource(['w1']), new Set(['w1']))).toBe(false);
  });

  it.each([
    ['anonymous', null, resource(['w1']), false],
    ['member of another group', member, resource(['w1']), true],
    ['member of the sharing group', member, resource(['w1'], OWN), false],
    ['Secretariat', staff, resource(['w1']), false],
    ['another visibility', member, { visibility: 'NETWORK', organizationId: OTHER }, false],
  ] as const)('need the viewer’s workshops only when they decide: %s', (_case, who, res, expected) => {
    expect(resourcesPolicy.needsParticipation(who, res)).toBe(expected);
  });
});
