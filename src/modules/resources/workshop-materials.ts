import type { Types } from 'mongoose';
import type { AppDeps } from '../../app/context';
import { publicBaseUrl } from '../../http/public-url';
import type { ResourceDoc, ResourceVersionDoc } from './resource.model';
import { pickEdition } from './resource-files.service';
import { filePath, signedFilePath } from './signed-links';

/** A follow-up email is read days later: its download links last this long. */
const EMAIL_LINK_TTL_MS = 30 * 24 * 3_600_000;

/**
 * The materials of a workshop for its participants' follow-up email: resources the Secretariat
 * linked to it for the follow-up (`inFollowUp`) that participants may see (not the Secretariat's own), each as a link to the newest file in the
 * reader's language (signed for the reader's group unless public) or its external address.
 */
export async function workshopMaterials(
  deps: Pick<AppDeps, 'database' | 'config' | 'clock'>,
  workshopId: Types.ObjectId,
  reader: { language: string; organizationId: string | null },
): Promise<{ title: string; url: string }[]> {
  const { Resource, ResourceLink, ResourceVersion } = deps.database.models;
  // Only what the Secretariat chose for the follow-up: a group's link shows on the workshop page alone.
  const chosen = await ResourceLink.find({ workshopId, inFollowUp: true }, { resourceId: 1 }).lean<{ resourceId: Types.ObjectId }[]>();
  if (chosen.length === 0) return [];
  const resources = await Resource.find({ _id: { $in: chosen.map((link) => link.resourceId) }, status: 'ACTIVE', visibility: { $ne: 'SECRETARIAT' } })
    .sort({ createdAt: -1 })
    .limit(20)
    .lean<ResourceDoc[]>();
  if (resources.length === 0) return [];
  const versions = await ResourceVersion.find({ resourceId: { $in: resources.map((r) => r._id) } })
    .sort({ number: -1 })
    .lean<ResourceVersionDoc[]>();
  const base = publicBaseUrl(deps.config);
  const expires = Math.floor((deps.clock.now().getTime() + EMAIL_LINK_TTL_MS) / 1000);
  return resources.flatMap((resource) => {
    if (resource.externalUrl) return [{ title: resource.title, url: resource.externalUrl }];
    const own = versions.filter((v) => String(v.resourceId) === String(resource._id));
    const language = pickEdition([...new Set(own.map((v) => v.language))], resource.languages, [reader.language]);
    const newest = own.find((v) => v.language === language);
    if (!language || !newest) return [];
    const target = { resourceId: String(resource._id), language, number: newest.number };
    const path =
      resource.visibility === 'PUBLIC'
        ? filePath(target.resourceId, target.language, target.number)
        : signedFilePath(deps.config.files.linkSecret, { ...target, expires, org: reader.organizationId ?? '' });
    return [{ title: resource.title, url: `${base}${path}` }];
  });
}
