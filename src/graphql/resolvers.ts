import type { Resolvers } from './generated/resolvers-types';
import { DateTimeScalar } from './scalars';
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
    ...resourcesResolvers.Query,
  },
  Mutation: {
    ...usersResolvers.Mutation,
    ...organizationsResolvers.Mutation,
    ...workshopsResolvers.Mutation,
    ...registrationsResolvers.Mutation,
    ...resourcesResolvers.Mutation,
  },
  User: usersResolvers.User,
  Organization: organizationsResolvers.Organization,
  Workshop: { ...workshopsResolvers.Workshop, ...resourcesResolvers.Workshop },
  WorkshopSession: workshopsResolvers.WorkshopSession,
  WorkshopTimes: workshopsResolvers.WorkshopTimes,
  Registration: registrationsResolvers.Registration,
  Resource: resourcesResolvers.Resource,
  ResourceVersion: resourcesResolvers.ResourceVersion,
  ResourceEdition: resourcesResolvers.ResourceEdition,
  ResourceConnection: resourcesResolvers.ResourceConnection,
  ResourceDownloadCount: resourcesResolvers.ResourceDownloadCount,
  OrganizationDownloadCount: resourcesResolvers.OrganizationDownloadCount,
};
