/**
 * What a find by `_id` costs on the database as the collection grows: the first document stored,
 * the last, and an id that is not there, at 5,000 and 50,000 documents (BENCH_POINT_SIZES). On
 * FerretDB 1.24 with SQLite the cost follows the document's position in storage (it walks until
 * it finds it); on MongoDB it is flat. Runnable alone: `npx tsx bench/point-reads.ts` (starts its
 * own FerretDB, or uses MONGODB_URI).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient, ObjectId } from 'mongodb';
import { ensureFerretdbBinary, startFerretdb, type FerretdbProcess } from '../src/db/ferretdb';
import { createLogger } from '../src/logger';

const SIZES = (process.env.BENCH_POINT_SIZES ?? '5000,50000').split(',').map(Number);
const READS = 5;

async function main() {
  let server: FerretdbProcess | undefined;
  let uri = process.env.MONGODB_URI;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exchange-point-reads-'));
  if (!uri) {
    const logger = createLogger('warn');
    server = await startFerretdb({ binary: await ensureFerretdbBinary(logger), dataDir: dir, logger });
    uri = server.uri;
  }
  const client = await MongoClient.connect(uri);
  const collection = client.db(`point_reads_${Date.now()}`).collection<{ _id: ObjectId; n: number; title: string }>('docs');
  const ids: ObjectId[] = [];
  const mean = async (id: ObjectId) => {
    const started = performance.now();
    for (let i = 0; i < READS; i++) await collection.findOne({ _id: id });
    return (performance.now() - started) / READS;
  };
  process.stdout.write('| documents | first stored (ms) | last stored (ms) | missing (ms) |\n| --- | --- | --- | --- |\n');
  try {
    for (const size of SIZES) {
      while (ids.length < size) {
        const batch = Array.from({ length: Math.min(1_000, size - ids.length) }, (_, i) => ({
          _id: new ObjectId(),
          n: ids.length + i,
          title: 'x'.repeat(200),
        }));
        await collection.insertMany(batch);
        ids.push(...batch.map((doc) => doc._id));
      }
      const row = [await mean(ids[0]!), await mean(ids[ids.length - 1]!), await mean(new ObjectId())].map((ms) => ms.toFixed(1));
      process.stdout.write(`| ${size.toLocaleString('en')} | ${row.join(' | ')} |\n`);
    }
  } finally {
    await collection.drop().catch(() => undefined);
    await client.close();
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
