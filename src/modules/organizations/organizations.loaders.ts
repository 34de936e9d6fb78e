import DataLoader from 'dataloader';
import { Types } from 'mongoose';
import type { Database } from '../../db/database';
import type { OrganizationDoc } from './organization.model';

/** One `$in` query for all the organisations a request resolves (e.g. each user's group). */
export function createOrganizationLoaders(database: Database) {
  return {
    byId: new DataLoader<string, OrganizationDoc | null>(async (ids) => {
      const docs = await database.models.Organization.find({ _id: { $in: ids.map((id) => new Types.ObjectId(id)) } }).lean<OrganizationDoc[]>();
      const byId = new Map(docs.map((doc) => [String(doc._id), doc]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
