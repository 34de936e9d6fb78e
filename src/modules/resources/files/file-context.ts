import type { Request } from 'express';
import { serviceContext, type AppDeps } from '../../../app/context';
import type { Viewer } from '../../../shared/access/roles';
import type { Ctx } from '../resources.service';

/** The service context of a file request, once its viewer is known. */
export const contextOf = (deps: AppDeps, req: Request, viewer: Viewer | null): Ctx =>
  serviceContext(deps, { id: String(req.id), logger: req.log, ip: req.ip ?? '', viewer });
