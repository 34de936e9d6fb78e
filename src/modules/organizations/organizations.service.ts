import { updateAlone } from '../../db/document-lock';
import { releaseClaim, tryClaim } from '../../db/claims';
import { parseId } from '../../shared/ids';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors';
import type { ServiceContext } from '../../app/context';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../../graphql/pagination';
import { parseInput } from '../../shared/validation';
import { authorize } from '../../shared/access/authorize';
import type { MembershipStatus, OrganizationDoc, OrganizationKind } from './organization.model';
import { organizationsPolicy as policy } from './organizations.policy';
import { organizationSchemas } from './organizations.validation';
import { defaultRegionOf } from './reference/regions';
import { nameKeyOf } from './search-keys';
import type { Directory, OrganizationPage } from './directory';
import { claimSecretariat, SECRETARIAT_CLAIM } from './secretariat';

type Ctx = Pick<ServiceContext, 'viewer' | 'database' | 'clock' | 'config' | 'loaders' | 'directory'>;

/** The organisations a viewer may see: all, or (partners) their own and the Secretariat. */
async function readScope(ctx: Ctx): Promise<(doc: OrganizationDoc) => boolean> {
  const viewer = authorize(ctx.viewer, policy.read);
  if (policy.readAll(viewer)) return () => true;
  const own = await ctx.loaders.organizations.byId.load(viewer.organizationId);
  if (policy.seesWholeDirectory(viewer, own?.kind as OrganizationKind | undefined)) return () => true;
  return (doc) => String(doc._id) === viewer.organizationId || doc.kind === 'SECRETARIAT';
}

/**
 * An organisation as another module shows it beside its own data (Resource.organization): null
 * where the viewer's directory scope does not reach (anonymous callers; partners, for member
 * groups), through the request's loader so a page costs one query.
 */
export async function organizationFor(ctx: Pick<Ctx, 'viewer' | 'loaders'>, id: string): Promise<OrganizationDoc | null> {
  const viewer = ctx.viewer;
  if (!viewer) return null;
  const [organization, own] = await Promise.all([ctx.loaders.organizations.byId.load(id), ctx.loaders.organizations.byId.load(viewer.organizationId)]);
  if (!organization) return null;
  if (policy.seesWholeDirectory(viewer, own?.kind as OrganizationKind | undefined)) return organization;
  return String(organization._id) === viewer.organizationId || organization.kind === 'SECRETARIAT' ? organization : null;
}

export async function getOrganization(ctx: Ctx, id: string): Promise<OrganizationDoc> {
  const visible = await readScope(ctx);
  const doc = (await ctx.directory.current()).get(String(parseId(id)));
  if (!doc || !visible(doc)) throw new NotFoundError('Organisation');
  return doc;
}

export async function listOrganizations(ctx: Ctx, args: { filter?: unknown; first?: number | null; after?: string | null }): Promise<OrganizationPage> {
  const visible = await readScope(ctx);
  const filter = parseInput(organizationSchemas(ctx.config).filter, args.filter, 'filter') ?? {};
  const size = pageSize(args.first);
  const after = args.after ? decodeCursor(args.after) : undefined;
  const directory = await ctx.directory.current();
  const matches = filter.text ? directory.search(filter.text) : undefined;
  const query = {
    visible,
    region: filter.region ?? undefined,
    country: filter.country?.trim().toUpperCase(),
    membershipStatus: filter.membershipStatus ?? undefined,
    kind: filter.kind ?? undefined,
    topic: filter.topic ?? undefined,
    // A text with no searchable word (only punctuation) matches nothing rather than everything.
    matches: matches === null ? new Map() : matches,
  };
  const rows = directory.page(query, size + 1, after);
  // Counted only when asked, once per page, from the same directory the page was read from.
  let tally: ReturnType<Directory['tally']> | undefined;
  const tallied = () => (tally ??= directory.tally(query));
  return {
    ...toPage(rows, size, (row) => encodeCursor(row.nameKey, String(row._id))),
    count: () => tallied().count,
    countries: () => tallied().countries,
  };
}

export async function createOrganization(ctx: Ctx, input: unknown): Promise<OrganizationDoc> {
  const viewer = authorize(ctx.viewer, policy.manage);
  const data = parseInput(organizationSchemas(ctx.config).create, input);
  const now = ctx.clock.now();
  const region = data.region ?? regionFor(ctx, data.country);
  let membershipStatus: MembershipStatus | null = null;
  if (data.kind === 'MEMBER_GROUP') membershipStatus = data.membershipStatus ?? 'APPLICANT';
  else if (data.membershipStatus) throw new BadUserInputError('Only member groups have a membership status.', 'membershipStatus');

  // Exactly one Secretariat: its creation takes a claim first (DESIGN.md claims rule).
  if (data.kind === 'SECRETARIAT') await claimSecretariat(ctx, now);
  try {
    const created = await ctx.database.models.Organization.create({
      ...data,
      region,
      membershipStatus,
      topics: data.topics ?? [],
      languages: data.languages ?? [],
      nameKey: nameKeyOf(data.name),
      statusHistory: membershipStatus ? [{ from: null, to: membershipStatus, at: now, by: viewer.userId }] : [],
    });
    return created.toObject() as OrganizationDoc;
  } catch (err) {
    if (data.kind === 'SECRETARIAT') await releaseClaim(ctx.database.db, SECRETARIAT_CLAIM);
    throw err;
  }
}

export async function updateOrganization(ctx: Ctx, input: unknown): Promise<OrganizationDoc> {
  authorize(ctx.viewer, policy.manage);
  const data = parseInput(organizationSchemas(ctx.config).update, input);
  const current = await findExisting(ctx, data.id);
  const set: Record<string, unknown> = {};
  const raw = input as Record<string, unknown>;
  if (data.name) set.name = data.name;
  if (data.country) set.country = data.country;
  if (data.region) set.region = data.region;
  else if (data.country && data.country !== current.country) set.region = regionFor(ctx, data.country);
  if (data.topics) set.topics = data.topics;
  if (data.languages) set.languages = data.languages;
  for (const field of ['website', 'contactEmail'] as const) {
    if (data[field]) set[field] = data[field];
    else if (field in raw && raw[field] === null) set[field] = null;
  }
  for (const field of ['name', 'country', 'topics', 'languages'] as const) {
    if (field in raw && raw[field] === null) throw new BadUserInputError(`${field} cannot be cleared.`, field);
  }
  const name = (set.name as string | undefined) ?? current.name;
  set.nameKey = nameKeyOf(name);
  const updated = await updateAlone<OrganizationDoc>(ctx.database, ctx.database.models.Organization, { _id: current._id }, { $set: set });
  if (!updated) throw new NotFoundError('Organisation');
  return updated;
}

export async function recordMembershipAssessment(ctx: Ctx, input: unknown): Promise<OrganizationDoc> {
  const viewer = authorize(ctx.viewer, policy.manage);
  const data = parseInput(organizationSchemas(ctx.config).assessment, input);
  const current = await findExisting(ctx, data.organizationId, 'organizationId');
  if (current.kind !== 'MEMBER_GROUP' || current.membershipStatus !== 'APPLICANT') {
    throw new ConflictError('Only an applicant group can be assessed for admission.', 'NOT_AN_APPLICANT');
  }
  const now = ctx.clock.now();
  const to: MembershipStatus = data.decision === 'ADMIT_AS_MEMBER' ? 'MEMBER' : data.decision === 'ADMIT_AS_AFFILIATE' ? 'AFFILIATE' : 'APPLICANT';
  if (to !== 'APPLICANT') await claimTransition(ctx, current, now);
  const assessment = { notes: data.notes, decision: data.decision, decidedOn: data.decidedOn ?? now, recordedBy: viewer.userId, recordedAt: now };
  const updated = await updateAlone<OrganizationDoc>(
    ctx.database,
    ctx.database.models.Organization,
    { _id: current._id, membershipStatus: 'APPLICANT' },
    {
      $push: {
        assessments: assessment,
        ...(to !== 'APPLICANT' ? { statusHistory: { from: 'APPLICANT', to, at: now, by: viewer.userId, reason: data.decision } } : {}),
      },
      $set: { membershipStatus: to },
    },
  );
  if (!updated) throw new ConflictError('The group was decided on meanwhile; reload it.', 'NOT_AN_APPLICANT');
  return updated;
}

export async function suspendOrganization(ctx: Ctx, input: { id: string; reason: string }): Promise<OrganizationDoc> {
  return changeStatus(ctx, input.id, ['MEMBER', 'AFFILIATE'], 'SUSPENDED', input.reason);
}

export async function reinstateOrganization(
  ctx: Ctx,
  input: { id: string; status?: MembershipStatus | null; reason?: string | null },
): Promise<OrganizationDoc> {
  const to = input.status ?? 'MEMBER';
  if (to !== 'MEMBER' && to !== 'AFFILIATE') throw new BadUserInputError('Reinstate as MEMBER or AFFILIATE.', 'status');
  return changeStatus(ctx, input.id, ['SUSPENDED'], to, input.reason ?? 'Reinstated');
}

async function changeStatus(ctx: Ctx, id: string, from: MembershipStatus[], to: MembershipStatus, reason: string) {
  const viewer = authorize(ctx.viewer, policy.manage);
  const why = parseInput(organizationSchemas(ctx.config).reason, reason);
  const current = await findExisting(ctx, id);
  if (!current.membershipStatus || !from.includes(current.membershipStatus as MembershipStatus)) {
    throw new ConflictError(`A group that is ${current.membershipStatus ?? 'not a member group'} cannot become ${to}.`, 'INVALID_STATUS_CHANGE');
  }
  const now = ctx.clock.now();
  await claimTransition(ctx, current, now);
  const updated = await updateAlone<OrganizationDoc>(
    ctx.database,
    ctx.database.models.Organization,
    { _id: current._id, membershipStatus: current.membershipStatus },
    { $set: { membershipStatus: to }, $push: { statusHistory: { from: current.membershipStatus, to, reason: why, at: now, by: viewer.userId } } },
  );
  if (!updated) throw new ConflictError('The group changed meanwhile; reload it.', 'INVALID_STATUS_CHANGE');
  return updated;
}

/**
 * Status changes are numbered by the history's length; each number can be claimed once, so of two
 * concurrent decisions exactly one wins (a status guard in the update alone is not atomic on FerretDB).
 */
async function claimTransition(ctx: Ctx, current: OrganizationDoc, now: Date): Promise<void> {
  const id = `org:${String(current._id)}:status:${current.statusHistory.length}`;
  if (!(await tryClaim(ctx.database.db, id, { kind: 'organization-status', now }))) {
    throw new ConflictError('The group was decided on meanwhile; reload it.', 'STATUS_CHANGED');
  }
}

async function findExisting(ctx: Ctx, id: string, field = 'id'): Promise<OrganizationDoc> {
  const doc = await ctx.database.models.Organization.findById(parseId(id, field)).lean<OrganizationDoc>();
  if (!doc) throw new NotFoundError('Organisation');
  return doc;
}

function regionFor(ctx: Ctx, country: string): string {
  const region = defaultRegionOf(country);
  if (!ctx.config.regions.includes(region)) {
    throw new BadUserInputError(`Give a region: the country's default region ${region} is not configured.`, 'region');
  }
  return region;
}
