import { isSecretariatRole, type Viewer } from '../../shared/access/roles';
import type { OrganizationKind } from './organization.model';

/**
 * Applicant and suspended groups cannot register people or share resources (their history is
 * kept); registrations and resources ask this before acting for a group.
 */
export const groupIsActive = (organization: { kind: string; membershipStatus?: string | null }) =>
  organization.kind !== 'MEMBER_GROUP' || organization.membershipStatus === 'MEMBER' || organization.membershipStatus === 'AFFILIATE';

/** Who may do what with organisations. Pure functions, tested as a matrix. */
export const organizationsPolicy = {
  /** Signed-in people read organisations; anonymous callers do not. */
  read: (_viewer: Viewer) => true,
  /** The Secretariat reads every organisation (others: seesWholeDirectory). */
  readAll: (viewer: Viewer) => isSecretariatRole(viewer.role),
  /**
   * Partner organisations' people see only what is public or shared with them: their own
   * organisation and the Secretariat, not the network's member directory.
   */
  seesWholeDirectory: (viewer: Viewer, ownKind: OrganizationKind | undefined) =>
    isSecretariatRole(viewer.role) || (ownKind !== undefined && ownKind !== 'PARTNER'),
  /** The Secretariat creates and edits organisations and decides on membership. */
  manage: (viewer: Viewer) => isSecretariatRole(viewer.role),
  /** Assessments against the membership criteria are the Secretariat's working notes. */
  readAssessments: (viewer: Viewer) => isSecretariatRole(viewer.role),
  /** The reasons given for status changes (e.g. a suspension's) belong with the assessments. */
  readStatusReasons: (viewer: Viewer) => isSecretariatRole(viewer.role),
};
