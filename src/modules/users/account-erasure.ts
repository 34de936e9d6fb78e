import { updateAlone } from '../../db/document-lock';
import type { ServiceContext } from '../../app/context';
import { revokeAllSessions } from './auth.service';
import type { UserDoc } from './user.model';

type Deps = Pick<ServiceContext, 'database' | 'clock' | 'config' | 'events' | 'logger'>;

/** An erased person's account: no name, address or password, disabled, signed out everywhere. */
export async function eraseAccount(deps: Deps, user: Pick<UserDoc, '_id'>, now: Date): Promise<void> {
  await updateAlone(
    deps.database,
    deps.database.models.User,
    { _id: user._id },
    { $set: { name: 'Erased person', email: `erased-${String(user._id)}@invalid`, disabledAt: now } },
  );
  await deps.database.models.Credential.deleteOne({ _id: user._id });
  await revokeAllSessions(deps, user._id);
}

/** The invitations sent to an address go (an erased person's); how many there were. */
export async function deleteInvitationsTo(deps: Pick<Deps, 'database'>, email: string): Promise<number> {
  return (await deps.database.models.Invitation.deleteMany({ email })).deletedCount;
}
