import { isSecretariatRole, type Role, SECRETARIAT_ROLES, type Viewer } from '../../shared/access/roles';

/** Who may do what with notifications. Everyone signed in reads and marks their own list. */
export const notificationsPolicy = {
  /** Deliveries, failures and background jobs: the Secretariat keeps the mail flowing. */
  followDeliveries: (viewer: Viewer) => isSecretariatRole(viewer.role),
  /** The daily digest goes to the Secretariat's people. */
  digestRoles: SECRETARIAT_ROLES as readonly Role[],
};
