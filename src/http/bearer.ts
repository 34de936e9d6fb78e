import type { RequestHandler, Response } from 'express';
import type { AppDeps } from '../app/context';
import type { Viewer } from '../shared/access/roles';
import { authenticate } from '../modules/users/auth.service';

export type SignedIn = { viewer: Viewer } | null;

/**
 * The one place a REST route learns who asks: the bearer token, checked like GraphQL's (an
 * invalid or revoked one is 401 through the error handler, no token is anonymous). Routes read
 * the answer with `signedInOf(res)`.
 */
export function bearer(deps: AppDeps): RequestHandler {
  return (req, res, next) => {
    authenticate(deps, req.headers.authorization).then((signedIn) => {
      res.locals.signedIn = signedIn;
      next();
    }, next);
  };
}

export function signedInOf(res: Response): SignedIn {
  return (res.locals.signedIn as SignedIn | undefined) ?? null;
}
