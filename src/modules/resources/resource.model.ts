import { Schema, Types, type Connection, type InferSchemaType } from 'mongoose';
import { logWritesOf } from '../../db/logged-writes';

export const RESOURCE_KINDS = ['TOOLKIT', 'REPORT', 'STUDY', 'PRESENTATION', 'GUIDE', 'RECORDING', 'DATASET', 'LINK', 'OTHER'] as const;
export const RESOURCE_VISIBILITIES = ['PUBLIC', 'NETWORK', 'PARTICIPANTS', 'SECRETARIAT'] as const;
export const RESOURCE_STATUSES = ['ACTIVE', 'ARCHIVED'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export type ResourceVisibility = (typeof RESOURCE_VISIBILITIES)[number];

const resourceSchema = new Schema(
  {
    title: { type: String, required: true },
    description: { type: String, default: null },
    kind: { type: String, enum: RESOURCE_KINDS, required: true },
    visibility: { type: String, enum: RESOURCE_VISIBILITIES, required: true },
    topics: { type: [String], default: [] },
    /** The language editions the resource has (or will have): BCP 47 tags, the first is the default. */
    languages: { type: [String], default: [] },
    regions: { type: [String], default: [] },
    countries: { type: [String], default: [] },
    /** The organisation that shares it (a member group, a partner or the Secretariat). */
    organizationId: { type: Types.ObjectId, required: true },
    /** Derived from the link documents (resource_links), rewritten after each link change. */
    workshopIds: { type: [Schema.Types.ObjectId], default: [] },
    /** LINK resources point elsewhere instead of holding files. */
    externalUrl: { type: String, default: null },
    status: { type: String, enum: RESOURCE_STATUSES, default: 'ACTIVE' },
    archivedAt: { type: Date, default: null },
    /** For sorting by MOST_DOWNLOADED; recounted from the download records (never the truth itself). */
    downloadCount: { type: Number, default: 0 },
    createdBy: { type: Types.ObjectId, required: true },
  },
  { timestamps: true, versionKey: false },
);
// resources() and Workshop.resources read no collection: they come from the library in memory
// (library.ts), so the collection needs no index of its own beyond `_id`.
// The library read model (library.reads.ts) follows every write.
logWritesOf(resourceSchema, 'resources');

export type ResourceDoc = InferSchemaType<typeof resourceSchema> & {
  _id: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
};

/**
 * One stored file of one language edition. The `_id` is the claim (`res:<id>:<lang>:v:<n>`): two
 * concurrent uploads cannot get the same number, on MongoDB and FerretDB alike.
 */
const resourceVersionSchema = new Schema(
  {
    _id: { type: String, required: true },
    resourceId: { type: Types.ObjectId, required: true },
    language: { type: String, required: true },
    number: { type: Number, required: true },
    fileId: { type: Types.ObjectId, required: true },
    filename: { type: String, required: true },
    contentType: { type: String, required: true },
    size: { type: Number, required: true },
    sha256: { type: String, required: true },
    uploadedBy: { type: Types.ObjectId, required: true },
    uploadedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// serves: a resource's versions (Resource.versions loader, next number, newest of an edition)
resourceVersionSchema.index({ resourceId: 1, language: 1, number: -1 });
// serves: finding the version a GridFS file belongs to (orphan sweep)
resourceVersionSchema.index({ fileId: 1 });

export type ResourceVersionDoc = InferSchemaType<typeof resourceVersionSchema>;

/** One counted download: figures are derived from these (an $inc is not atomic on FerretDB 1.x). */
const resourceDownloadSchema = new Schema(
  {
    resourceId: { type: Types.ObjectId, required: true },
    versionId: { type: String, required: true },
    /** The downloading organisation; null for anonymous downloads of public resources. */
    organizationId: { type: Types.ObjectId, default: null },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
// serves: a resource's download count and its figures per organisation
resourceDownloadSchema.index({ resourceId: 1, organizationId: 1 });
// serves: resourceDownloadReport over a time range
resourceDownloadSchema.index({ at: 1 });

export type ResourceDownloadDoc = InferSchemaType<typeof resourceDownloadSchema> & { _id: Types.ObjectId };

/**
 * A resource linked to a workshop: `_id` `res:<resource>:ws:<workshop>`, so linking twice is one
 * link and concurrent link/unlink edits never lose each other (no read-modify-write of an array).
 */
const resourceLinkSchema = new Schema(
  {
    _id: { type: String, required: true },
    resourceId: { type: Types.ObjectId, required: true },
    workshopId: { type: Types.ObjectId, required: true },
    createdAt: { type: Date, required: true },
    /** The Secretariat's choice: the material goes into the participants' follow-up email. */
    inFollowUp: { type: Boolean, default: false },
  },
  { versionKey: false },
);
// serves: the links of a resource (rewriting Resource.workshopIds)
resourceLinkSchema.index({ resourceId: 1 });
// serves: the links of a workshop, and its follow-up materials
resourceLinkSchema.index({ workshopId: 1, inFollowUp: 1 });

export type ResourceLinkDoc = InferSchemaType<typeof resourceLinkSchema>;

export const resourceModel = (connection: Connection) => connection.model('Resource', resourceSchema, 'resources');
export const resourceVersionModel = (connection: Connection) => connection.model('ResourceVersion', resourceVersionSchema, 'resource_versions');
export const resourceDownloadModel = (connection: Connection) => connection.model('ResourceDownload', resourceDownloadSchema, 'resource_downloads');
export const resourceLinkModel = (connection: Connection) => connection.model('ResourceLink', resourceLinkSchema, 'resource_links');
