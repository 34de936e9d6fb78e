import { isSecretariatRole, type Viewer } from '../../shared/access/roles';

/**
 * Who may do what with invitation letters. Pure functions, tested as a matrix.
 *
 * | action                          | anonymous | member / coordinator          | Secretariat |
 * | ------------------------------- | --------- | ----------------------------- | ----------- |
 * | request a letter                | -         | for their own registration    | -           |
 * | decide (approve, decline), list | -         | -                             | yes         |
 * | see, download the PDF           | -         | their own                     | yes         |
 * | verify a code                   | yes: name, workshop and dates only                         |
 */
export const lettersPolicy = {
  decide: (viewer: Viewer) => isSecretariatRole(viewer.role),
  see: (viewer: Viewer, participantUserId: string | null) => isSecretariatRole(viewer.role) || participantUserId === viewer.userId,
};
