import { resourcesPolicy as policy } from '../../../src/modules/resources/resources.policy';
import type { Role, Viewer } from '../../../src/shared/access/roles';

const GROUP = 'a'.repeat(24);
const OTHER = 'b'.repeat(24);
const WORKSHOP = 'c'.repeat(24);
const viewer = (role: Role, organizationId = GROUP): Viewer => ({ userId: 'u', role, organizationId, sessionId: 's' });
const resource = (visibility: string) => ({ visibility, organizationId: GROUP, workshopIds: [WORKSHOP] });

// The policy table of resources.policy.ts, row by row.
describe('resources policy', () => {
  const people: [string, Viewer | null, Set<string>][] = [
    ['anonymous', null, new Set()],
    ['member of another group', viewer('MEMBER', OTHER), new Set()],
    ['participant from another group', viewer('MEMBER', OTHER), new Set([WORKSHOP])],
    ['coordinator of another group', viewer('GROUP_COORDINATOR', OTHER), new Set()],
    ['member of the sharing group', viewer('MEMBER'), new Set()],
    ['coordinator of the sharing group', viewer('GROUP_COORDINATOR'), new Set()],
    ['Secretariat staff', viewer('SECRETARIAT_STAFF', OTHER), new Set()],
    ['Secretariat admin', viewer('SECRETARIAT_ADMIN', OTHER), new Set()],
  ];
  const sees: Record<string, string[]> = {
    anonymous: ['PUBLIC'],
    'member of another group': ['PUBLIC', 'NETWORK'],
    'participant from another group': ['PUBLIC', 'NETWORK', 'PARTICIPANTS'],
    'coordinator of another group': ['PUBLIC', 'NETWORK'],
    'member of the sharing group': ['PUBLIC', 'NETWORK', 'PARTICIPANTS', 'SECRETARIAT'],
    'coordinator of the sharing group': ['PUBLIC', 'NETWORK', 'PARTICIPANTS', 'SECRETARIAT'],
    'Secretariat staff': ['PUBLIC', 'NETWORK', 'PARTICIPANTS', 'SECRETARIAT'],
    'Secretariat admin': ['PUBLIC', 'NETWORK', 'PARTICIPANTS', 'SECRETARIAT'],
  };
  const manages = ['coordinator of the sharing group', 'Secretariat staff', 'Secretariat admin'];

  it.each(people)('%s', (name, who, confirmed) => {
    const visible = ['PUBLIC', 'NETWORK', 'PARTICIPANTS', 'SECRETARIAT'].filter((v) => policy.see(who, resource(v), confirmed));
    expect(visible).toEqual(sees[name]);
    expect(who !== null && policy.manage(who, resource('NETWORK'))).toBe(manages.includes(name));
    expect(who !== null && policy.share(who)).toBe(who !== null && who.role !== 'MEMBER');
    expect(who !== null && policy.shareFor(who, GROUP)).toBe(manages.includes(name));
    expect(who !== null && policy.delete(who)).toBe(name === 'Secretariat admin');
    expect(who !== null && policy.seeFigures(who)).toBe(name.startsWith('Secretariat'));
  });
});
