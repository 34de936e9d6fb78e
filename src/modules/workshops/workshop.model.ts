import { Schema, Types, type Connection, type InferSchemaType } from 'mongoose';
import { logWritesOf } from '../../db/logged-writes';
import { withoutOldFields } from '../../db/read-model';

export const WORKSHOP_KINDS = ['WORKSHOP', 'FORUM', 'WEBINAR'] as const;
export const WORKSHOP_FORMATS = ['IN_PERSON', 'ONLINE', 'HYBRID'] as const;
export const WORKSHOP_STATUSES = ['DRAFT', 'PUBLISHED', 'CANCELLED', 'COMPLETED'] as const;
export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];
export type WorkshopFormat = (typeof WORKSHOP_FORMATS)[number];

const venueSchema = new Schema(
  {
    name: { type: String, required: true },
    address: { type: String, default: null },
    city: { type: String, required: true },
    country: { type: String, required: true },
  },
  { _id: false },
);

const facilitatorSchema = new Schema(
  {
    name: { type: String, required: true },
    organization: { type: String, default: null },
    userId: { type: Types.ObjectId, default: null },
  },
  { _id: false },
);

const sessionSchema = new Schema({
  title: { type: String, required: true },
  startsAt: { type: Date, required: true },
  endsAt: { type: Date, required: true },
  facilitator: { type: String, default: null },
  location: { type: String, default: null },
  /** Link, meeting id, passcode: for the Secretariat and confirmed participants only. */
  joiningDetails: { type: String, default: null },
});

/** A question of the library (questions module) this workshop asks, and when. */
const workshopQuestionSchema = new Schema(
  {
    questionId: { type: Types.ObjectId, required: true },
    required: { type: Boolean, default: false },
    /** Asked only when an earlier question of the list was answered `equals`. */
    showIf: {
      type: new Schema({ questionId: { type: Types.ObjectId, required: true }, equals: { type: String, required: true } }, { _id: false }),
      default: null,
    },
  },
  { _id: false },
);

/** Something each participant is asked to agree to; `version` rises with each new text. */
const consentItemSchema = new Schema(
  {
    key: { type: String, required: true },
    version: { type: Number, required: true },
    texts: { en: { type: String, required: true }, fr: { type: String, default: null }, es: { type: String, default: null } },
    required: { type: Boolean, default: true },
  },
  { _id: false },
);

const workshopSchema = new Schema(
  {
    kind: { type: String, enum: WORKSHOP_KINDS, required: true },
    title: { type: String, required: true },
    summary: { type: String, default: null },
    description: { type: String, default: null },
    topics: { type: [String], default: [] },
    languages: { type: [String], default: [] },
    format: { type: String, enum: WORKSHOP_FORMATS, required: true },
    venue: { type: venueSchema, default: null },
    onlineUrl: { type: String, default: null },
    timeZone: { type: String, required: true },
    startsAt: { type: Date, required: true },
    endsAt: { type: Date, required: true },
    sessions: { type: [sessionSchema], default: [] },
    /** What each participant is asked, in order (setWorkshopQuestions). */
    questions: { type: [workshopQuestionSchema], default: [] },
    /** What each participant is asked to agree to (setWorkshopConsents). */
    consentItems: { type: [consentItemSchema], default: [] },
    facilitators: { type: [facilitatorSchema], default: [] },
    capacity: { type: Number, required: true },
    perGroupQuota: { type: Number, default: null },
    registrationOpensAt: { type: Date, default: null },
    registrationClosesAt: { type: Date, required: true },
    requiresApproval: { type: Boolean, default: false },
    selfRegistration: { type: Boolean, default: false },
    /** AUTOMATIC: the first in line gets a freed seat at once. OFFER: they must accept within offerHours. */
    promotionMode: { type: String, enum: ['AUTOMATIC', 'OFFER'], default: 'AUTOMATIC' },
    offerHours: { type: Number, default: 48 },
    /** Hours before the start for reminders; null: the configured default (REMINDER_HOURS_BEFORE). */
    reminderHoursBefore: { type: [Number], default: null },
    eligibility: {
      regions: { type: [String], default: [] },
      organizationIds: { type: [Schema.Types.ObjectId], default: [] },
    },
    /** True when the whole network may take part (no region or organisation named). */
    openToAll: { type: Boolean, required: true },
    status: { type: String, enum: WORKSHOP_STATUSES, default: 'DRAFT' },
    cancellationReason: { type: String, default: null },
    cancelledAt: { type: Date, default: null },
    completedAt: { type: Date, default: null },
    publishedAt: { type: Date, default: null },
    sequence: { type: Number, default: 0 },
    /** Every stored edit claims `ws:<id>:rev:<revision + 1>` first: concurrent edits cannot both land. */
    revision: { type: Number, default: 0 },
    /** When the last revision was stored (injected clock). Calendars' LAST-MODIFIED. Seat figures live beside it (registrations/seat-count.model.ts). */
    revisedAt: { type: Date, default: null },
    seriesId: { type: Types.ObjectId, default: null },
    createdBy: { type: Types.ObjectId, required: true },
  },
  { timestamps: true, versionKey: false },
);
// workshops() reads the in-process programme (workshops.reads.ts), not these.
// serves: the public feed, the digest and workshops/complete-ended (status + endsAt, bounded on startsAt: workshop-span.ts)
workshopSchema.index({ status: 1, startsAt: 1, _id: 1 });
// serves: the retention job
// (registrations/anonymise-participants: ended before the cutoff, so started before it)
workshopSchema.index({ startsAt: 1, _id: 1 });
// serves: a series' workshops (edits to all future occurrences)
workshopSchema.index({ seriesId: 1, startsAt: 1 });

// Every write is logged for the in-process programme (workshops.reads.ts), which follows the log,
// with the workshop as written where the write tells it: readers need not read it back (a point
// read costs time in proportion to the collection on FerretDB's SQLite).
logWritesOf(workshopSchema, 'workshops', { image: withoutOldFields });

export type WorkshopSessionDoc = InferSchemaType<typeof sessionSchema> & { _id: Types.ObjectId };

export type QuestionConditionDoc = { questionId: Types.ObjectId; equals: string };
export type WorkshopQuestionDoc = { questionId: Types.ObjectId; required: boolean; showIf: QuestionConditionDoc | null };

export type ConsentItemDoc = { key: string; version: number; texts: { en: string; fr?: string | null; es?: string | null }; required: boolean };

export type WorkshopDoc = Omit<InferSchemaType<typeof workshopSchema>, 'questions' | 'consentItems'> & {
  _id: Types.ObjectId;
  sessions: WorkshopSessionDoc[];
  /** Absent on workshops stored before questions existed. */
  questions?: WorkshopQuestionDoc[];
  consentItems?: ConsentItemDoc[];
};

export const workshopModel = (connection: Connection) => connection.model('Workshop', workshopSchema, 'workshops');
