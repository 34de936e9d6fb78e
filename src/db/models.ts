import type { Connection } from 'mongoose';
import { auditEntryModel } from '../modules/audit/audit.model';
import { notificationModel, notificationOutboxModel, notificationPlanModel, notificationPreferenceModel } from '../modules/notifications/notification.model';
import { calendarTokenModel } from '../modules/calendar/calendar.models';
import { organizationModel } from '../modules/organizations/organization.model';
import { resourceDownloadModel, resourceLinkModel, resourceModel, resourceVersionModel } from '../modules/resources/resource.model';
import { registrationModel } from '../modules/registrations/registration.model';
import { seatCountModel, waitCounterModel } from '../modules/registrations/seat-count.model';
import { workerHeartbeatModel } from '../modules/system/heartbeat.model';
import { credentialModel } from '../modules/users/credential.model';
import { invitationModel } from '../modules/users/invitation.model';
import { sessionModel } from '../modules/users/session.model';
import { userModel } from '../modules/users/user.model';
import { workshopModel } from '../modules/workshops/workshop.model';

/** Every Mongoose model of the service, bound to one connection (one database per test file). */
export function registerModels(connection: Connection) {
  return {
    Organization: organizationModel(connection),
    User: userModel(connection),
    Credential: credentialModel(connection),
    Session: sessionModel(connection),
    Invitation: invitationModel(connection),
    Workshop: workshopModel(connection),
    Registration: registrationModel(connection),
    SeatCount: seatCountModel(connection),
    WaitCounter: waitCounterModel(connection),
    Resource: resourceModel(connection),
    ResourceVersion: resourceVersionModel(connection),
    ResourceDownload: resourceDownloadModel(connection),
    ResourceLink: resourceLinkModel(connection),
    AuditEntry: auditEntryModel(connection),
    WorkerHeartbeat: workerHeartbeatModel(connection),
    Notification: notificationModel(connection),
    NotificationOutbox: notificationOutboxModel(connection),
    NotificationPlan: notificationPlanModel(connection),
    NotificationPreference: notificationPreferenceModel(connection),
    CalendarToken: calendarTokenModel(connection),
  };
}

export type Models = ReturnType<typeof registerModels>;
