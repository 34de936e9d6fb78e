import { ForbiddenError, UnauthenticatedError } from '../errors';
import type { Viewer } from './roles';

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}

/** Throws FORBIDDEN unless `allowed` holds for a signed-in viewer. */
export function authorize(viewer: Viewer | null, allowed: (viewer: Viewer) => boolean, message?: string): Viewer {
  const signedIn = requireViewer(viewer);
  if (!allowed(signedIn)) throw new ForbiddenError(message);
  return signedIn;
}
