import type {
  MembershipStatusChangeResolvers,
  MutationResolvers,
  OrganizationConnectionResolvers,
  OrganizationResolvers,
  QueryResolvers,
} from '../../graphql/generated/resolvers-types';
import { organizationsPolicy } from './organizations.policy';
import * as organizations from './organizations.service';
import { listCountries } from './countries.service';
import { listRegions, listTopics } from './reference-names.service';

const organization: QueryResolvers['organization'] = (_parent, { id }, ctx) => organizations.getOrganization(ctx, id);

const countries: QueryResolvers['countries'] = async (_parent, args, ctx) => [...(await listCountries(ctx, args.language ?? null))];

const regions: QueryResolvers['regions'] = (_parent, args, ctx) => listRegions(ctx, args.language ?? null);
const topics: QueryResolvers['topics'] = (_parent, args, ctx) => listTopics(ctx, args.language ?? null);

const organizationsQuery: QueryResolvers['organizations'] = (_parent, args, ctx) => organizations.listOrganizations(ctx, args);

const mutations: MutationResolvers = {
  createOrganization: async (_parent, { input }, ctx) => ({ organization: await organizations.createOrganization(ctx, input) }),
  updateOrganization: async (_parent, { input }, ctx) => ({ organization: await organizations.updateOrganization(ctx, input) }),
  recordMembershipAssessment: async (_parent, { input }, ctx) => ({
    organization: await organizations.recordMembershipAssessment(ctx, input),
  }),
  suspendOrganization: async (_parent, { input }, ctx) => ({ organization: await organizations.suspendOrganization(ctx, input) }),
  reinstateOrganization: async (_parent, { input }, ctx) => ({ organization: await organizations.reinstateOrganization(ctx, input) }),
};

const Organization: OrganizationResolvers = {
  id: (org) => String(org._id),
  assessments: (org, _args, ctx) => (ctx.viewer && organizationsPolicy.readAssessments(ctx.viewer) ? org.assessments : []),
};

const OrganizationConnection: OrganizationConnectionResolvers = {
  totalCount: (page) => page.count(),
  countries: (page) => page.countries(),
};

const MembershipStatusChange: MembershipStatusChangeResolvers = {
  reason: (change, _args, ctx) => (ctx.viewer && organizationsPolicy.readStatusReasons(ctx.viewer) ? (change.reason ?? null) : null),
};

export const organizationsResolvers = {
  Query: { organization, organizations: organizationsQuery, countries, regions, topics },
  Mutation: mutations,
  Organization,
  OrganizationConnection,
  MembershipStatusChange,
};
