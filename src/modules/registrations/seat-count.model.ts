import { Schema, Types, type Connection, type InferSchemaType } from 'mongoose';

/*
 * A workshop's seat figures and waiting-list counter live beside it, never on the workshop
 * document: FerretDB 1.x applies an update by rewriting the whole document from the copy it
 * read, so a recount written while an edit lands could put back the old capacity or title.
 * Each of these documents has one kind of writer.
 */

/** The counts users see, recounted by every settle (seating/settle.ts); `_id` is the workshop's. */
const seatCountSchema = new Schema(
  {
    _id: { type: Types.ObjectId, required: true },
    confirmed: { type: Number, default: 0 },
    waitlisted: { type: Number, default: 0 },
    openOffers: { type: Number, default: 0 },
  },
  { versionKey: false, timestamps: { createdAt: false, updatedAt: true } },
);

/** The last waiting-list ticket handed out: a starting hint, the ticket claims decide (seating/place.ts). */
const waitCounterSchema = new Schema(
  {
    _id: { type: Types.ObjectId, required: true },
    last: { type: Number, default: 0 },
  },
  { versionKey: false },
);

export type SeatCountDoc = InferSchemaType<typeof seatCountSchema> & { _id: Types.ObjectId };
export type WaitCounterDoc = InferSchemaType<typeof waitCounterSchema> & { _id: Types.ObjectId };

export const seatCountModel = (connection: Connection) => connection.model('SeatCount', seatCountSchema, 'seatcounts');
export const waitCounterModel = (connection: Connection) => connection.model('WaitCounter', waitCounterSchema, 'waitcounters');
