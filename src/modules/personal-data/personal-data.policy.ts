import { isSecretariatRole, type Viewer } from '../../shared/access/roles';

/** Who may remove a person's data. Pure functions. */
export const personalDataPolicy = {
  /** Erasing a person (everywhere) is the Secretariat's. */
  erase: (viewer: Viewer) => isSecretariatRole(viewer.role),
};
