import type { Connection } from 'mongoose';
import { letterModel } from './letter.model';

/** The collections this module owns, bound to one connection. */
export const lettersModels = (connection: Connection) => ({ InvitationLetter: letterModel(connection) });
