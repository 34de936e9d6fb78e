// `npm run seed`: puts the demo network into the configured database (also one given by
// MONGODB_URI) and prints the demo sign-ins. Safe to run twice: it adds only what is missing.
import { systemClock } from '../src/clock';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/open';
import { createLogger } from '../src/logger';
import { describeCredentials, seedDemoData } from '../src/seed/demo-seed';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn', { role: 'seed' });
  const { database, server } = await openDatabase(config, logger);
  try {
    const credentials = await seedDemoData({ database, clock: systemClock, config, logger });
    process.stdout.write(describeCredentials(credentials));
  } finally {
    await database.close();
    await server.embedded?.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
