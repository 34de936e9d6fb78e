import { connectDatabase, type Database } from '../../../src/db/database';
import { startTestApp, type TestApp } from '../../helpers/app';
import { createTestDatabase, dropTestDatabase, testServerUri } from '../../helpers/database';
import { operation } from '../../gql';
import { errorCodes, graphql } from '../../helpers/graphql';
import { exitOf, spawnEntry } from '../../helpers/processes';
import { signInAs } from '../../helpers/fixtures';

const adminCreate = (dbName: string, args: string[]) =>
  exitOf(spawnEntry('scripts/admin-create.ts', args, { MONGODB_URI: testServerUri(), MONGODB_DB_NAME: dbName }));

// `npm run admin:create -- --email E --password P --name N`, as an operator runs it.
describe('admin:create', () => {
  let database: Database;
  let app: TestApp;
  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(database);
  });
  afterAll(async () => {
    await app.close();
    await dropTestDatabase(database);
  });

  it('creates the Secretariat and an admin who can sign in; a second run resets the password and revokes sessions', async () => {
    const dbName = database.db.databaseName;
    const created = await adminCreate(dbName, [
      '--email',
      'Head@Secretariat.example.org',
      '--password',
      'first long passphrase',
      '--name',
      'Head of Programmes',
    ]);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^Created Secretariat admin head@secretariat\.example\.org/);

    const token = await signInAs(app.url, 'head@secretariat.example.org', 'first long passphrase');
    const me = await graphql(app.url, operation(`query AdminCreateMyRole { me { role organization { kind } } }`), undefined, { token });
    expect(me.data?.me).toEqual({ role: 'SECRETARIAT_ADMIN', organization: { kind: 'SECRETARIAT' } });

    const reset = await adminCreate(dbName, [
      '--email',
      'head@secretariat.example.org',
      '--password',
      'second long passphrase',
      '--name',
      'Head of Programmes',
    ]);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toMatch(/^Reset Secretariat admin/);
    expect(errorCodes(await graphql(app.url, operation(`query AdminCreateMe { me { id } }`), undefined, { token }))).toEqual(['UNAUTHENTICATED']);
    await expect(signInAs(app.url, 'head@secretariat.example.org', 'second long passphrase')).resolves.toMatch(/^exs_/);

    const check = await connectDatabase({ uri: testServerUri(), dbName, logger: app.deps.logger });
    try {
      expect(await check.models.Organization.countDocuments({ kind: 'SECRETARIAT' })).toBe(1);
      expect(await check.models.User.countDocuments({})).toBe(1);
    } finally {
      await check.close();
    }
  }, 60_000);

  it('refuses a weak password and missing arguments without storing anything', async () => {
    const dbName = database.db.databaseName;
    const weak = await adminCreate(dbName, ['--email', 'weak@example.org', '--password', 'short', '--name', 'W']);
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/at least 10 characters/);
    const missing = await adminCreate(dbName, ['--email', 'x@example.org']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/usage: npm run admin:create/);
    expect(await database.models.User.countDocuments({ email: { $in: ['weak@example.org', 'x@example.org'] } })).toBe(0);
  }, 60_000);
});
