import { isSecretariatRole, type Viewer } from '../../shared/access/roles';

/**
 * Who may do what with the question library. Pure functions, tested as a matrix.
 *
 * | action                        | anonymous | member | coordinator | Secretariat |
 * | ----------------------------- | --------- | ------ | ----------- | ----------- |
 * | list, create, edit questions  | -         | -      | -           | yes         |
 * | see a workshop's questions    | with the workshop (Workshop.questions)                 |
 *
 * Who sees the answers is the registrations module's (registrations.policy.ts: seeAnswers).
 */
export const questionsPolicy = {
  manage: (viewer: Viewer) => isSecretariatRole(viewer.role),
};
