import { isSecretariatRole, type Viewer } from '../../shared/access/roles';

/** Who may do what with registrations. Pure functions, tested as a matrix. */
export const registrationsPolicy = {
  /** The Secretariat registers anyone for any eligible group; a coordinator their own group. */
  registerFor: (viewer: Viewer, organizationId: string) =>
    isSecretariatRole(viewer.role) || (viewer.role === 'GROUP_COORDINATOR' && viewer.organizationId === organizationId),
  /** A member may register themself where the workshop allows it. */
  registerSelf: (viewer: Viewer, organizationId: string, selfRegistration: boolean) => selfRegistration && viewer.organizationId === organizationId,
  /** Cancel: the Secretariat, the group's coordinator, or the participant. */
  cancel: (viewer: Viewer, registration: { organizationId: string; userId: string | null }) =>
    isSecretariatRole(viewer.role) ||
    (viewer.role === 'GROUP_COORDINATOR' && viewer.organizationId === registration.organizationId) ||
    registration.userId === viewer.userId,
  decide: (viewer: Viewer) => isSecretariatRole(viewer.role),
  /** How a person is shown to others: the person, their group's coordinators, the Secretariat. */
  shapeParticipation: (viewer: Viewer, registration: { organizationId: string; userId: string | null }) =>
    isSecretariatRole(viewer.role) ||
    (viewer.role === 'GROUP_COORDINATOR' && viewer.organizationId === registration.organizationId) ||
    registration.userId === viewer.userId,
  /** The Secretariat sees any workshop's participant list; others only one they take part in (participation.service.ts). */
  seeFellows: (viewer: Viewer) => isSecretariatRole(viewer.role),
  /** A coordinator sees the list of a workshop their group has people in. */
  seeFellowsOfGroup: (viewer: Viewer) => viewer.role === 'GROUP_COORDINATOR',
  /** Attendance: the Secretariat and the workshop's facilitators. */
  recordAttendance: (viewer: Viewer, facilitator: boolean) => isSecretariatRole(viewer.role) || facilitator,
  /** A group's overview: its coordinators, and the Secretariat for any group. */
  seeGroupOverview: (viewer: Viewer, organizationId: string) =>
    isSecretariatRole(viewer.role) || (viewer.role === 'GROUP_COORDINATOR' && viewer.organizationId === organizationId),
  /** Reports and the participants export are the Secretariat's. */
  seeReport: (viewer: Viewer) => isSecretariatRole(viewer.role),
  remindAnswers: (viewer: Viewer) => isSecretariatRole(viewer.role),
  exportParticipants: (viewer: Viewer) => isSecretariatRole(viewer.role),
  /**
   * Which answers of a registration a viewer sees, and may give: all for the Secretariat and the
   * participant, the OPERATIONAL ones for the group's coordinators, none for anyone else.
   */
  answers: (viewer: Viewer | null, registration: { organizationId: string; userId: string | null }): 'all' | 'operational' | 'none' =>
    !viewer
      ? 'none'
      : isSecretariatRole(viewer.role) || registration.userId === viewer.userId
        ? 'all'
        : viewer.role === 'GROUP_COORDINATOR' && viewer.organizationId === registration.organizationId
          ? 'operational'
          : 'none',
  /** Whose answer it is: the person's own, else the Secretariat's or the group's on their behalf. */
  answeredBy: (viewer: Viewer, self: boolean): 'PARTICIPANT' | 'SECRETARIAT' | 'GROUP' =>
    self ? 'PARTICIPANT' : isSecretariatRole(viewer.role) ? 'SECRETARIAT' : 'GROUP',
  /** Which registrations a viewer sees: all, their group's, or their own. */
  scope: (viewer: Viewer): 'all' | 'group' | 'own' => (isSecretariatRole(viewer.role) ? 'all' : viewer.role === 'GROUP_COORDINATOR' ? 'group' : 'own'),
};
