import type {
  MutationResolvers,
  OrganizationDownloadCountResolvers,
  QueryResolvers,
  ResourceConnectionResolvers,
  ResourceDownloadCountResolvers,
  ResourceEditionResolvers,
  ResourceResolvers,
  ResourceVersionResolvers,
  WorkshopResolvers,
} from '../../graphql/generated/resolvers-types';
import type { ServiceContext } from '../../app/context';
import type { WorkshopDoc } from '../workshops/workshop.model';
import { organizationFor } from '../organizations/organizations.service';
import { workshopsPolicy } from '../workshops/workshops.policy';
import type { ResourceDoc } from './resource.model';
import type { VersionView } from './resource-views';
import { downloadReport, downloadUrl, editionsOf, pickEdition } from './resource-files.service';
import { resourcesPolicy } from './resources.policy';
import * as resources from './resources.service';

const payload = async (resource: Promise<ResourceDoc>) => ({ resource: await resource });

const Query: QueryResolvers = {
  resource: (_parent, { id }, ctx) => resources.getResource(ctx, id),
  resources: (_parent, args, ctx) => resources.listResources(ctx, args),
  resourceDownloadReport: (_parent, { filter }, ctx) => downloadReport(ctx, filter),
};

const Mutation: MutationResolvers = {
  createResource: (_parent, { input }, ctx) => payload(resources.createResource(ctx, input)),
  updateResource: (_parent, { input }, ctx) => payload(resources.updateResource(ctx, input)),
  archiveResource: (_parent, { input }, ctx) => payload(resources.archiveResource(ctx, input)),
  deleteResource: (_parent, { input }, ctx) => resources.deleteResource(ctx, input),
  linkResource: (_parent, { input }, ctx) => payload(resources.linkResource(ctx, input, true)),
  unlinkResource: (_parent, { input }, ctx) => payload(resources.linkResource(ctx, input, false)),
};

async function versionsOf(resource: ResourceDoc, ctx: ServiceContext): Promise<VersionView[]> {
  const versions = await ctx.loaders.resources.versionsOf.load(String(resource._id));
  return versions.map((version) => ({ ...version, visibility: resource.visibility }));
}

const Resource: ResourceResolvers = {
  id: (r) => String(r._id),
  description: (r) => r.description ?? null,
  // The organisations policy's directory scope: partners do not see member groups through resources either.
  organization: (r, _args, ctx) => organizationFor(ctx, String(r.organizationId)),
  workshops: async (r, _args, ctx) => {
    const workshops = await ctx.loaders.workshops.byId.loadMany(r.workshopIds.map(String));
    return workshops.filter((w): w is WorkshopDoc => w !== null && !(w instanceof Error) && workshopsPolicy.see(ctx.viewer, w));
  },
  externalUrl: (r) => r.externalUrl ?? null,
  versions: async (r, _args, ctx) => editionsOf(r, await versionsOf(r, ctx)).flatMap((edition) => edition.versions),
  editions: async (r, _args, ctx) => editionsOf(r, await versionsOf(r, ctx)),
  download: async (r, { language }, ctx) => {
    const editions = editionsOf(r, await versionsOf(r, ctx));
    const viewerLanguage = ctx.viewer ? (await ctx.accounts.current()).get(ctx.viewer.userId)?.language : null;
    const chosen = pickEdition(
      editions.map((e) => e.language),
      r.languages,
      [language, viewerLanguage],
    );
    return editions.find((e) => e.language === chosen)?.versions[0] ?? null;
  },
  downloadCount: (r) => r.downloadCount ?? 0,
  archived: (r) => r.status === 'ARCHIVED',
  archivedAt: (r) => r.archivedAt ?? null,
  viewerCanManage: (r, _args, ctx) => ctx.viewer !== null && resourcesPolicy.manage(ctx.viewer, r),
};

const ResourceVersion: ResourceVersionResolvers = {
  downloadUrl: (v, _args, ctx) => downloadUrl(ctx, ctx.viewer, v),
};

const ResourceEdition: ResourceEditionResolvers = {
  latest: (e) => e.versions[0]!,
};

const ResourceConnection: ResourceConnectionResolvers = {
  totalCount: (page) => page.count(),
  facets: (page) => page.facets(),
};

const ResourceDownloadCount: ResourceDownloadCountResolvers = {
  resource: (row, _args, ctx) => ctx.loaders.resources.byId.load(row.resourceId),
};

const OrganizationDownloadCount: OrganizationDownloadCountResolvers = {
  organization: (row, _args, ctx) => (row.organizationId ? ctx.loaders.organizations.byId.load(row.organizationId) : null),
};

const Workshop: WorkshopResolvers = {
  resources: (w, _args, ctx) => resources.resourcesOfWorkshop(ctx, String(w._id)),
};

export const resourcesResolvers = {
  Query,
  Mutation,
  Resource,
  ResourceVersion,
  ResourceEdition,
  ResourceConnection,
  ResourceDownloadCount,
  OrganizationDownloadCount,
  Workshop,
};
