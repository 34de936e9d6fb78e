import { z } from 'zod';
import type { UserDoc } from './user.model';
import { updateAlone } from '../../db/document-lock';
import type { AppDeps } from '../../app/context';
import { createSecretariat } from '../organizations/secretariat';
import { BadUserInputError } from '../../shared/errors';
import { parseInput } from '../../shared/validation';
import { revokeAllSessions } from './auth.service';
import { passwordProblem } from './password-policy';
import { hashPassword } from './secrets';
import { emailSchema } from './users.validation';
import { storedSecretariat } from '../organizations/organizations.queries';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'config'>;

const adminInput = z.object({
  email: emailSchema,
  password: z.string(),
  name: z.string().trim().min(1, 'Give a name.').max(200),
});

/**
 * `npm run admin:create`: creates a Secretariat admin, or resets one (name, role, password,
 * re-enabled, every session revoked). Creates the Secretariat organisation first when there is none.
 */
export async function createOrResetSecretariatAdmin(deps: Deps, input: { email: string; password: string; name: string }) {
  const data = parseInput(adminInput, input);
  const problem = passwordProblem(data.password, data.email);
  if (problem) throw new BadUserInputError(problem, 'password');
  const { models } = deps.database;

  const secretariat = (await storedSecretariat(deps.database)) ?? (await createSecretariat(deps));
  const existing = await models.User.findOne({ email: data.email }).lean();
  const user = existing
    ? await updateAlone<UserDoc>(
        deps.database,
        models.User,
        { _id: existing._id },
        {
          $set: {
            name: data.name,
            role: 'SECRETARIAT_ADMIN',
            organizationId: secretariat._id,
            disabledAt: null,
            emailVerifiedAt: existing.emailVerifiedAt ?? deps.clock.now(),
          },
        },
      )
    : // The operator who runs admin:create vouches for the address.
      (
        await models.User.create({
          email: data.email,
          name: data.name,
          role: 'SECRETARIAT_ADMIN',
          organizationId: secretariat._id,
          emailVerifiedAt: deps.clock.now(),
        })
      ).toObject();
  if (!user) throw new Error('the user vanished while being reset');
  await models.Credential.updateOne({ _id: user._id }, { $set: { passwordHash: await hashPassword(data.password) } }, { upsert: true });
  if (existing) await revokeAllSessions(deps, user._id);
  return { user, created: !existing };
}
