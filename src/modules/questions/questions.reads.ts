import { databaseLog } from '../../db/change-log';
import type { Database } from '../../db/database';
import { LiveReadModel } from '../../db/read-model';
import { QuestionLibrary } from './question-library';
import type { QuestionDoc } from './question.model';

export type QuestionLibraryModel = LiveReadModel<QuestionDoc, QuestionLibrary>;

/** The process's question library, current with the questions' change log (question.model.ts logs every write). */
export function createQuestionLibraryModel(database: Database, now?: () => number): QuestionLibraryModel {
  return new LiveReadModel<QuestionDoc, QuestionLibrary>({
    log: databaseLog(database.db),
    stream: 'questions',
    build: async () => new QuestionLibrary(await database.models.RegistrationQuestion.find({}).lean<QuestionDoc[]>()),
    loadOne: (id) => database.models.RegistrationQuestion.findById(id).lean<QuestionDoc>() as Promise<QuestionDoc | null>,
    now,
  });
}
