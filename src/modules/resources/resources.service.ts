import { Types } from 'mongoose';
import { updateAlone } from '../../db/document-lock';
import { deleteFile } from '../../db/file-storage';
import { parseId } from '../../shared/ids';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../shared/errors';
import type { ServiceContext } from '../../app/context';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../../graphql/pagination';
import { parseInput } from '../../shared/validation';
import { authorize, requireViewer } from '../../shared/access/authorize';
import type { Viewer } from '../../shared/access/roles';
import { groupHasPeopleIn } from '../registrations/registrations.queries';
import type { WorkshopDoc } from '../workshops/workshop.model';
import { workshopsPolicy } from '../workshops/workshops.policy';
import { groupOrganises } from '../workshops/workshops.queries';
import { sortKeyOf, type LibraryPosition, type LibraryQuery, type LibrarySort } from './library';
import type { ResourceDoc, ResourceVersionDoc } from './resource.model';
import type { ResourcePage } from './resource-views';
import { resourcesPolicy as policy } from './resources.policy';
import { resourceSchemas } from './resources.validation';

export type Ctx = Pick<ServiceContext, 'viewer' | 'database' | 'clock' | 'config' | 'loaders' | 'events' | 'library'>;

const NONE = new Set<string>();

/** The workshops the viewer is confirmed for (one query per request, through the loader). */
async function confirmedWorkshops(ctx: Ctx): Promise<Set<string>> {
  return ctx.viewer ? ctx.loaders.registrations.confirmedWorkshopsOf.load(ctx.viewer.userId) : NONE;
}

export async function maySee(ctx: Ctx, resource: ResourceDoc): Promise<boolean> {
  const confirmed = policy.needsParticipation(ctx.viewer, resource) ? await confirmedWorkshops(ctx) : NONE;
  return policy.see(ctx.viewer, resource, confirmed);
}

export async function getResource(ctx: Ctx, id: string): Promise<ResourceDoc> {
  const doc = await ctx.loaders.resources.byId.load(String(parseId(id)));
  if (!doc || !(await maySee(ctx, doc))) throw new NotFoundError('Resource');
  return doc;
}

/**
 * A resource the viewer may change: NOT_FOUND when they cannot even see it, FORBIDDEN when they
 * only see it, or (`sharing`: editing, uploading, linking) when their group is not active.
 */
export async function findManageable(
  ctx: Ctx,
  id: string,
  field = 'id',
  options: { sharing?: boolean } = {},
): Promise<{ viewer: Viewer; resource: ResourceDoc }> {
  const viewer = requireViewer(ctx.viewer);
  const resource = await ctx.database.models.Resource.findById(parseId(id, field)).lean<ResourceDoc>();
  if (!resource || !(await maySee(ctx, resource))) throw new NotFoundError('Resource');
  if (!policy.manage(viewer, resource)) throw new ForbiddenError("Only the Secretariat and the sharing group's coordinator may change this resource.");
  if (options.sharing) await requireActiveGroup(ctx, viewer);
  return { viewer, resource };
}

/**
 * A group's change to material (its address, title or a new file) withdraws the Secretariat's
 * choice of it for follow-up emails, before the change is visible: what reaches participants'
 * inboxes stays what the Secretariat looked at, until it chooses again (linkResource inFollowUp).
 */
export async function withdrawFollowUpChoice(ctx: Pick<Ctx, 'database'>, viewer: Viewer, resourceId: Types.ObjectId): Promise<void> {
  if (policy.chooseFollowUp(viewer)) return;
  // serves: ResourceLink { resourceId } index; the links of one resource are few
  await ctx.database.models.ResourceLink.updateMany({ resourceId, inFollowUp: true }, { $set: { inFollowUp: false } });
}

const INACTIVE_GROUP = 'Applicant and suspended groups cannot share resources.';

async function requireActiveGroup(ctx: Ctx, viewer: Viewer): Promise<void> {
  if (policy.shareActively(viewer, null)) return;
  const own = await ctx.loaders.organizations.byId.load(viewer.organizationId);
  if (!policy.shareActively(viewer, own ?? null)) throw new ForbiddenError(INACTIVE_GROUP);
}

/**
 * What this caller may list: active resources they may see (`policy.see`), and with
 * `includeArchived` archived ones too (the Secretariat all, a group its own). `scope` names
 * everything the rule reads of the caller, so callers of one scope may share answers.
 */
async function listableBy(ctx: Ctx, includeArchived: boolean): Promise<Pick<LibraryQuery, 'listable' | 'scope'>> {
  const viewer = ctx.viewer;
  const seeAll = policy.seeAll(viewer);
  const confirmed = viewer && !seeAll ? await confirmedWorkshops(ctx) : NONE;
  const archivedToo = (doc: ResourceDoc) => includeArchived && viewer !== null && (seeAll || String(doc.organizationId) === viewer.organizationId);
  const who = !viewer ? 'anonymous' : seeAll ? 'secretariat' : `group ${viewer.organizationId ?? ''} confirmed in ${[...confirmed].sort().join(' ')}`;
  return {
    listable: (doc) => (doc.status === 'ACTIVE' || archivedToo(doc)) && policy.see(viewer, doc, confirmed),
    scope: `${who}${includeArchived ? ', archived too' : ''}`,
  };
}

export async function listResources(
  ctx: Ctx,
  args: { filter?: unknown; sort?: LibrarySort | null; first?: number | null; after?: string | null },
): Promise<ResourcePage> {
  const filter = parseInput(resourceSchemas(ctx.config).filter, args.filter, 'filter') ?? {};
  const size = pageSize(args.first);
  // Relevance needs a text; without one the newest come first.
  const sort: LibrarySort = filter.text ? (args.sort ?? 'RELEVANCE') : args.sort && args.sort !== 'RELEVANCE' ? args.sort : 'NEWEST';
  const after = args.after ? positionOf(args.after) : undefined;
  const library = await ctx.library.current();
  const matches = filter.text ? library.search(filter.text) : undefined;
  const query: LibraryQuery = {
    ...(await listableBy(ctx, filter.includeArchived ?? false)),
    kind: filter.kind ?? undefined,
    topic: filter.topic ?? undefined,
    language: filter.language ?? undefined,
    region: filter.region ?? undefined,
    country: filter.country ?? undefined,
    organizationId: filter.organizationId ?? undefined,
    workshopId: filter.workshopId ?? undefined,
    // A text with no searchable word (only punctuation) matches nothing rather than everything.
    matches: matches === null ? new Map() : matches,
  };
  const rows = library.page(query, sort, size + 1, after);
  for (const row of rows) ctx.loaders.resources.byId.prime(String(row._id), row);
  const page = toPage(rows, size, (row) => encodeCursor(String(sortKeyOf(row, sort, query.matches)), String(row._id)));
  return { ...page, count: async () => library.count(query), facets: async () => library.facets(query) };
}

/** A cursor's position: its sort key (a number in every sort) and id. */
function positionOf(after: string): LibraryPosition {
  const cursor = decodeCursor(after);
  const key = Number(cursor.key);
  if (cursor.key === '' || !Number.isFinite(key)) throw new BadUserInputError('The cursor is not valid; start again without `after`.', 'after');
  return { key, id: cursor.id };
}

function checkLinkField(kind: string, externalUrl: string | null | undefined) {
  if (kind === 'LINK' && !externalUrl) throw new BadUserInputError('A LINK resource needs its externalUrl.', 'externalUrl');
  if (kind !== 'LINK' && externalUrl) throw new BadUserInputError('Only LINK resources have an externalUrl; other kinds hold files.', 'externalUrl');
}

/**
 * Workshops a resource may be linked to: ones the viewer can see (BAD_USER_INPUT otherwise), and,
 * for a group, ones it organises or has people in (FORBIDDEN otherwise).
 */
async function checkWorkshops(ctx: Ctx, viewer: Viewer, ids: string[], field: string): Promise<WorkshopDoc[]> {
  const loaded = await ctx.loaders.workshops.byId.loadMany(ids);
  const workshops = loaded.map((workshop, index) => {
    if (!workshop || workshop instanceof Error || !workshopsPolicy.see(viewer, workshop)) {
      throw new BadUserInputError(`Workshop ${ids[index]} not found.`, field);
    }
    return workshop;
  });
  for (const workshop of workshops) {
    const groupTakesPart =
      policy.seeAll(viewer) ||
      (await groupHasPeopleIn(ctx.database, workshop._id, viewer.organizationId)) ||
      (await groupOrganises(ctx.database, workshop, viewer.organizationId));
    if (!policy.linkTo(viewer, { groupTakesPart })) {
      throw new ForbiddenError('A group links material only to workshops it organises or has people in; ask the Secretariat.');
    }
  }
  return workshops;
}

export async function createResource(ctx: Ctx, input: unknown): Promise<ResourceDoc> {
  const viewer = authorize(ctx.viewer, policy.share, 'Coordinators and the Secretariat share resources.');
  const data = parseInput(resourceSchemas(ctx.config).create, input);
  const organizationId = data.organizationId ?? viewer.organizationId;
  if (!policy.shareFor(viewer, organizationId)) throw new ForbiddenError('A coordinator shares resources for their own group.');
  await requireActiveGroup(ctx, viewer);
  const organization = await ctx.loaders.organizations.byId.load(organizationId);
  if (!organization) throw new BadUserInputError('Organisation not found.', 'organizationId');
  checkLinkField(data.kind, data.externalUrl);
  const workshops = await checkWorkshops(ctx, viewer, data.workshopIds ?? [], 'workshopIds');

  // Links first, under the id the resource will have: a crash in between leaves unused links
  // (the reconcile job drops them), never a resource pointing at links that do not exist.
  const _id = new Types.ObjectId();
  const now = ctx.clock.now();
  await insertLinks(
    ctx,
    _id,
    workshops.map((w) => w._id),
    now,
    policy.chooseFollowUp(viewer),
  );
  const created = await ctx.database.models.Resource.create({
    _id,
    title: data.title,
    description: data.description ?? null,
    kind: data.kind,
    visibility: data.visibility,
    topics: data.topics ?? [],
    languages: data.languages,
    regions: data.regions ?? [],
    countries: data.countries ?? [],
    organizationId: organization._id,
    workshopIds: workshops.map((w) => w._id),
    externalUrl: data.externalUrl ?? null,
    createdBy: new Types.ObjectId(viewer.userId),
    createdAt: now,
    updatedAt: now,
  });
  ctx.events.emit('resource.created', { resourceId: String(_id) });
  return created.toObject() as ResourceDoc;
}

export async function updateResource(ctx: Ctx, input: Record<string, unknown>): Promise<ResourceDoc> {
  const data = parseInput(resourceSchemas(ctx.config).update, input);
  const { viewer, resource } = await findManageable(ctx, data.id, 'id', { sharing: true });
  for (const field of ['title', 'kind', 'visibility', 'languages'] as const) {
    if (field in input && input[field] === null) throw new BadUserInputError(`${field} cannot be cleared.`, field);
  }
  const set: Record<string, unknown> = {};
  for (const field of ['title', 'description', 'kind', 'visibility', 'topics', 'languages', 'regions', 'countries', 'externalUrl'] as const) {
    if (field in input) set[field] = data[field] ?? (['topics', 'regions', 'countries'].includes(field) ? [] : null);
  }
  const merged = { ...resource, ...set } as ResourceDoc;
  checkLinkField(merged.kind, merged.externalUrl);
  if (set.languages) {
    const withFiles = await editionLanguages(ctx, resource._id);
    const dropped = withFiles.filter((language) => !(set.languages as string[]).includes(language));
    if (dropped.length > 0) throw new ConflictError(`The ${dropped.join(', ')} edition has files; it cannot be removed.`, 'EDITION_HAS_FILES');
  }
  if (merged.kind === 'LINK' && resource.kind !== 'LINK' && (await editionLanguages(ctx, resource._id)).length > 0) {
    throw new ConflictError('This resource has files; it cannot become a LINK.', 'HAS_FILES');
  }
  set.updatedAt = ctx.clock.now();
  await withdrawFollowUpChoice(ctx, viewer, resource._id);
  const updated = await updateAlone<ResourceDoc>(ctx.database, ctx.database.models.Resource, { _id: resource._id }, { $set: set });
  if (!updated) throw new NotFoundError('Resource');
  ctx.events.emit('resource.updated', { resourceId: String(updated._id) });
  return updated;
}

async function editionLanguages(ctx: Ctx, resourceId: Types.ObjectId): Promise<string[]> {
  const versions = await ctx.database.models.ResourceVersion.find({ resourceId }, { language: 1 }).lean<Pick<ResourceVersionDoc, 'language'>[]>();
  return [...new Set(versions.map((v) => v.language))];
}

export async function archiveResource(ctx: Ctx, input: { id: string }): Promise<ResourceDoc> {
  const { resource } = await findManageable(ctx, input.id);
  if (resource.status === 'ARCHIVED') return resource;
  const now = ctx.clock.now();
  const updated = await updateAlone<ResourceDoc>(
    ctx.database,
    ctx.database.models.Resource,
    { _id: resource._id },
    {
      $set: { status: 'ARCHIVED', archivedAt: now, updatedAt: now },
    },
  );
  if (!updated) throw new NotFoundError('Resource');
  ctx.events.emit('resource.archived', { resourceId: String(updated._id) });
  return updated;
}

/**
 * Removes a resource for good: files first, then versions, links, download records and last the
 * resource itself, so a crash half-way leaves a resource the admin can delete again.
 */
export async function deleteResource(ctx: Ctx, input: { id: string }): Promise<{ deletedId: string }> {
  authorize(ctx.viewer, policy.delete, 'Only a Secretariat admin deletes resources.');
  const resourceId = parseId(input.id);
  const resource = await ctx.database.models.Resource.findById(resourceId).lean<ResourceDoc>();
  if (!resource) throw new NotFoundError('Resource');
  const { models, db } = ctx.database;
  const versions = await models.ResourceVersion.find({ resourceId }, { fileId: 1 }).lean<Pick<ResourceVersionDoc, 'fileId'>[]>();
  for (const version of versions) await deleteFile(db, version.fileId).catch(() => undefined);
  await models.ResourceVersion.deleteMany({ resourceId });
  await models.ResourceLink.deleteMany({ resourceId });
  await models.ResourceDownload.deleteMany({ resourceId });
  await models.Resource.deleteOne({ _id: resourceId });
  ctx.events.emit('resource.deleted', { resourceId: String(resourceId) });
  return { deletedId: String(resourceId) };
}

const linkId = (resourceId: unknown, workshopId: unknown) => `res:${String(resourceId)}:ws:${String(workshopId)}`;

async function insertLinks(ctx: Ctx, resourceId: Types.ObjectId, workshopIds: Types.ObjectId[], now: Date, inFollowUp: boolean) {
  if (workshopIds.length === 0) return;
  await ctx.database.models.ResourceLink.insertMany(
    workshopIds.map((workshopId) => ({ _id: linkId(resourceId, workshopId), resourceId, workshopId, createdAt: now, inFollowUp })),
    { ordered: false },
  ).catch((err: unknown) => {
    // Linking twice is one link.
    const errors = (err as { writeErrors?: { code?: number; err?: { code?: number } }[] }).writeErrors;
    if (!errors?.every((e) => (e.code ?? e.err?.code) === 11000)) throw err;
  });
}

/** Rewrites the resource's workshopIds from its link documents (the truth). */
export async function syncWorkshopIds(ctx: Pick<Ctx, 'database'>, resourceId: Types.ObjectId): Promise<ResourceDoc | null> {
  const links = await ctx.database.models.ResourceLink.find({ resourceId }, { workshopId: 1 }).sort({ createdAt: 1 }).lean<{ workshopId: Types.ObjectId }[]>();
  return updateAlone<ResourceDoc>(
    ctx.database,
    ctx.database.models.Resource,
    { _id: resourceId },
    { $set: { workshopIds: links.map((link) => link.workshopId) } },
  );
}

export async function linkResource(ctx: Ctx, input: unknown, linked: boolean): Promise<ResourceDoc> {
  const data = parseInput(resourceSchemas(ctx.config).link, input);
  const { viewer, resource } = await findManageable(ctx, data.resourceId, 'resourceId', { sharing: linked });
  const workshopId = new Types.ObjectId(data.workshopId);
  if (linked) {
    if (data.inFollowUp && !policy.chooseFollowUp(viewer))
      throw new ForbiddenError("What goes into participants' follow-up email is the Secretariat's choice.");
    const [workshop] = await checkWorkshops(ctx, viewer, [data.workshopId], 'workshopId').catch((err: unknown) => {
      throw err instanceof ForbiddenError ? err : new NotFoundError('Workshop');
    });
    const inFollowUp = policy.chooseFollowUp(viewer) && data.inFollowUp !== false;
    await insertLinks(ctx, resource._id, [workshop!._id], ctx.clock.now(), inFollowUp);
    // Linking again is how the Secretariat changes its choice for an existing link.
    if (policy.chooseFollowUp(viewer)) await ctx.database.models.ResourceLink.updateOne({ _id: linkId(resource._id, workshop!._id) }, { $set: { inFollowUp } });
  } else {
    await ctx.database.models.ResourceLink.deleteOne({ _id: linkId(resource._id, workshopId) });
  }
  const updated = await syncWorkshopIds(ctx, resource._id);
  if (!updated) throw new NotFoundError('Resource');
  ctx.events.emit(linked ? 'resource.linked' : 'resource.unlinked', { resourceId: String(resource._id), workshopId: data.workshopId });
  return updated;
}

/** The resources linked to a workshop that the viewer may see (Workshop.resources). */
export async function resourcesOfWorkshop(ctx: Ctx, workshopId: string): Promise<ResourceDoc[]> {
  const linked = (await ctx.library.current()).linkedTo(workshopId);
  const visible = await Promise.all(linked.map((resource) => maySee(ctx, resource)));
  return linked.filter((_, index) => visible[index]);
}
