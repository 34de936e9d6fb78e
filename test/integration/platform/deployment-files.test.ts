import { startFlags } from '../../../bench/start-flags';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';
import { loadConfig } from '../../../src/config';
import { composeConfigCommand } from '../../helpers/compose-config';

// What can be checked of the deployment files without a Docker engine: the compose file parses and
// wires each profile together (and `compose config` accepts it), every variable it sets is one the service reads (and the whole
// environment passes loadConfig), and the image runs files the TypeScript build really produces.

const root = path.resolve(__dirname, '../../..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

// ---- docker-compose.yml ----

type Healthcheck = { test?: string | string[]; disable?: boolean };
interface Service {
  image?: string;
  build?: unknown;
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: unknown[];
  volumes?: (string | { type?: string; source?: string; target?: string })[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: Healthcheck;
  restart?: string;
  profiles?: string[];
}
interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

// `merge`: the file shares settings through YAML anchors and `<<` keys, as compose reads them.
const compose = parseYaml(read('docker-compose.yml'), { merge: true }) as Compose;

/** Compose's own interpolation, for an empty shell environment: ${VAR:-default}, ${VAR-default}, ${VAR}, $$. */
/** Compose interpolation: `${X:-default}` gives the default; `${X:?message}` (the operator must set X) a stand-in. */
function interpolate(value: string): string {
  return value.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (match, name, operator, word) => {
    if (match === '$$') return '$';
    if (operator === '?') return `operator-set-${String(name)}`.padEnd(40, '-');
    return operator === '-' ? String(word) : '';
  });
}

function environmentOf(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  const entries = Array.isArray(env)
    ? env.map((item) => {
        const at = item.indexOf('=');
        return at < 0 ? [item, ''] : [item.slice(0, at), item.slice(at + 1)];
      })
    : Object.entries(env).map(([name, value]) => [name, value === null ? '' : String(value)]);
  return Object.fromEntries(entries.map(([name, value]) => [name, interpolate(value!)]));
}

function commandOf(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : value.trim().split(/\s+/);
}

function healthcheckCommand(check: Healthcheck | undefined): string {
  const test = check?.test;
  if (test === undefined) return '';
  return Array.isArray(test) ? test.slice(1).join(' ') : test;
}

/** The variable names src/config.ts reads: the keys of its zod environment object. */
function configVariableNames(): Set<string> {
  const source = read('src/config.ts');
  const body = source.slice(source.indexOf('z.object({'), source.indexOf('});', source.indexOf('z.object({')));
  const names = [...body.matchAll(/^\s*([A-Z][A-Z0-9_]*)\s*:/gm)].map((m) => m[1]!);
  return new Set(names);
}

// ---- Dockerfile ----

interface Instruction {
  keyword: string;
  args: string;
}

function parseDockerfile(text: string): Instruction[] {
  const logical: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#') || (line === '' && pending === '')) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1).trim()} `;
      continue;
    }
    logical.push(pending + line);
    pending = '';
  }
  if (pending) logical.push(pending);
  return logical
    .filter((line) => line !== '')
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/);
      return { keyword: keyword!.toUpperCase(), args: rest.join(' ') };
    });
}

/** Each FROM starts a stage; ARGs before the first FROM are substituted into FROM lines. */
function stagesOf(instructions: Instruction[]) {
  const globalArgs: Record<string, string> = {};
  const stages: { from: string; name?: string; instructions: Instruction[] }[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const [image, as, name] = instruction.args.replace(/\$\{(\w+)\}|\$(\w+)/g, (_m, a, b) => globalArgs[a ?? b] ?? '').split(/\s+/);
      stages.push({ from: image!, name: as?.toUpperCase() === 'AS' ? name : undefined, instructions: [] });
    } else if (stages.length === 0 && instruction.keyword === 'ARG') {
      const [name, value = ''] = instruction.args.split('=');
      globalArgs[name!] = value;
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return stages;
}

const execForm = (args: string): string[] => JSON.parse(args) as string[];

const dockerStages = stagesOf(parseDockerfile(read('Dockerfile')));
const runtime = dockerStages.at(-1)!;
const buildStage = dockerStages.find((stage) => stage.name === 'build');
const runtimeOf = (keyword: string) => runtime.instructions.filter((i) => i.keyword === keyword);

/** The files `tsc -p tsconfig.build.json` emits, relative to the project root. */
function buildOutputs(): Set<string> {
  const configPath = path.join(root, 'tsconfig.build.json');
  const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configPath);
  const { outDir, rootDir } = parsed.options;
  if (!outDir || !rootDir) throw new Error('tsconfig.build.json must set outDir and rootDir');
  return new Set(
    parsed.fileNames
      .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
      .map((file) => path.relative(root, path.join(outDir, path.relative(rootDir, file))).replace(/\.tsx?$/, '.js'))
      .map((file) => file.split(path.sep).join('/')),
  );
}

// ---- .dockerignore ----

const dockerignore = read('.dockerignore')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));

/** Good enough for the plain patterns used here: a name, a path, or a trailing `*` glob. */
function ignored(file: string): boolean {
  let result = false;
  for (const raw of dockerignore) {
    const negated = raw.startsWith('!');
    const pattern = (negated ? raw.slice(1) : raw).replace(/^\/+|\/+$/g, '');
    const regex = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}(/.*)?$`);
    if (regex.test(file)) result = !negated;
  }
  return result;
}

const PROFILES = { default: [] as string[], 'replica-set-3': ['replica-set-3'], ferretdb: ['ferretdb'] };

/** The services `docker compose --profile …` enables: those without profiles and those of the given ones. */
function servicesOf(profiles: string[]): string[] {
  return Object.entries(compose.services)
    .filter(([, service]) => !service.profiles || service.profiles.some((p) => profiles.includes(p)))
    .map(([name]) => name)
    .sort();
}

const dependenciesOf = (service: Service) => (Array.isArray(service.depends_on) ? service.depends_on : Object.keys(service.depends_on ?? {}));
const mountsOf = (service: Service) => (service.volumes ?? []).map((v) => (typeof v === 'string' ? { source: v.split(':')[0], target: v.split(':')[1] } : v));
const APP_SERVICES = ['api', 'worker', 'api-ferretdb', 'worker-ferretdb'];

describe('docker-compose.yml', () => {
  const { services } = compose;

  it('runs mongo, api and worker by default; three MongoDB nodes with replica-set-3; FerretDB on PostgreSQL with ferretdb', () => {
    expect(servicesOf(PROFILES.default)).toEqual(['api', 'mongo', 'worker']);
    expect(servicesOf(PROFILES['replica-set-3'])).toEqual(['api', 'mongo', 'mongo-2', 'mongo-3', 'mongo-join', 'worker']);
    expect(servicesOf(PROFILES.ferretdb)).toEqual(['api', 'api-ferretdb', 'ferretdb', 'mongo', 'postgres', 'worker', 'worker-ferretdb']);
  });

  it('every dependency of a service is enabled wherever the service is, and the open stack needs no MongoDB', () => {
    for (const profiles of Object.values(PROFILES)) {
      const enabled = servicesOf(profiles);
      for (const name of enabled) {
        for (const dependency of dependenciesOf(services[name]!))
          expect({ profiles, name, dependency, enabled: enabled.includes(dependency) }).toEqual({ profiles, name, dependency, enabled: true });
      }
    }
    // `docker compose --profile ferretdb up api-ferretdb worker-ferretdb` starts these and their dependencies only.
    const closure = new Set<string>();
    const visit = (name: string) => {
      if (closure.has(name)) return;
      closure.add(name);
      dependenciesOf(services[name]!).forEach(visit);
    };
    ['api-ferretdb', 'worker-ferretdb'].forEach(visit);
    expect([...closure].sort()).toEqual(['api-ferretdb', 'ferretdb', 'postgres', 'worker-ferretdb']);
  });

  it('MongoDB is a replica set rs0 that its own health check initiates, with the api and worker URIs naming it', () => {
    const mongoNodes = ['mongo', 'mongo-2', 'mongo-3'];
    for (const name of mongoNodes) {
      expect(services[name]!.image).toMatch(/^mongo:\d+/);
      expect(commandOf(services[name]!.command)).toEqual(['mongod', '--replSet', 'rs0', '--bind_ip_all']);
      const data = mountsOf(services[name]!).find((m) => m.target === '/data/db');
      expect(Object.keys(compose.volumes ?? {})).toContain(data?.source);
    }
    expect(new Set(mongoNodes.map((name) => mountsOf(services[name]!)[0]!.source)).size).toBe(3);
    const init = healthcheckCommand(services.mongo!.healthcheck);
    expect(init).toMatch(/^mongosh /);
    expect(init).toContain("rs.initiate({ _id: 'rs0', members: [{ _id: 0, host: 'mongo:27017' }] })");
    expect(init).toMatch(/quit\(.*isWritablePrimary/);
    // The profile's one-shot service joins the other two nodes, by the names compose gives them.
    const join = commandOf(services['mongo-join']!.command).join(' ');
    expect(join).toMatch(/^mongosh --quiet --host mongo --eval /);
    for (const host of ['mongo-2:27017', 'mongo-3:27017']) expect(join).toContain(`'${host}'`);
    expect(join).toContain('rs.add(host)');
    expect(services['mongo-join']!.restart).toBe('no');
    for (const name of ['api', 'worker']) {
      const uri = new URL(environmentOf(services[name]!).MONGODB_URI!);
      expect({ name, host: uri.host, replicaSet: uri.searchParams.get('replicaSet') }).toEqual({ name, host: 'mongo:27017', replicaSet: 'rs0' });
    }
  });

  it('the ferretdb profile runs FerretDB 1.24 on the PostgreSQL service, and its api and worker use it', () => {
    expect(services.ferretdb!.image).toMatch(/^ghcr\.io\/ferretdb\/ferretdb:1\.24\.\d+$/);
    expect(services.postgres!.image).toMatch(/^postgres:\d+$/);
    const postgres = environmentOf(services.postgres!);
    const backend = new URL(environmentOf(services.ferretdb!).FERRETDB_POSTGRESQL_URL!);
    expect(backend.protocol).toBe('postgres:');
    expect(backend.host).toBe('postgres:5432');
    expect(backend.pathname).toBe(`/${postgres.POSTGRES_DB}`);
    expect(backend.username).toBe(postgres.POSTGRES_USER);
    expect(services.ferretdb!.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(healthcheckCommand(services.postgres!.healthcheck)).toMatch(/^pg_isready\b/);
    expect(Object.keys(compose.volumes ?? {})).toContain(mountsOf(services.postgres!).find((m) => m.target === '/var/lib/postgresql/data')?.source);
    for (const name of ['api-ferretdb', 'worker-ferretdb']) {
      expect(new URL(environmentOf(services[name]!).MONGODB_URI!).host).toBe('ferretdb:27017');
      expect(services[name]!.depends_on).toEqual({ ferretdb: { condition: 'service_healthy' } });
    }
  });

  it('has health checks the images can run (no curl or wget); api checks /readyz', () => {
    for (const name of ['api', 'api-ferretdb']) {
      expect(healthcheckCommand(services[name]!.healthcheck)).toMatch(/^node -e .*fetch\('http:\/\/127\.0\.0\.1:4000\/readyz'\)/);
    }
    for (const service of Object.values(services)) {
      expect(healthcheckCommand(service.healthcheck)).not.toMatch(/\b(curl|wget)\b/);
    }
  });

  it('starts api and worker only once their database is healthy, and restarts them', () => {
    for (const [name, database] of [
      ['api', 'mongo'],
      ['worker', 'mongo'],
      ['api-ferretdb', 'ferretdb'],
      ['worker-ferretdb', 'ferretdb'],
    ] as const) {
      const service = services[name]!;
      expect(service.depends_on).toEqual({ [database]: { condition: 'service_healthy' } });
      expect(service.restart).toBe('unless-stopped');
      expect(service.build).toBeDefined();
      expect(service.image).toBe(services.api!.image);
    }
    expect(services.api!.ports).toEqual(['4000:4000']);
  });

  it('the workers do not inherit the api health check: they have no HTTP server', () => {
    for (const name of ['worker', 'worker-ferretdb']) {
      const check = services[name]!.healthcheck;
      expect(check?.disable === true || !/healthz|readyz|:4000/.test(healthcheckCommand(check))).toBe(true);
      expect(commandOf(services[name]!.command)).toEqual(['node', 'dist/jobs/worker.js']);
    }
  });

  it('sets only variables that src/config.ts reads', () => {
    const known = configVariableNames();
    expect(known.has('MONGODB_URI')).toBe(true);
    for (const name of APP_SERVICES) {
      const unknown = Object.keys(environmentOf(services[name]!)).filter((variable) => !known.has(variable));
      expect({ service: name, unknown }).toEqual({ service: name, unknown: [] });
    }
  });

  it('gives each api a configuration loadConfig accepts: production, external database, no worker', () => {
    expect(loadConfig(environmentOf(services.api!))).toMatchObject({
      env: 'production',
      host: '0.0.0.0',
      port: 4000,
      publicUrl: 'http://localhost:4000',
      mongodbUri: 'mongodb://mongo:27017/?replicaSet=rs0',
      mongodbDbName: 'exchange',
      runWorker: false,
    });
    expect(loadConfig(environmentOf(services['api-ferretdb']!))).toMatchObject({
      env: 'production',
      mongodbUri: 'mongodb://ferretdb:27017/',
      runWorker: false,
    });
  });

  it('gives each worker a configuration loadConfig accepts, on its api’s database, with jobs on', () => {
    for (const [workerName, apiName] of [
      ['worker', 'api'],
      ['worker-ferretdb', 'api-ferretdb'],
    ] as const) {
      const worker = loadConfig(environmentOf(services[workerName]!));
      const api = loadConfig(environmentOf(services[apiName]!));
      expect(worker.env).toBe('production');
      expect(worker.mongodbUri).toBe(api.mongodbUri);
      expect(worker.mongodbDbName).toBe(api.mongodbDbName);
      // RUN_WORKER=false would make `node dist/jobs/worker.js` start and do nothing.
      expect(worker.runWorker).toBe(true);
    }
  });

  // The compose tool's own validation of each profile (schema, interpolation, references): the
  // machine's compose CLI, or the same library built with Go (test/helpers/compose-config.ts).
  // Skipped only where there is neither, unless REQUIRE_COMPOSE_CLI=1 makes that a failure.
  const validator = composeConfigCommand();
  const withValidator = validator || process.env.REQUIRE_COMPOSE_CLI === '1' ? it : it.skip;
  const composeFile = path.join(root, 'docker-compose.yml');
  withValidator.each(Object.entries(PROFILES))('`compose config` accepts the %s profile', (_name, profiles) => {
    expect(validator).not.toBeNull();
    const result = spawnSync(validator!.command, validator!.args(composeFile, profiles), {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LINK_SIGNING_SECRET: 'x'.repeat(40), POSTGRES_PASSWORD: 'compose-config-check' },
    });
    expect({ status: result.status, stderr: result.stderr.trim() }).toEqual({ status: 0, stderr: '' });
  });

  withValidator('`compose config` refuses the file without LINK_SIGNING_SECRET (so the check above can fail)', () => {
    const result = spawnSync(validator!.command, validator!.args(composeFile, []), {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('LINK_SIGNING_SECRET');
  });

  withValidator('`compose config` refuses a service that depends on one its profile does not enable', () => {
    const broken = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'compose-')), 'docker-compose.yml');
    const withBadDependency = { ...compose, services: { ...compose.services, api: { ...compose.services.api, depends_on: ['postgres'] } } };
    fs.writeFileSync(broken, JSON.stringify(withBadDependency));
    const result = spawnSync(validator!.command, validator!.args(broken, []), {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LINK_SIGNING_SECRET: 'x'.repeat(40), POSTGRES_PASSWORD: 'p' },
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('postgres');
  });
});

describe('Dockerfile', () => {
  it('builds in one stage and runs on the tested Node major (24) slim image in another, installing exactly what the lock pins', () => {
    expect(dockerStages.length).toBeGreaterThanOrEqual(2);
    for (const stage of dockerStages) expect(stage.from).toMatch(/^node:24-bookworm-slim$/);
    expect(buildStage).toBeDefined();
    const buildRuns = buildStage!.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args);
    expect(buildRuns).toEqual(expect.arrayContaining([expect.stringMatching(/^npm ci\b/), 'npm run build']));
  });

  it('installs production dependencies only at run time, with no lifecycle script of ours to run', () => {
    const runs = runtimeOf('RUN').map((i) => i.args);
    expect(runs).toEqual([expect.stringMatching(/^npm ci --omit=dev\b/)]);
    const scripts = (JSON.parse(read('package.json')) as { scripts?: Record<string, string> }).scripts ?? {};
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(scripts[hook]).toBeUndefined();
  });

  it('ships package.json, dist/ and schema/ (read at run time), runs as node in production', () => {
    const copies = runtimeOf('COPY').map((i) => i.args);
    expect(copies).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^package\.json\b/),
        '--from=build /app/dist ./dist',
        '--from=build /app/schema ./schema',
        '--from=build /app/portal/dist ./portal/dist',
      ]),
    );
    expect(fs.readdirSync(path.join(root, 'schema')).some((f) => f.endsWith('.graphql'))).toBe(true);
    expect(runtimeOf('USER').map((i) => i.args)).toEqual(['node']);
    const env = runtimeOf('ENV')
      .map((i) => i.args)
      .join(' ');
    expect(env).toMatch(/\bNODE_ENV=production\b/);
    expect(env).toMatch(/\bHOST=0\.0\.0\.0\b/);
    // Node's own variable apart, every variable set is one the config reads.
    const known = new Set([...configVariableNames(), 'NODE_OPTIONS']);
    for (const [, name] of env.matchAll(/([A-Z][A-Z0-9_]*)=/g)) expect(known.has(name!)).toBe(true);
    // The image runs node with the flags `npm start` gives it (the young generation's limit), as the bench does.
    expect(env).toContain(`NODE_OPTIONS=${startFlags().join(' ')}`);
    expect(startFlags()).toEqual(['--max-semi-space-size=16']);
    const worker = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts.worker;
    expect(worker).toContain(`node ${startFlags().join(' ')} dist/jobs/worker.js`);
    expect(runtimeOf('EXPOSE').map((i) => i.args)).toEqual(['4000']);
  });

  it('checks /healthz with node (slim images have no curl)', () => {
    const [check] = runtimeOf('HEALTHCHECK');
    expect(check).toBeDefined();
    const command = execForm(check!.args.slice(check!.args.indexOf('CMD ') + 4));
    expect(command.slice(0, 2)).toEqual(['node', '-e']);
    expect(command[2]).toContain("fetch('http://127.0.0.1:4000/healthz')");
  });

  it('runs files the TypeScript build produces: dist/src/main.js (api) and dist/jobs/worker.js (worker)', () => {
    const outputs = buildOutputs();
    const [cmd] = runtimeOf('CMD');
    const apiCommand = execForm(cmd!.args);
    expect(apiCommand).toEqual(['node', 'dist/src/main.js']);
    const workerCommand = commandOf(compose.services.worker!.command);
    expect(workerCommand).toEqual(['node', 'dist/jobs/worker.js']);
    for (const entry of [apiCommand[1]!, workerCommand[1]!]) expect(outputs).toContain(entry);
  });

  it('copies into the build everything tsconfig.build.json compiles for the two entry points', () => {
    const copied = (buildStage?.instructions ?? [])
      .filter((i) => i.keyword === 'COPY' && !i.args.startsWith('--from'))
      .flatMap((i) => i.args.split(/\s+/).slice(0, -1))
      .map((source) => source.replace(/^\.\/|\/$/g, ''));
    for (const needed of ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'codegen.ts', 'schema', 'src', 'jobs', 'portal']) {
      expect(copied).toContain(needed);
    }
    for (const source of copied) {
      expect(fs.existsSync(path.join(root, source))).toBe(true);
      expect({ source, ignored: ignored(source) }).toEqual({ source, ignored: false });
    }
  });
});

describe('.dockerignore', () => {
  it('keeps host builds, dependencies, data and history out of the build context', () => {
    for (const entry of ['node_modules', 'dist', '.data', '.git', '.scratch', 'coverage', 'test-results', '.env']) {
      expect({ entry, ignored: ignored(entry) }).toEqual({ entry, ignored: true });
    }
    expect(ignored('src/main.ts')).toBe(false);
    expect(ignored('schema/base.graphql')).toBe(false);
  });
});
