import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureFerretdbBinary, startFerretdb, type FerretdbProcess } from '../src/db/ferretdb';
import { createLogger } from '../src/logger';
import { chromiumExecutable } from './helpers/chromium';

declare global {
  // eslint-disable-next-line no-var
  var __TEST_DB__: { server?: FerretdbProcess; dir?: string } | undefined;
}

/**
 * One database server for the whole run: MONGODB_URI when given (e.g. a real MongoDB), else a
 * FerretDB 1.24 (SQLite) in a temporary directory. Each test file then uses its own database.
 */
export default async function globalSetup(): Promise<void> {
  // Which Node ran the suite (on Linux, npm scripts run node_modules/.bin/node: tools/node-runtime).
  console.log(`\nTests run on Node ${process.version} (${process.execPath})`);
  // Unpacked once here, before the workers start: two browser test files starting together on a
  // fresh clone would otherwise each unpack it, and one could start Chromium from the other's file
  // while it is still being written.
  // Where no browser is found, the browser tests say so themselves.
  await chromiumExecutable().catch(() => undefined);
  if (process.env.MONGODB_URI) {
    process.env.TEST_MONGODB_URI = process.env.MONGODB_URI;
    globalThis.__TEST_DB__ = {};
    return;
  }
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'warn', { role: 'test-db' });
  const binary = await ensureFerretdbBinary(logger, process.env.FERRETDB_BIN || undefined);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exchange-test-db-'));
  const server = await startFerretdb({ binary, dataDir: dir, logger });
  process.env.TEST_MONGODB_URI = server.uri;
  process.env.FERRETDB_BIN_RESOLVED = binary;
  globalThis.__TEST_DB__ = { server, dir };
}
