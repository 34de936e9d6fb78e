import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';
import { serverWorkLimit } from '../../src/http/socket-idle';

const IDLE_MS = 200;
const WORK_MS = 600;

describe('the idle limit while the server works', () => {
  let server: http.Server;
  let url: string;
  let postSocket: Socket | undefined;
  const slowWork = () => new Promise<string>((resolve) => setTimeout(() => resolve('built'), WORK_MS));

  beforeAll(async () => {
    const app = express();
    app.get('/plain', async (_req, res) => {
      res.send(await slowWork());
    });
    app.get('/feed', serverWorkLimit(1_000), async (_req, res) => {
      res.send(await slowWork());
    });
    app.post('/work', express.json(), serverWorkLimit(1_000), async (req, res) => {
      postSocket = req.socket;
      res.json({ echoed: req.body, answer: await slowWork() });
    });
    server = http.createServer(app);
    server.timeout = IDLE_MS;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('lets the idle limit close a connection whose server is silent longer than the limit', async () => {
    await expect(fetch(`${url}/plain`)).rejects.toThrow();
  });

  it('keeps the connection of a GET while the server works longer than the idle limit', async () => {
    const response = await fetch(`${url}/feed`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('built');
  });

  it('raises the limit for a request that has fully arrived, and leaves Node’s keep-alive limit after it', async () => {
    const response = await fetch(`${url}/work`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ n: 1 }) });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ echoed: { n: 1 }, answer: 'built' });
    // Node's keep-alive limit (keepAliveTimeout plus its own margin), not the raised one.
    expect(postSocket!.timeout).not.toBe(1_000);
    expect(postSocket!.timeout).toBeGreaterThanOrEqual(server.keepAliveTimeout);
  });
});
