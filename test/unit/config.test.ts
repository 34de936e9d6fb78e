import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';

describe('configuration from the environment', () => {
  it('has safe defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      host: '127.0.0.1',
      port: 4000,
      mongodbUri: undefined,
      mongodbDbName: 'exchange',
      dataDir: path.resolve('.data'),
      runWorker: true,
      graphql: { introspection: true, explorer: true },
    });
  });

  const linkSecret = 'x'.repeat(40);

  it('turns introspection and the explorer off in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production', LINK_SIGNING_SECRET: linkSecret }).graphql).toMatchObject({ introspection: false, explorer: false });
    expect(loadConfig({ NODE_ENV: 'production', LINK_SIGNING_SECRET: linkSecret, GRAPHQL_INTROSPECTION: 'true' }).graphql.introspection).toBe(true);
  });

  it('needs LINK_SIGNING_SECRET in production, and makes a random one per process elsewhere', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(expect.objectContaining({ issues: [expect.stringContaining('LINK_SIGNING_SECRET:')] }));
    expect(() => loadConfig({ LINK_SIGNING_SECRET: 'short' })).toThrow(ConfigError);
    expect(loadConfig({ NODE_ENV: 'production', LINK_SIGNING_SECRET: linkSecret }).files).toEqual({
      maxBytes: 200 * 1024 * 1024,
      linkSecret,
      linkTtlMs: 3_600_000,
    });
    expect(loadConfig({}).files.linkSecret).not.toBe(loadConfig({}).files.linkSecret);
    expect(loadConfig({ FILE_MAX_BYTES: '1000' }).files.maxBytes).toBe(1000);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', MONGODB_URI: '' })).toMatchObject({ port: 4000, mongodbUri: undefined });
  });

  it('reads booleans and numbers', () => {
    expect(loadConfig({ RUN_WORKER: 'false', PORT: '8080' })).toMatchObject({ runWorker: false, port: 8080 });
  });

  it('names every bad variable in one error', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: '70000', LOG_LEVEL: 'loud', MONGODB_DB_NAME: 'a.b', PUBLIC_URL: 'ftp://x' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const issues = (error as ConfigError).issues.join('\n');
    for (const name of ['PORT', 'LOG_LEVEL', 'MONGODB_DB_NAME', 'PUBLIC_URL']) expect(issues).toContain(`${name}:`);
  });

  it('never echoes a value back (it may be a secret)', () => {
    expect(() => loadConfig({ MONGODB_URI: 'postgres://user:s3cret@host/db' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('s3cret') }),
    );
  });
});
