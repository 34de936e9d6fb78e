import { ObjectId } from 'mongodb';
import { claimsCollection, releaseClaim } from '../../db/claims';
import { deleteFile } from '../../db/file-storage';
import type { AppDeps } from '../../app/context';
import type { ResourceDoc } from './resource.model';
import { reconcileDownloadCounts, UPLOAD_CLAIM_KIND } from './resource-files.service';
import { syncWorkshopIds } from './resources.service';

/** An upload still running after this long is taken as dead (slow links: 200 MB at 1 Mbit/s is ~30 minutes). */
export const UPLOAD_GRACE_MS = 6 * 3_600_000;
/** Links written just before their resource (createResource) get this long to see it appear. */
const LINK_GRACE_MS = 10 * 60_000;

/**
 * Heals what a crash between two writes can leave (no transactions): chunks of uploads that never
 * finished, links without a resource, workshopIds that differ from the links, and download figures
 * that differ from the records. Idempotent: two workers running it at once do the same work twice.
 */
export async function reconcileResources(deps: Pick<AppDeps, 'database' | 'clock'>) {
  const now = deps.clock.now().getTime();
  const { db, models } = deps.database;

  let uploadsRemoved = 0;
  const stale = await claimsCollection(db)
    .find({ kind: UPLOAD_CLAIM_KIND, createdAt: { $lt: new Date(now - UPLOAD_GRACE_MS) } })
    .limit(500)
    .toArray();
  for (const claim of stale) {
    const fileId = claim.data?.fileId;
    if (fileId instanceof ObjectId && (await models.ResourceVersion.countDocuments({ fileId })) === 0) {
      await deleteFile(db, fileId).catch(() => undefined);
      uploadsRemoved++;
    }
    await releaseClaim(db, claim._id);
  }

  const links = await models.ResourceLink.find({}, { resourceId: 1, workshopId: 1, createdAt: 1 }).lean<
    { _id: string; resourceId: ObjectId; workshopId: ObjectId; createdAt: Date }[]
  >();
  const linked = [...new Set(links.map((link) => String(link.resourceId)))];
  const withIds = await models.Resource.find({ workshopIds: { $ne: [] } }, { workshopIds: 1 }).lean<Pick<ResourceDoc, '_id' | 'workshopIds'>[]>();
  const existing = new Set(
    (await models.Resource.find({ _id: { $in: linked.map((id) => new ObjectId(id)) } }, { _id: 1 }).lean<{ _id: ObjectId }[]>()).map((r) => String(r._id)),
  );
  // A link younger than the grace may belong to a resource being created right now: left for later.
  const orphanLinks = links.filter((link) => !existing.has(String(link.resourceId)) && link.createdAt.getTime() < now - LINK_GRACE_MS).map((link) => link._id);
  if (orphanLinks.length > 0) await models.ResourceLink.deleteMany({ _id: { $in: orphanLinks } });

  const expected = new Map<string, string[]>();
  for (const link of links)
    if (existing.has(String(link.resourceId)))
      expected.set(String(link.resourceId), [...(expected.get(String(link.resourceId)) ?? []), String(link.workshopId)]);
  let resynced = 0;
  const candidates = new Set([...expected.keys(), ...withIds.map((r) => String(r._id))]);
  const current = new Map(withIds.map((r) => [String(r._id), r.workshopIds.map(String)]));
  for (const id of candidates) {
    const want = [...(expected.get(id) ?? [])].sort();
    const have = [...(current.get(id) ?? [])].sort();
    if (want.join() !== have.join()) {
      await syncWorkshopIds(deps, new ObjectId(id));
      resynced++;
    }
  }

  const countsFixed = await reconcileDownloadCounts(deps);
  return { uploadsRemoved, linksRemoved: orphanLinks.length, resynced, countsFixed };
}
