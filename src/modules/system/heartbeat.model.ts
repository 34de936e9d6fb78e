import { Schema, type Connection, type InferSchemaType } from 'mongoose';

/** One document per worker process, refreshed by the `system/heartbeat` job; /readyz shows it. */
const workerHeartbeatSchema = new Schema(
  {
    _id: { type: String, required: true },
    beatAt: { type: Date, required: true },
    pid: { type: Number, required: true },
    version: { type: String, required: true },
  },
  { timestamps: true, versionKey: false },
);
// serves: latestHeartbeat() (newest beat first)
workerHeartbeatSchema.index({ beatAt: -1 });

export type WorkerHeartbeat = InferSchemaType<typeof workerHeartbeatSchema>;

export const workerHeartbeatModel = (connection: Connection) => connection.model('WorkerHeartbeat', workerHeartbeatSchema, 'workerHeartbeats');
