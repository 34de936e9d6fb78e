// `npm run db:install`: builds the embedded FerretDB ahead of its first use (npm start and
// npm test do this on their own when needed). Prints the binary's path.
import { loadConfig } from '../src/config';
import { ensureFerretdbBinary } from '../src/db/ferretdb';
import { createLogger } from '../src/logger';

const config = loadConfig();
ensureFerretdbBinary(createLogger('info'), config.ferretdbBin)
  .then((binary) => process.stdout.write(`${binary}\n`))
  .catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
