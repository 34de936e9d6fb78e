import type { Connection } from 'mongoose';
import { organizationModel } from './organization.model';

/** The collections this module owns, bound to one connection. */
export const organizationsModels = (connection: Connection) => ({
  Organization: organizationModel(connection),
});
