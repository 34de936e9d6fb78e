import { Types } from 'mongoose';
import { BadUserInputError, UnauthenticatedError } from '../../shared/errors';
import type { AppDeps } from '../../app/context';
import type { Viewer } from '../../shared/access/roles';
import { newToken, tokenHash, verifyPassword } from './secrets';
import { SignInLimiter } from './sign-in-limiter';
import { signInSchema } from './users.validation';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'config'>;

const TOKEN_PREFIX = 'exs';
const WRONG_CREDENTIALS = 'The email or password is incorrect.';

/** A token was presented but does not (or no longer) open a session: answered with HTTP 401. */
export class InvalidSessionError extends UnauthenticatedError {
  constructor() {
    super('Your session has expired or was revoked. Sign in again.');
  }
}

export async function signIn(deps: Deps & { ip: string }, input: { email: string; password: string }) {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) throw new BadUserInputError(WRONG_CREDENTIALS);
  const { email, password } = parsed.data;
  const now = deps.clock.now();
  const { database } = deps;

  const limiter = new SignInLimiter(database.db, { email, ip: deps.ip, now, limit: deps.config.signInAttemptsPerWindow });
  await limiter.take();
  const user = await database.models.User.findOne({ email }).lean();
  const credential = user ? await database.models.Credential.findById(user._id).lean() : null;
  const passwordOk = await verifyPassword(credential?.passwordHash ?? null, password);
  // One answer for unknown email, wrong password and disabled account: nothing to enumerate.
  if (!user || !passwordOk || user.disabledAt) {
    await limiter.failed();
    throw new BadUserInputError(WRONG_CREDENTIALS);
  }
  await limiter.succeeded();
  return { ...(await startSession(deps, user._id)), user };
}

/** A new session for the user: the bearer token is returned once and only its hash is stored. */
export async function startSession(deps: Deps, userId: Types.ObjectId): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken(TOKEN_PREFIX);
  const expiresAt = new Date(deps.clock.now().getTime() + deps.config.sessionTtlMs);
  await deps.database.models.Session.create({ _id: tokenHash(token), userId, expiresAt });
  return { token, expiresAt };
}

export async function signOut(deps: Deps, viewer: Viewer | null): Promise<boolean> {
  if (!viewer) return false;
  const result = await deps.database.models.Session.updateOne({ _id: viewer.sessionId, revokedAt: null }, { $set: { revokedAt: deps.clock.now() } });
  return result.modifiedCount === 1;
}

export async function revokeAllSessions(deps: Deps, userId: Types.ObjectId | string): Promise<void> {
  await deps.database.models.Session.updateMany({ userId: new Types.ObjectId(userId), revokedAt: null }, { $set: { revokedAt: deps.clock.now() } });
}

/**
 * Reads `Authorization: Bearer <token>`: null when absent; InvalidSessionError when it opens
 * nothing. The sessions and accounts come from memory, proven current by the change log
 * (access.reads.ts): a sign-out or a disabled account anywhere is refused by the very next request.
 */
export async function authenticate(
  deps: Pick<AppDeps, 'clock' | 'sessions' | 'accounts'>,
  authorization: string | undefined,
): Promise<{ viewer: Viewer } | null> {
  if (!authorization) return null;
  const match = /^Bearer ([A-Za-z0-9_-]{10,100})$/.exec(authorization.trim());
  if (!match) throw new InvalidSessionError();
  const [sessions, accounts] = await Promise.all([deps.sessions.current(), deps.accounts.current()]);
  const sessionId = tokenHash(match[1]!);
  const userId = sessions.userOf(sessionId, deps.clock.now());
  if (!userId) throw new InvalidSessionError();
  const account = accounts.get(userId);
  // A disabled user's sessions are revoked too; this check also covers a crash between the two writes.
  if (!account || account.disabled) throw new InvalidSessionError();
  return { viewer: { userId, role: account.role, organizationId: account.organizationId, sessionId } };
}
