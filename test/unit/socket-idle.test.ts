import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { awaitServerWork } from '../../src/http/socket-idle';

const IDLE_MS = 200;
const WORK_MS = 600;

describe('awaitServerWork', () => {
  let server: http.Server;
  let url: string;
  const slowWork = () => new Promise<string>((resolve) => setTimeout(() => resolve('built'), WORK_MS));

  beforeAll(async () => {
    const app = express();
    app.get('/plain', async (_req, res) => {
      res.send(await slowWork());
    });
    app.get('/awaited', async (req, res) => {
      const body = await awaitServerWork(req, slowWork());
      res.json({ body, idleAfter: req.socket.timeout });
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

  it('keeps the connection while the server works, then applies the limit again', async () => {
    const response = await fetch(`${url}/awaited`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ body: 'built', idleAfter: IDLE_MS });
  });
});
