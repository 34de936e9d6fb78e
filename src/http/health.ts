import { Router } from 'express';
import type { AppDeps } from '../app/context';
import { latestHeartbeat } from '../modules/system/heartbeat.service';

/** `/healthz`: the process answers. `/readyz`: it can serve, i.e. the database answers now. */
export function healthRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const databaseUp = await deps.database.ping();
    const heartbeat = databaseUp ? await latestHeartbeat(deps).catch(() => null) : null;
    res
      .status(databaseUp ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({
        status: databaseUp ? 'ready' : 'unavailable',
        database: databaseUp ? 'up' : 'down',
        worker: heartbeat ? { lastBeatAt: heartbeat.beatAt.toISOString() } : null,
      });
  });
  return router;
}
