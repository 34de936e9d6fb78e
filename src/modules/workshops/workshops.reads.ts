import type { Database } from '../../db/database';
import { databaseLog } from '../../db/change-log';
import { BATCH, readCompacted } from '../../db/compact';
import { LiveReadModel, OLD_FIELDS } from '../../db/read-model';
import { racePoint } from '../../db/race-points';
import { Programme } from './programme';
import type { WorkshopDoc } from './workshop.model';

export type ProgrammeModel = LiveReadModel<WorkshopDoc, Programme>;

/**
 * The process's programme: every workshop in memory, current with the workshops' change log
 * (every write through the model logs itself: workshop.model.ts). Built by one read of the
 * collection, in large batches (100,000 workshops in a dozen round trips).
 */
export function createProgrammeModel(database: Database, now?: () => number): ProgrammeModel {
  return new LiveReadModel<WorkshopDoc, Programme>({
    log: databaseLog(database.db),
    stream: 'workshops',
    build: async () => new Programme(await readCompacted(database.models.Workshop.find({}, OLD_FIELDS).lean<WorkshopDoc>().cursor({ batchSize: BATCH }))),
    loadOne: (id) => database.models.Workshop.findById(id, OLD_FIELDS).lean<WorkshopDoc>() as Promise<WorkshopDoc | null>,
    now,
    beforeRead: () => racePoint(database, 'programme-read', 'workshops'),
    afterLogRead: () => racePoint(database, 'programme-lap', 'workshops'),
  });
}
