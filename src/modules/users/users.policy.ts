import type { OrganizationDoc } from '../organizations/organization.model';
import { groupIsActive } from '../organizations/organizations.policy';
import { isSecretariatRole, type Role, type Viewer } from '../../shared/access/roles';

/** Who may do what with people. Pure functions, tested as a matrix. */
export const usersPolicy = {
  /** Secretariat admins invite anyone; coordinators invite members of their own active group. */
  invite(viewer: Viewer, target: { role: Role; organization: Pick<OrganizationDoc, '_id' | 'kind' | 'membershipStatus'> }): boolean {
    if (viewer.role === 'SECRETARIAT_ADMIN') return true;
    return (
      viewer.role === 'GROUP_COORDINATOR' &&
      target.role === 'MEMBER' &&
      String(target.organization._id) === viewer.organizationId &&
      groupIsActive(target.organization)
    );
  },
  /** Disabling, enabling and changing roles are for Secretariat admins. */
  administer: (viewer: Viewer) => viewer.role === 'SECRETARIAT_ADMIN',
};

/** Secretariat roles belong in the Secretariat; group roles in member groups and partners. */
export function roleFitsOrganization(role: Role, kind: OrganizationDoc['kind']): boolean {
  return isSecretariatRole(role) ? kind === 'SECRETARIAT' : kind !== 'SECRETARIAT';
}
