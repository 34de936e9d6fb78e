import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { connectDatabase } from '../../../src/db/database';
import { testLogger, testServerUri } from '../../helpers/database';
import { exitOf, spawnEntry } from '../../helpers/processes';

const startService = (env: Record<string, string>) => spawnEntry('src/main.ts', [], env);

// The service as a process: start-up validation and graceful shutdown.
describe('the service process', () => {
  it('refuses to start on bad configuration, naming each bad variable', async () => {
    const result = await exitOf(startService({ PORT: 'eighty', RUN_WORKER: 'maybe', MONGODB_URI: 'http://db' }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Invalid configuration');
    expect(result.stderr).toMatch(/PORT: must be a whole number/);
    expect(result.stderr).toMatch(/RUN_WORKER: must be true or false/);
    expect(result.stderr).toMatch(/MONGODB_URI: must start with mongodb:\/\//);
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/); // a message, not a stack trace
  });

  it('on SIGTERM stops accepting, finishes the request in flight, closes jobs and database, exits 0', async () => {
    const dbName = `test_proc_${randomBytes(4).toString('hex')}`;
    const child = startService({
      MONGODB_URI: testServerUri(),
      MONGODB_DB_NAME: dbName,
      PORT: '0',
      LOG_LEVEL: 'info',
      AGENDA_PROCESS_EVERY_MS: '200',
    });
    const exited = exitOf(child);
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let seen = '';
        child.stdout.on('data', (d: Buffer) => {
          seen += d.toString();
          const match = /Service ready at (http:\/\/\S+)/.exec(seen);
          if (match) resolve(match[1]!);
        });
        void exited.then((r) => reject(new Error(`exited early: ${r.stderr}`)));
      });

      // A request whose body is still arriving when the signal comes.
      const body = JSON.stringify({ query: '{ serverInfo { name } }' });
      const { port } = new URL(url);
      const inFlight = new Promise<{ status: number; text: string }>((resolve, reject) => {
        const request = http.request(
          { host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
          (response) => {
            let text = '';
            response.on('data', (d: Buffer) => (text += d.toString()));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
          },
        );
        request.on('error', reject);
        request.write(body.slice(0, 10));
        setTimeout(() => {
          child.kill('SIGTERM');
          setTimeout(() => request.end(body.slice(10)), 500);
        }, 200);
      });

      const answer = await inFlight;
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.text)).toEqual({ data: { serverInfo: { name: 'exchange' } } });
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();

      const result = await exited;
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/"msg":"shutting down"/);
      expect(result.stdout).toMatch(/"msg":"stopped"/);
    } finally {
      child.kill('SIGKILL');
      const database = await connectDatabase({ uri: testServerUri(), dbName, logger: testLogger() });
      await database.db.dropDatabase();
      await database.close();
    }
  }, 60_000);
});
