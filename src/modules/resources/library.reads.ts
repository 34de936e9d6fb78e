import { databaseLog } from '../../db/change-log';
import { BATCH, readCompacted } from '../../db/compact';
import type { Database } from '../../db/database';
import { LiveReadModel, OLD_FIELDS } from '../../db/read-model';
import { Library } from './library';
import type { ResourceDoc } from './resource.model';

export type LibraryModel = LiveReadModel<ResourceDoc, Library>;

/**
 * The process's resource library: every resource in memory with its search index, current with
 * the resources' change log (every write through the model logs itself: resource.model.ts).
 */
export function createLibraryModel(database: Database, now?: () => number): LibraryModel {
  return new LiveReadModel<ResourceDoc, Library>({
    log: databaseLog(database.db),
    stream: 'resources',
    build: async () => new Library(await readCompacted(database.models.Resource.find({}, OLD_FIELDS).lean<ResourceDoc>().cursor({ batchSize: BATCH }))),
    loadOne: (id) => database.models.Resource.findById(id, OLD_FIELDS).lean<ResourceDoc>() as Promise<ResourceDoc | null>,
    now,
  });
}
