import { databaseLog } from '../../db/change-log';
import { BATCH, readCompacted } from '../../db/compact';
import type { Database } from '../../db/database';
import { LiveReadModel, OLD_FIELDS } from '../../db/read-model';
import { Directory } from './directory';
import type { OrganizationDoc } from './organization.model';

export type DirectoryModel = LiveReadModel<OrganizationDoc, Directory>;

/**
 * The process's directory: every organisation in memory with its search index, current with the
 * organisations' change log (every write through the model logs itself: organization.model.ts).
 */
export function createDirectoryModel(database: Database, now?: () => number): DirectoryModel {
  return new LiveReadModel<OrganizationDoc, Directory>({
    log: databaseLog(database.db),
    stream: 'organizations',
    build: async () =>
      new Directory(await readCompacted(database.models.Organization.find({}, OLD_FIELDS).lean<OrganizationDoc>().cursor({ batchSize: BATCH }))),
    loadOne: (id) => database.models.Organization.findById(id, OLD_FIELDS).lean<OrganizationDoc>() as Promise<OrganizationDoc | null>,
    now,
  });
}
