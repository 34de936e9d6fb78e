import { Schema, type Types, type Connection, type InferSchemaType } from 'mongoose';
import { logWritesOf } from '../../db/logged-writes';

export const QUESTION_TYPES = ['TEXT', 'LONG_TEXT', 'ONE_CHOICE', 'SEVERAL_CHOICES', 'YES_NO', 'DATE', 'COUNTRY', 'LANGUAGE', 'NUMBER'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const QUESTION_SENSITIVITIES = ['OPERATIONAL', 'SENSITIVE', 'EPHEMERAL'] as const;
export type QuestionSensitivity = (typeof QUESTION_SENSITIVITIES)[number];
/** The languages every label is written in (English required, French and Spanish where given). */
export const LABEL_LANGUAGES = ['en', 'fr', 'es'] as const;
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

const labels = {
  en: { type: String, required: true },
  fr: { type: String, default: null },
  es: { type: String, default: null },
};

/**
 * A question of the network's library, asked by the workshops that pick it. Its type never
 * changes once created (stored answers are of that type); its choices only grow, and its
 * sensitivity only rises (an answer given as private stays private).
 */
const questionSchema = new Schema(
  {
    /** A stable name for exports and reports, e.g. "dietary-needs". */
    key: { type: String, required: true },
    type: { type: String, enum: QUESTION_TYPES, required: true },
    labels,
    choices: { type: [{ _id: false, value: { type: String, required: true }, labels }], default: [] },
    sensitivity: { type: String, enum: QUESTION_SENSITIVITIES, required: true },
    /** EPHEMERAL only: days after the workshop ends when the answers are purged. */
    purgeAfterDays: { type: Number, default: null },
    archived: { type: Boolean, default: false },
    /** Raised by every edit: each edit is compare-and-set on it. */
    revision: { type: Number, default: 0 },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// Every process keeps the library in memory (questions.reads.ts), current with this log.
logWritesOf(questionSchema, 'questions');

// serves: one question per key (createRegistrationQuestion refuses a second)
questionSchema.index({ key: 1 }, { unique: true });

export interface QuestionLabels {
  en: string;
  fr?: string | null;
  es?: string | null;
}
export interface QuestionChoiceDoc {
  value: string;
  labels: QuestionLabels;
}
export type QuestionDoc = Omit<InferSchemaType<typeof questionSchema>, 'labels' | 'choices'> & {
  _id: Types.ObjectId;
  labels: QuestionLabels;
  choices: QuestionChoiceDoc[];
};

export const questionModel = (connection: Connection) => connection.model('RegistrationQuestion', questionSchema, 'registration_questions');
