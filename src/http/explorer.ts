import fs from 'node:fs';
import path from 'node:path';
import { Router } from 'express';
import type { Logger } from '../logger';
import { projectRoot } from '../paths';

/**
 * GraphiQL (React 19), bundled at build time by `npm run explorer:build` (explorer/), served from
 * this server: it works offline and needs no CDN, and its scripts are files, which keeps the
 * Content-Security-Policy free of inline scripts. A production build does not make it, and
 * graphiql and React are development dependencies: production has no explorer, even with
 * GRAPHQL_EXPLORER=true.
 */
const explorerDir = path.join(projectRoot, 'explorer', 'dist');

function builtExplorer(): { page: string; assets: Map<string, string> } | null {
  const pageFile = path.join(explorerDir, 'index.html');
  const assetsDir = path.join(explorerDir, 'assets');
  if (!fs.existsSync(pageFile) || !fs.existsSync(assetsDir)) return null;
  // Only the files of the build, by exact name: nothing else under the folder is reachable.
  const assets = new Map(fs.readdirSync(assetsDir).map((name) => [name, path.join(assetsDir, name)]));
  return { page: fs.readFileSync(pageFile, 'utf8'), assets };
}

export function explorerRouter(logger: Logger): Router {
  const router = Router();
  const built = builtExplorer();
  if (!built) {
    logger.warn('GRAPHQL_EXPLORER is on, but the explorer is not built (npm run explorer:build, a development step): no explorer at /graphiql');
    return router;
  }
  router.get('/graphiql', (_req, res) => {
    res
      .set('Content-Security-Policy', "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:")
      .type('html')
      .send(built.page);
  });
  router.get('/graphiql/assets/:name', (req, res, next) => {
    const file = built.assets.get(req.params.name);
    if (!file) return next();
    res.sendFile(file, { maxAge: '1d', immutable: true });
  });
  return router;
}
