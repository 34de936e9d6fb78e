import type { Resolvers } from './generated/resolvers-types';
import { DateTimeScalar } from './scalars';
import { notificationsResolvers } from '../modules/notifications/resolvers';
import { calendarResolvers } from '../modules/calendar/resolvers';
import { organizationsResolvers } from '../modules/organizations/resolvers';
import { registrationsResolvers } from '../modules/registrations/resolvers';
import { resourcesResolvers } from '../modules/resources/resolvers';
import { systemResolvers } from '../modules/system/resolvers';
import { usersResolvers } from '../modules/users/resolvers';
import { workshopsResolvers } from '../modules/workshops/resolvers';

/** Each module exports its resolvers; this is the only place they are merged. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    ...systemResolvers.Query,
    ...usersResolvers.Query,
    ...organizationsResolvers.Query,
    ...workshopsResolvers.Query,
    ...registrationsResolvers.Query,
    ...notificationsResolvers.Query,
    ...calendarResolvers.Query,
    ...resourcesResolvers.Query,
  },
  Mutation: {
    ...usersResolvers.Mutation,
    ...organizationsResolvers.Mutation,
    ...workshopsResolvers.Mutation,
    ...registrationsResolvers.Mutation,
    ...notificationsResolvers.Mutation,
    ...calendarResolvers.Mutation,
    ...resourcesResolvers.Mutation,
  },
  User: usersResolvers.User,
  Organization: organizationsResolvers.Organization,
  Workshop: { ...workshopsResolvers.Workshop, ...registrationsResolvers.Workshop, ...notificationsResolvers.Workshop, ...resourcesResolvers.Workshop },
  WorkshopSession: workshopsResolvers.WorkshopSession,
  WorkshopTimes: workshopsResolvers.WorkshopTimes,
  Registration: registrationsResolvers.Registration,
  Notification: notificationsResolvers.Notification,
  NotificationDelivery: notificationsResolvers.NotificationDelivery,
  MembershipStatusChange: organizationsResolvers.MembershipStatusChange,
  Resource: resourcesResolvers.Resource,
  ResourceVersion: resourcesResolvers.ResourceVersion,
  ResourceEdition: resourcesResolvers.ResourceEdition,
  ResourceConnection: resourcesResolvers.ResourceConnection,
  ResourceDownloadCount: resourcesResolvers.ResourceDownloadCount,
  OrganizationDownloadCount: resourcesResolvers.OrganizationDownloadCount,
};
