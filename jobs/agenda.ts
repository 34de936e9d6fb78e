import { MongoBackend } from '@agendajs/mongo-backend';
import { Agenda } from 'agenda';
import { AGENDA_COLLECTION } from '../src/db/agenda-jobs';
import type { Database } from '../src/db/database';

export { AGENDA_COLLECTION };

/** Agenda on the application's own driver connection: one `mongodb`, one `bson` (DESIGN.md). */
export function createAgenda(database: Database, options: { processEveryMs: number; name?: string }): Agenda {
  return new Agenda({
    backend: new MongoBackend({ mongo: database.db, collection: AGENDA_COLLECTION }),
    name: options.name,
    processEvery: options.processEveryMs,
    maxConcurrency: 10,
    defaultConcurrency: 2,
  });
}
