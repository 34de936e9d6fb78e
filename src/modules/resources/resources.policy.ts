import { groupIsActive } from '../organizations/organizations.policy';
import { isSecretariatRole, type Viewer } from '../../shared/access/roles';
import type { ResourceVisibility } from './resource.model';

/**
 * Who may do what with resources. Pure functions, tested as a matrix.
 *
 * | action                         | anonymous | member            | coordinator        | Secretariat staff | Secretariat admin |
 * | ------------------------------ | --------- | ----------------- | ------------------ | ----------------- | ----------------- |
 * | share (create, upload)         | -         | -                 | for own active group | for any group   | for any group     |
 * | edit, upload to                | -         | -                 | own active group's | any               | any               |
 * | archive                        | -         | -                 | own group's        | any               | any               |
 * | link to a workshop             | -         | -                 | own active group's, to a workshop the group organises or has people in | any | any |
 * | put into the follow-up email   | -         | -                 | -                  | yes               | yes               |
 * | delete (files and record)      | -         | -                 | -                  | -                 | any               |
 * | see / download PUBLIC          | yes       | yes               | yes                | yes               | yes               |
 * | see / download NETWORK         | -         | yes               | yes                | yes               | yes               |
 * | see / download PARTICIPANTS    | -         | confirmed in a linked workshop, or own group's | same | yes   | yes               |
 * | see / download SECRETARIAT     | -         | own group's       | own group's        | yes               | yes               |
 * | download figures               | -         | -                 | -                  | yes               | yes               |
 *
 * The sharing group always sees its own resources, whatever their visibility. Archived resources
 * leave the lists but stay readable and downloadable under the same rules.
 */
export const resourcesPolicy = {
  /** Sharing is for coordinators (their own group) and the Secretariat; members download. */
  share: (viewer: Viewer) => isSecretariatRole(viewer.role) || viewer.role === 'GROUP_COORDINATOR',
  shareFor: (viewer: Viewer, organizationId: string) =>
    isSecretariatRole(viewer.role) || (viewer.role === 'GROUP_COORDINATOR' && viewer.organizationId === organizationId),
  manage: (viewer: Viewer, resource: { organizationId: unknown }) =>
    isSecretariatRole(viewer.role) || (viewer.role === 'GROUP_COORDINATOR' && viewer.organizationId === String(resource.organizationId)),
  /** Applicant and suspended groups cannot share: creating, editing, uploading and linking need an active group. */
  shareActively: (viewer: Viewer, ownOrganization: { kind: string; membershipStatus?: string | null } | null) =>
    isSecretariatRole(viewer.role) || (ownOrganization !== null && groupIsActive(ownOrganization)),
  /**
   * Linking material to a workshop puts it on the workshop's page: the Secretariat, or a group that
   * organises the workshop or has people in it.
   */
  linkTo: (viewer: Viewer, workshop: { groupTakesPart: boolean }) => isSecretariatRole(viewer.role) || workshop.groupTakesPart,
  /** What goes into participants' follow-up email is the Secretariat's choice. */
  chooseFollowUp: (viewer: Viewer) => isSecretariatRole(viewer.role),
  delete: (viewer: Viewer) => viewer.role === 'SECRETARIAT_ADMIN',
  /** The Secretariat sees every resource, archived ones in lists too. */
  seeAll: (viewer: Viewer | null) => viewer !== null && isSecretariatRole(viewer.role),
  seeFigures: (viewer: Viewer) => isSecretariatRole(viewer.role),
  /**
   * `confirmedWorkshops`: the workshops the viewer is confirmed for; asked only for PARTICIPANTS
   * resources, so callers pass a function and it is not called otherwise.
   */
  see: (
    viewer: Viewer | null,
    resource: { visibility: string; organizationId: unknown; workshopIds?: unknown[] | null },
    confirmedWorkshops: Set<string>,
  ): boolean => {
    const visibility = resource.visibility as ResourceVisibility;
    if (visibility === 'PUBLIC') return true;
    if (!viewer) return false;
    if (isSecretariatRole(viewer.role) || viewer.organizationId === String(resource.organizationId)) return true;
    if (visibility === 'NETWORK') return true;
    if (visibility === 'PARTICIPANTS') return (resource.workshopIds ?? []).some((id) => confirmedWorkshops.has(String(id)));
    return false;
  },
  /** Whether `see` may need the viewer's confirmed workshops (so the lookup is skipped otherwise). */
  needsParticipation: (viewer: Viewer | null, resource: { visibility: string; organizationId: unknown }) =>
    viewer !== null && resource.visibility === 'PARTICIPANTS' && !isSecretariatRole(viewer.role) && viewer.organizationId !== String(resource.organizationId),
};
