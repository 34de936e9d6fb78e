import { Schema, Types, type Connection, type InferSchemaType } from 'mongoose';

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
    keywords: { type: [String], default: [] },
    assessments: { type: [assessmentSchema], default: [] },
    statusHistory: { type: [statusChangeSchema], default: [] },
  },
  { timestamps: true, versionKey: false },
);
// serves: organizations() with no filter, ordered by name (cursor: nameKey, _id)
organizationSchema.index({ nameKey: 1, _id: 1 });
// serves: organizations(filter: { region })
organizationSchema.index({ region: 1, nameKey: 1 });
// serves: organizations(filter: { country })
organizationSchema.index({ country: 1, nameKey: 1 });
// serves: organizations(filter: { membershipStatus })
organizationSchema.index({ membershipStatus: 1, nameKey: 1 });
// serves: organizations(filter: { kind }) and finding the Secretariat
organizationSchema.index({ kind: 1, nameKey: 1 });
// serves: organizations(filter: { topic }) (multikey)
organizationSchema.index({ topics: 1 });
// serves: organizations(filter: { text }) (multikey keyword search)
organizationSchema.index({ keywords: 1 });

export type OrganizationDoc = InferSchemaType<typeof organizationSchema> & { _id: Types.ObjectId };

export const organizationModel = (connection: Connection) => connection.model('Organization', organizationSchema, 'organizations');
