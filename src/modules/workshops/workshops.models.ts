import type { Connection } from 'mongoose';
import { workshopModel } from './workshop.model';

/** The collections this module owns, bound to one connection. */
export const workshopsModels = (connection: Connection) => ({
  Workshop: workshopModel(connection),
});
