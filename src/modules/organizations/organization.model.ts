import { Schema, Types, type Connection, type InferSchemaType } from 'mongoose';
import { logWritesOf } from '../../db/logged-writes';

export const ORGANIZATION_KINDS = ['SECRETARIAT', 'MEMBER_GROUP', 'PARTNER'] as const;
export const MEMBERSHIP_STATUSES = ['MEMBER', 'AFFILIATE', 'APPLICANT', 'SUSPENDED'] as const;
export const MEMBERSHIP_DECISIONS = ['ADMIT_AS_MEMBER', 'ADMIT_AS_AFFILIATE', 'DECLINE'] as const;

export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];
export type MembershipDecision = (typeof MEMBERSHIP_DECISIONS)[number];

const assessmentSchema = new Schema(
  {
    notes: { type: String, required: true, maxlength: 10_000 },
    decision: { type: String, enum: MEMBERSHIP_DECISIONS, required: true },
    decidedOn: { type: Date, required: true },
    recordedBy: { type: Types.ObjectId, required: true },
    recordedAt: { type: Date, required: true },
  },
  { _id: false },
);

const statusChangeSchema = new Schema(
  {
    from: { type: String, enum: [...MEMBERSHIP_STATUSES, null], default: null },
    to: { type: String, enum: MEMBERSHIP_STATUSES, required: true },
    reason: { type: String, maxlength: 2_000, default: null },
    at: { type: Date, required: true },
    by: { type: Types.ObjectId, default: null },
  },
  { _id: false },
);

const organizationSchema = new Schema(
  {
    name: { type: String, required: true, maxlength: 200 },
    /** Lower-cased, accent-folded name: the sort key of every list. */
    nameKey: { type: String, required: true },
    kind: { type: String, enum: ORGANIZATION_KINDS, required: true },
    country: { type: String, required: true },
    region: { type: String, required: true },
    /** Member groups only; the Secretariat and partners are outside the admission process. */
    membershipStatus: { type: String, enum: [...MEMBERSHIP_STATUSES, null], default: null },
    topics: { type: [String], default: [] },
    languages: { type: [String], default: [] },
    website: { type: String, default: null },
    contactEmail: { type: String, default: null },
    assessments: { type: [assessmentSchema], default: [] },
    statusHistory: { type: [statusChangeSchema], default: [] },
  },
  { timestamps: true, versionKey: false },
);
// organizations() reads no collection: its pages come from the directory in memory (directory.ts).
// serves: finding the Secretariat (secretariat.ts, admin.service.ts) and the planning digest's groups
organizationSchema.index({ kind: 1 });

// The directory read model (directory.reads.ts) follows every write.
logWritesOf(organizationSchema, 'organizations');

export type OrganizationDoc = InferSchemaType<typeof organizationSchema> & { _id: Types.ObjectId };

export const organizationModel = (connection: Connection) => connection.model('Organization', organizationSchema, 'organizations');
