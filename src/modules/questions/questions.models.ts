import type { Connection } from 'mongoose';
import { questionModel } from './question.model';

/** The questions module's collections, bound to one connection (db/models.ts lists every module's). */
export const questionsModels = (connection: Connection) => ({ RegistrationQuestion: questionModel(connection) });
