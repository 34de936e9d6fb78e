import type { Connection } from 'mongoose';
import { workerHeartbeatModel } from '../modules/system/heartbeat.model';

/** Every Mongoose model of the service, bound to one connection (one database per test file). */
export function registerModels(connection: Connection) {
  return {
    WorkerHeartbeat: workerHeartbeatModel(connection),
  };
}

export type Models = ReturnType<typeof registerModels>;
