import mongoose, { type Connection } from 'mongoose';
import type { Db, MongoClient } from 'mongodb';
import type { Logger } from '../logger';
import { registerModels, type Models } from './models';

export interface Database {
  connection: Connection;
  /** The driver's handle, shared with Agenda and GridFS so only one client and one `bson` exist. */
  db: Db;
  client: MongoClient;
  models: Models;
  /** Answers within `timeoutMs` whether the server takes commands right now. */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

export async function connectDatabase(options: {
  uri: string;
  dbName: string;
  logger: Logger;
  serverSelectionTimeoutMS?: number;
}): Promise<Database> {
  const connection = mongoose.createConnection(options.uri, {
    dbName: options.dbName,
    // Fail fast while the server is away instead of queueing requests in memory.
    bufferCommands: false,
    autoIndex: false,
    autoCreate: false,
    serverSelectionTimeoutMS: options.serverSelectionTimeoutMS ?? 5_000,
    // Command monitoring lets tests count the commands one request issues (no N+1).
    monitorCommands: true,
    maxPoolSize: 20,
  });
  await connection.asPromise();
  const models = registerModels(connection);
  await Promise.all(Object.values(models).map((model) => model.createIndexes()));

  connection.on('disconnected', () => options.logger.warn('database disconnected'));
  connection.on('reconnected', () => options.logger.info('database reconnected'));

  const db = connection.db!;
  const client = connection.getClient() as unknown as MongoClient;
  return {
    connection,
    db,
    client,
    models,
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
