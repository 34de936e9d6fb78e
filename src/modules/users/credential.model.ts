import { Schema, Types, type Connection } from 'mongoose';

/**
 * Password hashes live apart from users, so no query for people can ever return one
 * (DESIGN.md: no `select: false`, which FerretDB 1.x cannot honour on findOneAndUpdate).
 */
const credentialSchema = new Schema(
  {
    _id: { type: Types.ObjectId, required: true }, // the user's id
    passwordHash: { type: String, required: true },
  },
  { timestamps: true, versionKey: false },
);

export const credentialModel = (connection: Connection) => connection.model('Credential', credentialSchema, 'credentials');
