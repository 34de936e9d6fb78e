import { Types } from 'mongoose';
import type { GraphQLContext } from '../../graphql/context';
import type { UserDoc } from './user.model';

type Ctx = Pick<GraphQLContext, 'viewer' | 'database'>;

/** The signed-in person, or null for an anonymous request. */
export async function me(ctx: Ctx): Promise<UserDoc | null> {
  if (!ctx.viewer) return null;
  return ctx.database.models.User.findById(new Types.ObjectId(ctx.viewer.userId)).lean<UserDoc>();
}
