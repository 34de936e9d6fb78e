import { isSecretariatRole, type Viewer } from '../../shared/access/roles';

/** Who may do what with notifications. Everyone signed in reads and marks their own list. */
export const notificationsPolicy = {
  /** Deliveries, failures and background jobs: the Secretariat keeps the mail flowing. */
  followDeliveries: (viewer: Viewer) => isSecretariatRole(viewer.role),
};
