import DataLoader from 'dataloader';
import { loadByIds } from '../../db/batch-by-id';
import type { Database } from '../../db/database';
import type { UserDoc } from './user.model';

/** People by id, one query per request; primed with the signed-in person by authentication. */
export function createUserLoaders({ database }: { database: Database }) {
  return {
    byId: new DataLoader<string, UserDoc | null>((ids) => loadByIds(ids, (filter) => database.models.User.find(filter).lean<UserDoc[]>())),
  };
}
