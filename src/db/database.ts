import mongoose, { type Connection } from 'mongoose';
import type { Db, MongoClient } from 'mongodb';
import type { Logger } from '../logger';
import { detectCapabilities, type ServerCapabilities } from './capabilities';
import { registerModels, type Models } from './models';
import { queryTimeoutPlugin } from './query-timeout';

// Before any model is compiled: every model of every connection gets the request time limit.
mongoose.plugin(queryTimeoutPlugin);

export interface Database {
  connection: Connection;
  /** The driver's handle, shared with Agenda and GridFS so only one client and one `bson` exist. */
  db: Db;
  client: MongoClient;
  models: Models;
  /** What the server is (MongoDB or FerretDB) and which index kinds it has, read at connect. */
  capabilities: ServerCapabilities;
  /** Answers within `timeoutMs` whether the server takes commands right now. */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

export async function connectDatabase(options: {
  uri: string;
  dbName: string;
  logger: Logger;
  serverSelectionTimeoutMS?: number;
  /**
   * Driver command monitoring, for tests and benchmarks that count commands (countCommands). Off
   * in the service: every command's reply would be decoded a second time for the events.
   */
  monitorCommands?: boolean;
}): Promise<Database> {
  const connection = mongoose.createConnection(options.uri, {
    dbName: options.dbName,
    // Fail fast while the server is away instead of queueing requests in memory.
    bufferCommands: false,
    autoIndex: false,
    autoCreate: false,
    serverSelectionTimeoutMS: options.serverSelectionTimeoutMS ?? 5_000,
    monitorCommands: options.monitorCommands ?? false,
    maxPoolSize: 20,
  });
  await connection.asPromise();
  const models = registerModels(connection);
  await Promise.all(Object.values(models).map((model) => model.createIndexes()));
  const capabilities = await detectCapabilities(connection.db!);

  connection.on('disconnected', () => options.logger.warn('database disconnected'));
  connection.on('reconnected', () => options.logger.info('database reconnected'));

  const db = connection.db!;
  const client = connection.getClient() as unknown as MongoClient;
  return {
    connection,
    db,
    client,
    models,
    capabilities,
    async ping(timeoutMs = 1_500) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const ping = db
        .command({ ping: 1 }, { timeoutMS: timeoutMs })
        .then(() => true)
        .catch(() => false);
      try {
        return await Promise.race([ping, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      await connection.close();
    },
  };
}
