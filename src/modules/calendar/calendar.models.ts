import type { Connection } from 'mongoose';
import { calendarTokenModel } from './calendar-token.model';

/** The collections this module owns, bound to one connection. */
export const calendarModels = (connection: Connection) => ({
  CalendarToken: calendarTokenModel(connection),
});
