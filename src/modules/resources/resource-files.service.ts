import type { Readable } from 'node:stream';
import { updateAlone } from '../../db/document-lock';
import { ObjectId } from 'mongodb';
import { Types, type PipelineStage } from 'mongoose';
import { releaseClaim, tryClaim } from '../../db/claims';
import { deleteFile, storeFile } from '../../db/file-storage';
import { BadUserInputError, isDuplicateKeyError } from '../../shared/errors';
import { parseInput } from '../../shared/validation';
import { authorize } from '../../shared/access/authorize';
import { resourcesPolicy } from './resources.policy';
import { resourceSchemas } from './resources.validation';
import type { AppDeps } from '../../app/context';
import { canonicalLanguageTag } from '../organizations/reference/languages';
import type { Viewer } from '../../shared/access/roles';
import { sanitizeFilename, TypeCheck } from './file-checks';
import type { ResourceDoc, ResourceVersionDoc } from './resource.model';
import { findManageable, withdrawFollowUpChoice, type Ctx } from './resources.service';
import { filePath, signedFilePath } from './signed-links';

/** Claims of uploads in progress (`upload:<fileId>`), released when the upload ends either way. */
export const UPLOAD_CLAIM_KIND = 'resources.upload';

/** The version claim: its `_id` is unique per resource, edition and number. */
export const versionId = (resourceId: unknown, language: string, number: number) => `res:${String(resourceId)}:${language}:v:${number}`;

/** The resource and edition an upload goes to; checked before a byte is stored. */
export async function prepareUpload(ctx: Ctx, resourceId: string | undefined, language: string | undefined) {
  if (!resourceId) throw new BadUserInputError('Send the resourceId field before the file.', 'resourceId');
  const { viewer, resource } = await findManageable(ctx, resourceId, 'resourceId', { sharing: true });
  if (resource.kind === 'LINK') throw new BadUserInputError('A LINK resource holds no files.', 'resourceId');
  const edition = language ? canonicalLanguageTag(language) : resource.languages[0];
  if (!edition) throw new BadUserInputError('language is not a BCP 47 language tag.', 'language');
  if (!resource.languages.includes(edition)) {
    throw new BadUserInputError(`This resource has no ${edition} edition; add the language to the resource first.`, 'language');
  }
  return { viewer, resource, language: edition };
}

/**
 * Streams one file into GridFS through the content-type check, then claims the edition's next
 * version number by inserting the version document (`res:<id>:<lang>:v:<n>`): of two concurrent
 * uploads one gets n and the other n + 1. Whatever fails after the bytes are stored removes them.
 */
export async function addVersion(
  ctx: Ctx,
  target: { viewer: Viewer; resource: ResourceDoc; language: string },
  source: Readable,
  file: { filename: string; declaredType: string },
): Promise<ResourceVersionDoc> {
  const filename = sanitizeFilename(file.filename);
  let contentType = '';
  const check = new TypeCheck(filename, file.declaredType, (type) => (contentType = type));
  const { resource, language } = target;
  // Recorded before the first byte: if the process dies mid-upload, the reconcile job finds the
  // chunks by this claim and removes them (GridFS writes the files document only at the end).
  const fileId = new ObjectId();
  const uploadClaim = `upload:${String(fileId)}`;
  await tryClaim(ctx.database.db, uploadClaim, { kind: UPLOAD_CLAIM_KIND, now: ctx.clock.now(), data: { fileId } });
  let stored: Awaited<ReturnType<typeof storeFile>>;
  try {
    stored = await storeFile(ctx.database.db, source, {
      fileId,
      filename,
      metadata: { resourceId: resource._id, language },
      through: [check],
    });
  } catch (err) {
    await releaseClaim(ctx.database.db, uploadClaim).catch(() => undefined);
    throw err;
  }
  try {
    await withdrawFollowUpChoice(ctx, target.viewer, resource._id);
    const { ResourceVersion } = ctx.database.models;
    const latest = await ResourceVersion.findOne({ resourceId: resource._id, language }, { number: 1 }).sort({ number: -1 }).lean<{ number: number }>();
    let number = (latest?.number ?? 0) + 1;
    for (let attempt = 0; attempt < 100; attempt++, number++) {
      const doc = {
        _id: versionId(resource._id, language, number),
        resourceId: resource._id,
        language,
        number,
        fileId: stored.fileId,
        filename,
        contentType,
        size: stored.size,
        sha256: stored.sha256,
        uploadedBy: new Types.ObjectId(target.viewer.userId),
        uploadedAt: ctx.clock.now(),
      };
      try {
        await ResourceVersion.collection.insertOne(doc as never);
        await releaseClaim(ctx.database.db, uploadClaim).catch(() => undefined);
        ctx.events.emit('resource.versionAdded', { resourceId: String(resource._id), language, number });
        return doc;
      } catch (err) {
        if (!isDuplicateKeyError(err)) throw err;
      }
    }
    throw new Error('no free version number after 100 attempts');
  } catch (err) {
    await deleteFile(ctx.database.db, stored.fileId).catch(() => undefined);
    await releaseClaim(ctx.database.db, uploadClaim).catch(() => undefined);
    throw err;
  }
}

/** The language edition a download picks: the asked one, else the reader's, else the resource's first. */
export function pickEdition(available: string[], resourceLanguages: string[], wanted: (string | null | undefined)[]): string | null {
  if (available.length === 0) return null;
  for (const want of wanted) {
    const tag = want ? canonicalLanguageTag(want) : null;
    if (!tag) continue;
    if (available.includes(tag)) return tag;
    const primary = tag.split('-')[0]!;
    const sameLanguage = available.find((language) => language.split('-')[0] === primary);
    if (sameLanguage) return sameLanguage;
  }
  return resourceLanguages.find((language) => available.includes(language)) ?? available[0]!;
}

/** Versions grouped by edition (in the resource's language order), newest first within each. */
export function editionsOf<T extends { language: string; number: number }>(resource: { languages: string[] }, versions: T[]) {
  const byLanguage = new Map<string, T[]>();
  for (const version of [...versions].sort((a, b) => b.number - a.number)) {
    const list = byLanguage.get(version.language) ?? [];
    list.push(version);
    byLanguage.set(version.language, list);
  }
  const order = (language: string) => {
    const index = resource.languages.indexOf(language);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...byLanguage.entries()].sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b)).map(([language, list]) => ({ language, versions: list }));
}

/**
 * The URL the API gives for a version: plain for public resources, else signed for the caller
 * (and counted for their organisation), valid FILE_LINK_TTL_MINUTES.
 */
export function downloadUrl(
  deps: Pick<AppDeps, 'config' | 'clock'>,
  viewer: Viewer | null,
  version: { resourceId: unknown; language: string; number: number; visibility: string },
): string {
  const base = deps.config.publicUrl ?? '';
  const resourceId = String(version.resourceId);
  if (version.visibility === 'PUBLIC') return `${base}${filePath(resourceId, version.language, version.number)}`;
  const expires = Math.floor((deps.clock.now().getTime() + deps.config.files.linkTtlMs) / 1000);
  return `${base}${signedFilePath(deps.config.files.linkSecret, {
    resourceId,
    language: version.language,
    number: version.number,
    expires,
    org: viewer?.organizationId ?? '',
  })}`;
}

/**
 * Counts one download: an inserted record is the truth (exact under concurrency, unlike an $inc
 * on FerretDB 1.x). The resource's sortable figure takes an $inc by `_id` (one cheap write; exact
 * on MongoDB, and on FerretDB concurrent downloads of one resource may lose one), which the
 * reconcile job rewrites from the records. Recounting the records on every download instead
 * would scan them all on FerretDB, each time.
 */
export async function recordDownload(
  deps: Pick<AppDeps, 'database' | 'clock' | 'logger'>,
  download: { resourceId: Types.ObjectId; versionId: string; organizationId: string | null },
): Promise<void> {
  const { ResourceDownload, Resource } = deps.database.models;
  await ResourceDownload.collection.insertOne({
    resourceId: download.resourceId,
    versionId: download.versionId,
    organizationId: download.organizationId ? new Types.ObjectId(download.organizationId) : null,
    at: deps.clock.now(),
  } as never);
  // Skipped while the resource is being written (an edit must never be lost to a figure): the job recounts.
  await updateAlone(deps.database, Resource, { _id: download.resourceId }, { $inc: { downloadCount: 1 } }, { ifBusy: 'skip', timestamps: false }).catch(
    (err: unknown) => deps.logger.warn({ err }, 'download figure not raised; the reconcile job recounts it'),
  );
}

/** Rewrites every resource's sortable download figure from the records (concurrent recounts may have left one stale). */
export async function reconcileDownloadCounts(deps: Pick<AppDeps, 'database'>): Promise<number> {
  const { ResourceDownload, Resource } = deps.database.models;
  const counts = await ResourceDownload.aggregate<{ _id: Types.ObjectId; count: number }>([{ $group: { _id: '$resourceId', count: { $sum: 1 } } }]);
  const byId = new Map(counts.map((row) => [String(row._id), row.count]));
  const resources = await Resource.find({}, { downloadCount: 1 }).lean<{ _id: Types.ObjectId; downloadCount?: number }[]>();
  let fixed = 0;
  for (const resource of resources) {
    const count = byId.get(String(resource._id)) ?? 0;
    if ((resource.downloadCount ?? 0) !== count) {
      await updateAlone(deps.database, Resource, { _id: resource._id }, { $set: { downloadCount: count } }, { timestamps: false });
      fixed++;
    }
  }
  return fixed;
}

/** Download figures from the records, for the Secretariat: per resource (top 100) and per organisation. */
export async function downloadReport(ctx: Ctx, filter: unknown) {
  authorize(ctx.viewer, resourcesPolicy.seeFigures, 'Download figures are for the Secretariat.');
  const data = parseInput(resourceSchemas(ctx.config).report, filter, 'filter') ?? {};
  const match: Record<string, unknown> = {};
  if (data.from || data.to) match.at = { ...(data.from ? { $gte: data.from } : {}), ...(data.to ? { $lt: data.to } : {}) };
  if (data.resourceId) match.resourceId = new Types.ObjectId(data.resourceId);
  const { ResourceDownload } = ctx.database.models;
  const group = (key: string): PipelineStage[] => [{ $match: match }, { $group: { _id: key, count: { $sum: 1 } } }, { $sort: { count: -1, _id: 1 } }];
  const [byResource, byOrganization] = await Promise.all([
    ResourceDownload.aggregate<{ _id: Types.ObjectId; count: number }>([...group('$resourceId'), { $limit: 100 }]),
    ResourceDownload.aggregate<{ _id: Types.ObjectId | null; count: number }>(group('$organizationId')),
  ]);
  return {
    total: byOrganization.reduce((sum, row) => sum + row.count, 0),
    byResource: byResource.map((row) => ({ resourceId: String(row._id), count: row.count })),
    byOrganization: byOrganization.map((row) => ({ organizationId: row._id ? String(row._id) : null, count: row.count })),
  };
}
