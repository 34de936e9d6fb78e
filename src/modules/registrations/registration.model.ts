import { Schema, Types, type Connection, type InferSchemaType } from 'mongoose';
import { logWritesOf } from '../../db/logged-writes';
import { recentRegistrations } from './recent-registrations';
import { pick } from './seat-tally';
import type { StoredAnswer } from '../questions/asked-questions';

export const REGISTRATION_STATUSES = ['CONFIRMED', 'WAITLISTED', 'PENDING_APPROVAL', 'CANCELLED', 'DECLINED'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const ACTIVE_STATUSES: RegistrationStatus[] = ['CONFIRMED', 'WAITLISTED', 'PENDING_APPROVAL'];

const answerSchema = new Schema(
  {
    questionId: { type: Types.ObjectId, required: true },
    value: { type: String, default: null },
    values: { type: [String], default: [] },
    answeredAt: { type: Date, required: true },
    answeredBy: { type: String, enum: ['PARTICIPANT', 'GROUP', 'SECRETARIAT'], required: true },
  },
  { _id: false },
);

/**
 * One person in one workshop. The exclusive things it holds are claims (DESIGN.md): its person
 * claim while active, a seat (and a group slot under a quota) while confirmed, a ticket while
 * waitlisted. The claim ids are recorded here so cancelling releases exactly those.
 */
const registrationSchema = new Schema(
  {
    workshopId: { type: Types.ObjectId, required: true },
    organizationId: { type: Types.ObjectId, required: true },
    status: { type: String, enum: REGISTRATION_STATUSES, required: true },
    participant: {
      name: { type: String, required: true },
      email: { type: String, required: true },
      userId: { type: Types.ObjectId, default: null },
      language: { type: String, default: null },
      timeZone: { type: String, default: null },
      /** The name shown to others (workshopParticipants), if the person chose one. */
      displayName: { type: String, default: null },
      /** False: left off what other participants and groups see. */
      listed: { type: Boolean, default: true },
    },
    personClaim: { type: String, required: true },
    seatClaim: { type: String, default: null },
    slotClaim: { type: String, default: null },
    /** Waiting-list order: a unique, rising ticket; the live position is the rank among waiting ones. */
    waitTicket: { type: Number, default: null },
    registeredBy: { type: Types.ObjectId, required: true },
    /** From the injected clock (Mongoose's createdAt reads the system clock). */
    registeredAt: { type: Date, default: null },
    cancelledAt: { type: Date, default: null },
    decidedAt: { type: Date, default: null },
    declineReason: { type: String, default: null },
    /** An open offer: waitlisted, holding a seat until this instant (promotion mode OFFER). */
    offerExpiresAt: { type: Date, default: null },
    attended: { type: Boolean, default: null },
    /** Set when the participant's personal data was removed (retention or erasure); counts stay. */
    anonymisedAt: { type: Date, default: null },
    attendanceRecordedAt: { type: Date, default: null },
    /** Answers to the workshop's questions (questions/asked-questions.ts); who sees which: registrations.policy.ts. */
    answers: { type: [answerSchema], default: [] },
    /** Every consent given or withdrawn, in order (consents.ts): the last of each item is its state. */
    consents: {
      type: [
        {
          _id: false,
          key: { type: String, required: true },
          version: { type: Number, required: true },
          given: { type: Boolean, required: true },
          at: { type: Date, required: true },
        },
      ],
      default: [],
    },
    /** Raised by each use of an answer link: every link is signed over it, so each works once (answer-links.ts). */
    answerLinkUses: { type: Number, default: 0 },
    /** Raised by every change of status or claims: each change is compare-and-set on it (seating/transition.ts). */
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
// Every write is logged for the seat figures in memory (seat-figures.reads.ts), which follow the log.
// Entries carry the seat fields of each written registration (no personal data), so the seat
// tally applies them without reading the registrations back (seat-figures.reads.ts).
logWritesOf(registrationSchema, 'registrations', {
  image: (doc) => pick(doc) as Record<string, unknown>,
  // What a write set off in this process reads the registration from here (recent-registrations.ts).
  written: (id, doc) => recentRegistrations.written(id, doc),
});

// serves: registrations(workshopId, filter: { status }) and seat reconciliation (by status)
registrationSchema.index({ workshopId: 1, status: 1, _id: 1 });
// serves: registrations(workshopId) without a status filter, in _id order, and the participants CSV
registrationSchema.index({ workshopId: 1, _id: 1 });
// serves: a group's registrations in a workshop (coordinators, quotas)
registrationSchema.index({ workshopId: 1, organizationId: 1, _id: 1 });
// serves: the waiting list in order (promotion, positions)
registrationSchema.index({ workshopId: 1, status: 1, waitTicket: 1 });
// serves: expireOffers(workshopId), before each promotion
registrationSchema.index({ workshopId: 1, offerExpiresAt: 1 });
// serves: the expired-offer sweep (registrations/expire-offers): distinct workshopId of WAITLISTED offers past their time
registrationSchema.index({ status: 1, offerExpiresAt: 1, workshopId: 1 });
// serves: a group's calendar feed (every workshop its people are in)
registrationSchema.index({ organizationId: 1, status: 1 });
// serves: myRegistrations
registrationSchema.index({ 'participant.userId': 1, _id: 1 });
// serves: myRegistrations for people registered by email before they had an account
registrationSchema.index({ 'participant.email': 1, _id: 1 });

export type AnswerDoc = StoredAnswer;
export interface ConsentRecord {
  key: string;
  version: number;
  given: boolean;
  at: Date;
}
export type RegistrationDoc = Omit<InferSchemaType<typeof registrationSchema>, 'answers' | 'consents'> & {
  consents?: ConsentRecord[];
  _id: Types.ObjectId;
  /** Absent on registrations stored before questions existed. */
  answers?: AnswerDoc[];
};

export const registrationModel = (connection: Connection) => connection.model('Registration', registrationSchema, 'registrations');

/** Whose registration it is, as the policies read it: the group, and the person's account if any. */
export const holderOf = (registration: Pick<RegistrationDoc, 'organizationId' | 'participant'>) => ({
  organizationId: String(registration.organizationId),
  userId: registration.participant?.userId ? String(registration.participant.userId) : null,
});
