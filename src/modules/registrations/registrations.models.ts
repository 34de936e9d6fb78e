import type { Connection } from 'mongoose';
import { registrationModel } from './registration.model';
import { seatCountModel, waitCounterModel } from './seat-count.model';

/** The collections this module owns, bound to one connection. */
export const registrationsModels = (connection: Connection) => ({
  Registration: registrationModel(connection),
  SeatCount: seatCountModel(connection),
  WaitCounter: waitCounterModel(connection),
});
