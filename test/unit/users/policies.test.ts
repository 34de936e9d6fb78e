import { Types } from 'mongoose';
import { groupIsActive, organizationsPolicy } from '../../../src/modules/organizations/organizations.policy';
import { ROLES, type Role, type Viewer } from '../../../src/shared/access/roles';
import { roleFitsOrganization, usersPolicy } from '../../../src/modules/users/users.policy';

const groupId = new Types.ObjectId();
const viewer = (role: Role, organizationId = String(groupId)): Viewer => ({ userId: 'u', role, organizationId, sessionId: 's' });

describe('policies', () => {
  it.each(ROLES.map((role) => [role, role.startsWith('SECRETARIAT')]))('organisations: %s manages: %s', (role, manages) => {
    expect(organizationsPolicy.manage(viewer(role as Role))).toBe(manages);
    expect(organizationsPolicy.readAssessments(viewer(role as Role))).toBe(manages);
    expect(organizationsPolicy.read(viewer(role as Role))).toBe(true);
  });

  it.each([
    ['MEMBER', 'MEMBER', true],
    ['AFFILIATE', 'MEMBER', true],
    ['SUSPENDED', 'MEMBER', false],
    ['APPLICANT', 'MEMBER', false],
    ['MEMBER', 'GROUP_COORDINATOR', false],
  ] as const)('a coordinator of a %s group may invite a %s: %s', (status, role, allowed) => {
    expect(usersPolicy.invite(viewer('GROUP_COORDINATOR'), { role, organization: { _id: groupId, kind: 'MEMBER_GROUP', membershipStatus: status } })).toBe(
      allowed,
    );
  });

  it('a coordinator may not invite into another group; an admin may invite anyone', () => {
    const other = { _id: new Types.ObjectId(), kind: 'MEMBER_GROUP' as const, membershipStatus: 'MEMBER' as const };
    expect(usersPolicy.invite(viewer('GROUP_COORDINATOR'), { role: 'MEMBER', organization: other })).toBe(false);
    for (const role of ROLES) expect(usersPolicy.invite(viewer('SECRETARIAT_ADMIN'), { role, organization: other })).toBe(true);
    expect(usersPolicy.invite(viewer('SECRETARIAT_STAFF'), { role: 'MEMBER', organization: other })).toBe(false);
  });

  it('only members and affiliates act for their group', () => {
    expect(groupIsActive({ kind: 'MEMBER_GROUP', membershipStatus: 'MEMBER' })).toBe(true);
    expect(groupIsActive({ kind: 'MEMBER_GROUP', membershipStatus: 'AFFILIATE' })).toBe(true);
    expect(groupIsActive({ kind: 'MEMBER_GROUP', membershipStatus: 'APPLICANT' })).toBe(false);
    expect(groupIsActive({ kind: 'MEMBER_GROUP', membershipStatus: 'SUSPENDED' })).toBe(false);
    expect(groupIsActive({ kind: 'SECRETARIAT', membershipStatus: null })).toBe(true);
  });

  it('roles fit their kind of organisation', () => {
    expect(roleFitsOrganization('SECRETARIAT_STAFF', 'SECRETARIAT')).toBe(true);
    expect(roleFitsOrganization('SECRETARIAT_STAFF', 'MEMBER_GROUP')).toBe(false);
    expect(roleFitsOrganization('MEMBER', 'PARTNER')).toBe(true);
    expect(roleFitsOrganization('GROUP_COORDINATOR', 'SECRETARIAT')).toBe(false);
  });
});
