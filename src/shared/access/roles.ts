export const ROLES = ['SECRETARIAT_ADMIN', 'SECRETARIAT_STAFF', 'GROUP_COORDINATOR', 'MEMBER'] as const;
export type Role = (typeof ROLES)[number];

export const SECRETARIAT_ROLES: Role[] = ['SECRETARIAT_ADMIN', 'SECRETARIAT_STAFF'];
export const isSecretariatRole = (role: Role) => role === 'SECRETARIAT_ADMIN' || role === 'SECRETARIAT_STAFF';

/** Who is asking: resolved once per request from the bearer token. */
export interface Viewer {
  userId: string;
  role: Role;
  organizationId: string;
  sessionId: string;
}
