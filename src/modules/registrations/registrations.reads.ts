import { Types, type QueryFilter } from 'mongoose';
import { parseId } from '../../shared/ids';
import { NotFoundError } from '../../shared/errors';
import type { ServiceContext } from '../../app/context';
import { afterCursor, encodeCursor, objectIdKey, pageSize, toPage } from '../../graphql/pagination';
import { parseInput } from '../../shared/validation';
import { ownRegistrationsFilter } from '../users/email-proof';
import { requireViewer } from '../../shared/access/authorize';
import type { Viewer } from '../../shared/access/roles';
import type { RegistrationDoc } from './registration.model';
import { registrationsPolicy as policy } from './registrations.policy';
import { registrationFilterSchema } from './registrations.validation';

type Ctx = Pick<ServiceContext, 'viewer' | 'database' | 'loaders'>;

export async function listRegistrations(ctx: Ctx, args: { workshopId: string; filter?: unknown; first?: number | null; after?: string | null }) {
  const viewer = requireViewer(ctx.viewer);
  const filter = parseInput(registrationFilterSchema, args.filter, 'filter') ?? {};
  const size = pageSize(args.first, 50);
  const query: QueryFilter<RegistrationDoc> = { workshopId: parseId(args.workshopId, 'workshopId'), ...(await scopeOf(ctx, viewer)) };
  if (filter.status) query.status = filter.status;
  if (filter.organizationId && policy.scope(viewer) === 'all') query.organizationId = new Types.ObjectId(filter.organizationId);
  return pageInIdOrder(ctx, query, size, args.after);
}

export async function myRegistrations(ctx: Ctx, args: { first?: number | null; after?: string | null }) {
  const viewer = requireViewer(ctx.viewer);
  const size = pageSize(args.first);
  const query: QueryFilter<RegistrationDoc> = await ownScope(ctx, viewer);
  return pageInIdOrder(ctx, query, size, args.after);
}

/** A page of registrations in `_id` order, after the cursor if one is given. */
async function pageInIdOrder(ctx: Ctx, query: QueryFilter<RegistrationDoc>, size: number, after: string | null | undefined) {
  if (after) query.$and = [afterCursor(after, '_id', objectIdKey)];
  const rows = await ctx.database.models.Registration.find(query)
    .sort({ _id: 1 })
    .limit(size + 1)
    .lean<RegistrationDoc[]>();
  return toPage(rows, size, (row) => encodeCursor(String(row._id), String(row._id)));
}

async function ownScope(ctx: Ctx, viewer: Viewer): Promise<QueryFilter<RegistrationDoc>> {
  const me = await ctx.loaders.users.byId.load(viewer.userId);
  return me ? ownRegistrationsFilter(me) : { 'participant.userId': new Types.ObjectId(viewer.userId) };
}

/** The registrations a viewer may see: no coordinator or member ever reads another group's people. */
async function scopeOf(ctx: Ctx, viewer: Viewer): Promise<QueryFilter<RegistrationDoc>> {
  const scope = policy.scope(viewer);
  if (scope === 'all') return {};
  if (scope === 'group') return { organizationId: new Types.ObjectId(viewer.organizationId) };
  return ownScope(ctx, viewer);
}

/** NOT_FOUND for what the viewer may not see, so an id reveals nothing. */
export async function findVisible(ctx: Ctx, viewer: Viewer, id: string): Promise<RegistrationDoc> {
  const registration = await ctx.database.models.Registration.findOne({ _id: parseId(id), ...(await scopeOf(ctx, viewer)) }).lean<RegistrationDoc>();
  if (!registration) throw new NotFoundError('Registration');
  return registration;
}

/** The group and account a registration belongs to, as the policy reads them. */
export function ownerOf(registration: RegistrationDoc) {
  return { organizationId: String(registration.organizationId), userId: registration.participant?.userId ? String(registration.participant.userId) : null };
}
