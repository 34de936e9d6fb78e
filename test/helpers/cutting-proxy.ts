import net from 'node:net';

/** A database command as it crosses the wire: its name and the collection it names. */
export interface WireCommand {
  name: string;
  collection: string | undefined;
}

export interface CuttingProxy {
  /** A MongoDB URI reaching the upstream server through the proxy. */
  readonly uri: string;
  /**
   * Arms a cut: the `nth` command matching `match` is dropped unsent (`before`) or sent and its
   * reply thrown away (`afterReply`); then every connection is closed and new ones are refused
   * until `heal()`, as if the database died right there. Resolves with the command cut.
   */
  cutAt(match: (command: WireCommand) => boolean, options?: { nth?: number; when?: 'before' | 'afterReply' }): Promise<WireCommand>;
  /** Listens again on the same port. */
  heal(): Promise<void>;
  close(): Promise<void>;
}

const OP_MSG = 2013;

/** The first element of an OP_MSG body is the command; a string value there is its collection. */
function commandOf(message: Buffer): WireCommand | undefined {
  if (message.readInt32LE(12) !== OP_MSG || message[20] !== 0) return undefined;
  const body = 21; // header (16), flag bits (4), section kind 0 (1)
  const type = message[body + 4];
  const nameEnd = message.indexOf(0, body + 5);
  const name = message.toString('utf8', body + 5, nameEnd);
  if (type !== 0x02) return { name, collection: undefined };
  const length = message.readInt32LE(nameEnd + 1);
  return { name, collection: message.toString('utf8', nameEnd + 5, nameEnd + 4 + length) };
}

/**
 * A TCP proxy in front of a test's own database server that cuts every connection at a chosen
 * command, so "the database dies in the middle of this request" happens where the test says,
 * every run (a stopped server finishes its work first; a killed one dies wherever it was).
 */
export async function startCuttingProxy(upstreamUri: string): Promise<CuttingProxy> {
  const upstream = new URL(upstreamUri);
  const sockets = new Set<net.Socket>();
  let down = false;
  let armed: { match: (command: WireCommand) => boolean; left: number; when: 'before' | 'afterReply'; resolve: (command: WireCommand) => void } | undefined;

  // Down means what a dead server means: open connections reset, new ones refused.
  const cutAll = () => {
    if (!down) server.close();
    down = true;
    for (const socket of sockets) socket.resetAndDestroy();
    sockets.clear();
  };

  const server = net.createServer((client) => {
    if (down) {
      client.destroy();
      return;
    }
    const server = net.connect(Number(upstream.port), upstream.hostname);
    sockets.add(client).add(server);
    for (const socket of [client, server]) {
      socket.on('error', () => undefined);
      socket.on('close', () => {
        client.destroy();
        server.destroy();
        sockets.delete(client);
        sockets.delete(server);
      });
    }
    let pending = Buffer.alloc(0);
    let cutOnReply: WireCommand | undefined;
    server.on('data', (chunk: Buffer) => {
      if (cutOnReply) {
        armed?.resolve(cutOnReply);
        armed = undefined;
        cutAll();
        return;
      }
      client.write(chunk);
    });
    client.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 4 && pending.length >= pending.readInt32LE(0)) {
        const message = pending.subarray(0, pending.readInt32LE(0));
        pending = pending.subarray(message.length);
        const command = armed && commandOf(message);
        if (armed && command && armed.match(command) && --armed.left === 0) {
          if (armed.when === 'before') {
            armed.resolve(command);
            armed = undefined;
            cutAll();
            return;
          }
          cutOnReply = command;
        }
        server.write(message);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  const uri = new URL(upstreamUri);
  uri.host = `127.0.0.1:${port}`;

  return {
    uri: uri.toString(),
    cutAt: (match, options = {}) =>
      new Promise<WireCommand>((resolve) => {
        armed = { match, left: options.nth ?? 1, when: options.when ?? 'before', resolve };
      }),
    heal: async () => {
      if (!down) return;
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
      down = false;
    },
    close: async () => {
      const wasDown = down;
      cutAll();
      if (!wasDown) await new Promise<void>((resolve) => server.once('close', () => resolve()));
    },
  };
}
