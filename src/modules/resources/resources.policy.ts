import { isSecretariatRole, type Viewer } from '../users/roles';
import type { ResourceVisibility } from './resource.model';

/**
 * Who may do what with resources. Pure functions, tested as a matrix.
 *
 * | action                         | anonymous | member            | coordinator        | Secretariat staff | Secretariat admin |
 * | ------------------------------ | --------- | ----------------- | ------------------ | ----------------- | ----------------- |
 * | share (create, upload)         | -         | -                 | for own group      | for any group     | for any group     |
 * | edit, archive, link, upload to | -         | -                 | own group's        | any               | any               |
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
  delete: (viewer: Viewer) => viewer.role === 'SECRETARIAT_ADMIN',
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
    viewer !== null &&
    resource.visibility === 'PARTICIPANTS' &&
    !isSecretariatRole(viewer.role) &&
    viewer.organizationId !== String(resource.organizationId),
};
