// `npm run admin:create -- --email E --password P --name N`: creates or resets a Secretariat admin
// in the configured database (MONGODB_URI, or the embedded one under DATA_DIR).
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { systemClock } from '../src/clock';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/open';
import { createLogger } from '../src/logger';
import { createOrResetSecretariatAdmin } from '../src/modules/users/admin.service';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
    strict: true,
  });
  if (!values.email || !values.password || !values.name) {
    process.stderr.write('usage: npm run admin:create -- --email E --password P --name N\n');
    return 2;
  }
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn', { role: 'admin-create' });
  const { database, server } = await openDatabase(config, logger);
  try {
    const { user, created } = await createOrResetSecretariatAdmin(
      { database, clock: systemClock, config },
      { email: values.email, password: values.password, name: values.name },
    );
    process.stdout.write(`${created ? 'Created' : 'Reset'} Secretariat admin ${user.email} (${String(user._id)}).\n`);
    return 0;
  } catch (err) {
    if (err instanceof GraphQLError) {
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  } finally {
    await database.close();
    await server.embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
