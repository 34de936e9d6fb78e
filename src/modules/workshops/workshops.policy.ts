import { isSecretariatRole, type Viewer } from '../../shared/access/roles';

/** Published now or once (a cancelled or completed workshop that had been published). */
export const wasPublished = (workshop: { status: string; publishedAt?: Date | null }) =>
  workshop.status === 'PUBLISHED' || workshop.status === 'COMPLETED' || (workshop.status === 'CANCELLED' && Boolean(workshop.publishedAt));

/** Who may do what with workshops. Pure functions, tested as a matrix. */
export const workshopsPolicy = {
  /** The Secretariat plans: creates, edits, publishes, cancels and completes workshops. */
  plan: (viewer: Viewer) => isSecretariatRole(viewer.role),
  /**
   * Drafts are the Secretariat's, cancelled or not: a workshop that was never published stays
   * theirs. Everything else is the public programme and its record.
   */
  see: (viewer: Viewer | null, workshop: { status: string; publishedAt?: Date | null }) =>
    (viewer !== null && isSecretariatRole(viewer.role)) || wasPublished(workshop),
  /** Lists across statuses (drafts among them) are the Secretariat's. */
  listAnyStatus: (viewer: Viewer | null) => viewer !== null && isSecretariatRole(viewer.role),
  /** The joining link: the Secretariat and the workshop's confirmed participants. */
  seeJoiningLink: (viewer: Viewer | null, confirmedParticipant: boolean) => viewer !== null && (isSecretariatRole(viewer.role) || confirmedParticipant),
};

/**
 * Whether a group may take part: the whole network, its region, or the group named. The same rule
 * as a query is eligibleFor() in workshops.service (filter eligibleForMyGroup).
 */
export function isEligible(
  workshop: { openToAll?: boolean | null; eligibility?: { regions?: string[] | null; organizationIds?: unknown[] | null } | null },
  organization: { _id: unknown; region: string },
): boolean {
  return (
    Boolean(workshop.openToAll) ||
    (workshop.eligibility?.regions ?? []).includes(organization.region) ||
    (workshop.eligibility?.organizationIds ?? []).some((id) => String(id) === String(organization._id))
  );
}
