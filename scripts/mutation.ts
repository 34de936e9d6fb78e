// `npm run mutation`: StrykerJS on one target of stryker.config.mjs (MUTATION_TARGET, default
// `policies`), against one FerretDB started here for the whole run (or MONGODB_URI), so each
// mutant's Jest run skips starting its own.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureFerretdbBinary, startFerretdb } from '../src/db/ferretdb';
import { createLogger } from '../src/logger';

async function main(): Promise<number> {
  const logger = createLogger('warn', { role: 'mutation-db' });
  let stop = async () => {};
  if (!process.env.MONGODB_URI) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exchange-mutation-db-'));
    const server = await startFerretdb({ binary: await ensureFerretdbBinary(logger), dataDir: dir, logger });
    process.env.MONGODB_URI = server.uri;
    stop = async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  const stryker = spawn(
    process.execPath,
    [path.join(path.dirname(require.resolve('@stryker-mutator/core/package.json')), 'bin', 'stryker.js'), 'run', ...process.argv.slice(2)],
    { stdio: 'inherit', env: process.env },
  );
  const code = await new Promise<number>((resolve) => stryker.once('exit', (exitCode) => resolve(exitCode ?? 1)));
  await stop();
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
