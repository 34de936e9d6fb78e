import type { Connection } from 'mongoose';
import { workerHeartbeatModel } from './heartbeat.model';

/** The collections this module owns, bound to one connection. */
export const systemModels = (connection: Connection) => ({
  WorkerHeartbeat: workerHeartbeatModel(connection),
});
