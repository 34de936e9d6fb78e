import { randomBytes } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import { systemClock } from '../../../src/clock';
import { connectDatabase } from '../../../src/db/database';
import { enqueue } from '../../../src/modules/notifications/outbox';
import { recipientOfUser } from '../../../src/modules/notifications/recipients';
import { testLogger, testServerUri } from '../../helpers/database';
import { givenOrganization, givenUser, givenWorkshop } from '../../helpers/fixtures';
import { exitOf, spawnEntry } from '../../helpers/processes';
import { startSmtpSink } from '../../helpers/smtp';
import { waitFor } from '../../helpers/wait';
import { storedMessage } from '../../helpers/notifications';

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

  it('on SIGTERM refuses new connections at once, lets the request and the job in flight finish, closes the database, exits 0', async () => {
    const dbName = `test_proc_${randomBytes(4).toString('hex')}`;
    const database = await connectDatabase({ uri: testServerUri(), dbName, logger: testLogger() });
    const sink = await startSmtpSink();
    let child: ReturnType<typeof startService> | undefined;
    try {
      // One message due now: the service's delivery job will be in the middle of sending it.
      const group = await givenOrganization(database);
      const person = await givenUser(database, { role: 'GROUP_COORDINATOR', organizationId: group._id });
      const workshop = await givenWorkshop(database, { startsAt: new Date('2030-06-01T09:00:00Z'), registrationClosesAt: new Date('2030-05-01T09:00:00Z') });
      const id = 'REGISTRATION_DEADLINE:shutdown:1';
      await enqueue({ database, clock: systemClock }, [{ id, kind: 'REGISTRATION_DEADLINE', recipient: recipientOfUser(person), workshopId: workshop._id }]);
      sink.holdAfter(0);

      child = startService({
        MONGODB_URI: testServerUri(),
        MONGODB_DB_NAME: dbName,
        PORT: '0',
        LOG_LEVEL: 'info',
        AGENDA_PROCESS_EVERY_MS: '200',
        SMTP_URL: sink.url,
      });
      const service = child;
      const exited = exitOf(service);
      let stdout = '';
      service.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      const printed = (pattern: RegExp, what: string) =>
        Promise.race([waitFor(async () => pattern.exec(stdout), what, 30_000), exited.then((r) => Promise.reject(new Error(`exited early: ${r.stderr}`)))]);
      const url = (await printed(/Service ready at (http:\/\/\S+)/, 'the service to start'))[1]!;

      // The job is running: its message sits unanswered at the mail server.
      await waitFor(async () => sink.heldCount() === 1, 'the delivery job to reach the mail server', 30_000);

      // A request in flight: the server has its headers (it said 100 Continue), not yet its body.
      const body = JSON.stringify({ query: '{ serverInfo { name } }' });
      const { port } = new URL(url);
      const request = http.request({
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), expect: '100-continue' },
      });
      const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
        request.on('response', (response) => {
          let text = '';
          response.on('data', (d: Buffer) => (text += d.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        });
        request.on('error', reject);
      });
      await new Promise((resolve) => request.once('continue', resolve));

      service.kill('SIGTERM');
      await printed(/"msg":"shutting down"/, 'the shutdown to begin');
      // From then on new connections are refused, while the request and the job are unfinished.
      expect(await connectionRefused(port)).toBe(true);
      expect(service.exitCode).toBeNull();

      request.end(body);
      expect(await answer).toEqual({ status: 200, text: `${JSON.stringify({ data: { serverInfo: { name: 'exchange' } } })}\n` });
      // The process waits for the job: it still runs while the message is unanswered.
      expect(await connectionRefused(port)).toBe(true);
      expect(service.exitCode).toBeNull();
      expect(sink.messages).toHaveLength(0);

      sink.releaseHeld();
      const result = await exited;
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/"msg":"stopped"/);
      // The job finished its work before the database closed: the message is sent and recorded.
      expect(sink.messages).toHaveLength(1);
      expect((await storedMessage(database, id))?.delivery?.state).toBe('SENT');
    } finally {
      child?.kill('SIGKILL');
      await sink.close();
      await database.db.dropDatabase();
      await database.close();
    }
  }, 90_000);
});

/** Whether a new TCP connection to the port is refused (rather than accepted). */
function connectionRefused(port: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'ECONNREFUSED'));
  });
}
