import { Schema, Types, type Connection, type InferSchemaType } from 'mongoose';

export const LETTER_STATUSES = ['REQUESTED', 'APPROVED', 'DECLINED'] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];
export const LETTER_COVERAGE = ['TRAVEL', 'ACCOMMODATION', 'MEALS', 'VISA_FEES', 'LOCAL_TRANSPORT'] as const;
export type LetterCoverage = (typeof LETTER_COVERAGE)[number];

/**
 * A participant's request for a visa invitation letter, and the Secretariat's decision. The letter
 * itself is drawn when downloaded, from the registration and the answers it names: no passport
 * number is copied here, so purging the ephemeral answers purges it from the letter too.
 */
const letterSchema = new Schema(
  {
    /** One letter per registration: the registration's id. */
    _id: { type: Types.ObjectId, required: true },
    workshopId: { type: Types.ObjectId, required: true },
    /** The embassy's language, en/fr/es. */
    language: { type: String, enum: ['en', 'fr', 'es'], required: true },
    /** e.g. "Embassy of France in Nairobi". */
    addressee: { type: String, default: null },
    /** The person's answers the letter prints (passport number, nationality…), by question id. */
    questionIds: { type: [Types.ObjectId], default: [] },
    status: { type: String, enum: LETTER_STATUSES, required: true },
    coverage: { type: [String], enum: LETTER_COVERAGE, default: [] },
    signatory: { type: String, default: null },
    declineReason: { type: String, default: null },
    /** Printed on the letter and under its QR code; the public page confirms it (/letters/verify/<code>). */
    verificationCode: { type: String, default: null },
    requestedAt: { type: Date, required: true },
    decidedAt: { type: Date, default: null },
    decidedBy: { type: Types.ObjectId, default: null },
    /** Each change is compare-and-set on it. */
    version: { type: Number, default: 0 },
  },
  { versionKey: false },
);

export type LetterDoc = Omit<InferSchemaType<typeof letterSchema>, 'questionIds' | 'coverage'> & {
  _id: Types.ObjectId;
  questionIds: Types.ObjectId[];
  coverage: LetterCoverage[];
};

export const letterModel = (connection: Connection) => connection.model('InvitationLetter', letterSchema, 'invitation_letters');
