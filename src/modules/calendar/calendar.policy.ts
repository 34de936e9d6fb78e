import { isSecretariatRole, type Role, type Viewer } from '../../shared/access/roles';

/** Who may have which calendar feed. Pure functions. */
export const calendarPolicy = {
  /** A group feed belongs to the group's coordinator role; personal feeds to everyone signed in. */
  groupFeed: (role: Role | string) => role === 'GROUP_COORDINATOR',
  /** A workshop's own feed shows the Secretariat its drafts and joining details. */
  seeEveryWorkshop: (viewer: Viewer | null) => viewer !== null && isSecretariatRole(viewer.role),
  /**
   * Whether a workshop is on the public programme's feeds at all (whatever its age): published or
   * completed, or cancelled after it was published (so calendars learn of the cancellation).
   */
  publiclyListed: (workshop: { status: string; publishedAt?: Date | null }) =>
    workshop.status === 'PUBLISHED' || workshop.status === 'COMPLETED' || (workshop.status === 'CANCELLED' && Boolean(workshop.publishedAt)),
};
