import type { ServiceContext } from '../../app/context';
import { authorize, requireViewer } from '../../shared/access/authorize';
import { ForbiddenError, NotFoundError } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import type { OrganizationDoc } from '../organizations/organization.model';
import type { WorkshopDoc } from '../workshops/workshop.model';
import { registrationsPolicy as policy } from './registrations.policy';
import type { GroupFigures } from './seat-tally';

type Ctx = Pick<ServiceContext, 'viewer' | 'loaders' | 'seatFigures' | 'clock'>;

export interface GroupOverview extends GroupFigures {
  organization: OrganizationDoc;
  workshops: (GroupFigures & { workshop: WorkshopDoc })[];
}

/**
 * One group's people in the workshops that have not ended, counted by where they stand: from the
 * seat tally and the programme in memory (each proved current by a point read), never a scan.
 */
export async function groupOverview(ctx: Ctx, args: { organizationId?: string | null }): Promise<GroupOverview> {
  const viewer = requireViewer(ctx.viewer);
  const organizationId = args.organizationId ? String(parseId(args.organizationId, 'organizationId')) : viewer.organizationId;
  if (!policy.seeGroupOverview(viewer, organizationId)) throw new ForbiddenError('Only the group’s coordinators and the Secretariat see its overview.');
  const organization = await ctx.loaders.organizations.byId.load(organizationId);
  if (!organization) throw new NotFoundError('Organisation');
  const tally = await ctx.seatFigures.current();
  const figures = tally.groupFigures(organizationId);
  const workshops = (await upcoming(ctx, [...figures.keys()])).map((workshop) => ({ workshop, ...figures.get(String(workshop._id))! }));
  const total = (field: keyof GroupFigures) => workshops.reduce((sum, row) => sum + row[field], 0);
  return {
    organization,
    workshops,
    confirmed: total('confirmed'),
    waitlisted: total('waitlisted'),
    offers: total('offers'),
    pendingApproval: total('pendingApproval'),
  };
}

/** Registrations awaiting the Secretariat's approval, per workshop that has not ended, soonest first. */
export async function approvalQueue(ctx: Ctx): Promise<{ total: number; workshops: { workshop: WorkshopDoc; pendingApproval: number }[] }> {
  authorize(ctx.viewer, policy.decide);
  const pending = (await ctx.seatFigures.current()).pendingApprovals();
  const workshops = (await upcoming(ctx, [...pending.keys()])).map((workshop) => ({ workshop, pendingApproval: pending.get(String(workshop._id))! }));
  return { total: workshops.reduce((sum, row) => sum + row.pendingApproval, 0), workshops };
}

/** These workshops, those not ended nor cancelled, soonest first. */
async function upcoming(ctx: Ctx, ids: string[]): Promise<WorkshopDoc[]> {
  const now = ctx.clock.now().getTime();
  const docs = await ctx.loaders.workshops.byId.loadMany(ids);
  return docs
    .filter((doc): doc is WorkshopDoc => doc !== null && !(doc instanceof Error) && doc.status !== 'CANCELLED' && doc.endsAt.getTime() > now)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || String(a._id).localeCompare(String(b._id)));
}
