import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { MongoMemoryReplSet } from 'mongodb-memory-server-core';
import type { Logger } from '../logger';
import type { EmbeddedServer } from './resolve-uri';

export const EMBEDDED_REPLICA_SET = 'rs0';

/**
 * A real mongod as a replica set of one (so retryable writes, change streams and Agenda behave as
 * in production), keeping its files in `dataDir` so a restart keeps the data. The member's
 * address is part of the stored replica-set configuration, so the port chosen on the first start
 * is kept in `dataDir/port` and used again.
 */
export async function startMongod(options: { binary: string; dataDir: string; logger: Logger }): Promise<EmbeddedServer> {
  const dbPath = path.join(options.dataDir, 'db');
  fs.mkdirSync(dbPath, { recursive: true, mode: 0o700 });
  const port = await rememberedPort(path.join(options.dataDir, 'port'));
  const replSet = new MongoMemoryReplSet({
    binary: { systemBinary: options.binary },
    replSet: { count: 1, name: EMBEDDED_REPLICA_SET, storageEngine: 'wiredTiger' },
    instanceOpts: [{ dbPath, port, storageEngine: 'wiredTiger' }],
  });
  try {
    await replSet.start();
  } catch (err) {
    await replSet.stop({ doCleanup: false }).catch(() => undefined);
    throw new Error(`mongod did not start on 127.0.0.1:${port} with data in ${dbPath}: ${(err as Error).message}`);
  }
  const mongod = replSet.servers[0]!.instanceInfo!.instance.mongodProcess!;
  const exited = new Promise<number | null>((resolve) => {
    if (mongod.exitCode !== null) resolve(mongod.exitCode);
    else mongod.once('exit', (code) => resolve(code));
  });
  return {
    kind: 'mongodb',
    uri: replSet.getUri(),
    pid: mongod.pid!,
    exited,
    async stop() {
      // Never clean up: the data directory is the user's data.
      await replSet.stop({ doCleanup: false, force: false });
    },
  };
}

async function rememberedPort(file: string): Promise<number> {
  const stored = fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8').trim()) : NaN;
  if (Number.isInteger(stored) && stored > 0 && stored < 65_536) return stored;
  const port = await freeLoopbackPort();
  fs.writeFileSync(file, `${port}\n`);
  return port;
}

function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
