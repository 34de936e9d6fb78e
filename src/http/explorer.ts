import fs from 'node:fs';
import path from 'node:path';
import { Router } from 'express';
import type { Logger } from '../logger';

/**
 * GraphiQL served from node_modules, so the explorer works offline and needs no CDN. The page's
 * own script is a file too, which keeps the Content-Security-Policy free of inline scripts.
 * graphiql and React are development dependencies: a production install (`--omit=dev`) has no
 * explorer, even with GRAPHQL_EXPLORER=true.
 */
const packageFile = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

function explorerAssets(): Map<string, string> | null {
  try {
    const assets = new Map<string, string>(
      Object.entries({
        'react.js': packageFile('react', 'umd/react.production.min.js'),
        'react-dom.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
        'graphiql.js': packageFile('graphiql', 'graphiql.min.js'),
        'graphiql.css': packageFile('graphiql', 'graphiql.min.css'),
      }),
    );
    return [...assets.values()].every((file) => fs.existsSync(file)) ? assets : null;
  } catch {
    return null;
  }
}

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>GraphQL explorer</title>
<link rel="stylesheet" href="/graphiql/assets/graphiql.css">
<style>html,body,#graphiql{height:100%;margin:0}</style>
</head>
<body>
<div id="graphiql">Loading the explorer…</div>
<script src="/graphiql/assets/react.js"></script>
<script src="/graphiql/assets/react-dom.js"></script>
<script src="/graphiql/assets/graphiql.js"></script>
<script src="/graphiql/assets/start.js"></script>
</body>
</html>`;

const start = `(function () {
  var fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultEditorToolsVisibility: true }));
})();`;

export function explorerRouter(logger: Logger): Router {
  const router = Router();
  const assets = explorerAssets();
  if (!assets) {
    logger.warn('GRAPHQL_EXPLORER is on, but graphiql (a development dependency) is not installed: no explorer at /graphiql');
    return router;
  }
  router.get('/graphiql', (_req, res) => {
    res
      .set('Content-Security-Policy', "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:")
      .type('html')
      .send(page);
  });
  router.get('/graphiql/assets/start.js', (_req, res) => {
    res.type('application/javascript').send(start);
  });
  router.get('/graphiql/assets/:name', (req, res, next) => {
    const file = assets.get(req.params.name);
    if (!file) return next();
    res.sendFile(file, { maxAge: '1d', immutable: true });
  });
  return router;
}
