import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/paths';

export const PORTAL_DIST = path.join(projectRoot, 'portal', 'dist');

/** `npm test` builds the portal in pretest; a lone `npx jest test/e2e` builds it when it is missing. */
export function ensurePortalBuilt(): void {
  if (fs.existsSync(path.join(PORTAL_DIST, 'index.html'))) return;
  execFileSync(path.join(projectRoot, 'node_modules', '.bin', 'vite'), ['build', '--config', 'portal/vite.config.mts', '--logLevel', 'warn'], {
    cwd: projectRoot,
    // Jest sets NODE_ENV=test, which would give React's development build (StrictMode then runs
    // each effect twice, and the page heading takes focus on the first page).
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
}
