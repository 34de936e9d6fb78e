import { isSecretariatRole, type Viewer } from '../users/roles';

/** Who may do what with organisations. Pure functions, tested as a matrix. */
export const organizationsPolicy = {
  /** Members read the network's organisations; anonymous callers do not. */
  read: (_viewer: Viewer) => true,
  /** The Secretariat creates and edits organisations and decides on membership. */
  manage: (viewer: Viewer) => isSecretariatRole(viewer.role),
  /** Assessments against the membership criteria are the Secretariat's working notes. */
  readAssessments: (viewer: Viewer) => isSecretariatRole(viewer.role),
};
