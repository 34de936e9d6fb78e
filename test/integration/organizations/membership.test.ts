import { startTestApp, type TestApp } from '../../helpers/app';
import { useTestDatabase } from '../../helpers/database';
import { givenOrganization, givenUser, signInAs, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { errorCodes, graphql } from '../../helpers/graphql';

const ASSESS = operation(`mutation MembershipAssess($input: RecordMembershipAssessmentInput!) {
  recordMembershipAssessment(input: $input) { organization { id membershipStatus assessments { decision notes decidedOn } statusHistory { from to reason } } }
}`);
const SUSPEND = operation(
  `mutation MembershipSuspend($input: SuspendOrganizationInput!) { suspendOrganization(input: $input) { organization { membershipStatus statusHistory { from to reason } } } }`,
);
const REINSTATE = operation(
  `mutation MembershipReinstate($input: ReinstateOrganizationInput!) { reinstateOrganization(input: $input) { organization { membershipStatus } } }`,
);
const READ = operation(`query MembershipRead($id: ID!) { organization(id: $id) { membershipStatus assessments { decision notes } statusHistory { to } } }`);

// The network's admission practice: apply, be assessed, be admitted or declined; suspension.
describe('membership', () => {
  const env = useNetworkApp();

  it('records an assessment and admits an applicant as a member', async () => {
    const applicant = await givenOrganization(env.db.current, { membershipStatus: 'APPLICANT' });
    const response = await graphql(
      env.app.url,
      ASSESS,
      {
        input: {
          organizationId: String(applicant._id),
          decision: 'ADMIT_AS_MEMBER',
          notes: 'Meets the criteria: independent, child-rights based.',
          decidedOn: '2026-02-20T00:00:00Z',
        },
      },
      { token: env.network.tokens.staff },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.recordMembershipAssessment.organization).toMatchObject({
      membershipStatus: 'MEMBER',
      assessments: [{ decision: 'ADMIT_AS_MEMBER', notes: 'Meets the criteria: independent, child-rights based.', decidedOn: '2026-02-20T00:00:00.000Z' }],
      statusHistory: [{ from: 'APPLICANT', to: 'MEMBER', reason: 'ADMIT_AS_MEMBER' }],
    });
  });

  it('keeps a declined applicant as applicant, with the assessment on record', async () => {
    const applicant = await givenOrganization(env.db.current, { membershipStatus: 'APPLICANT' });
    const response = await graphql(
      env.app.url,
      ASSESS,
      { input: { organizationId: String(applicant._id), decision: 'DECLINE', notes: 'Not yet independent of its funder.' } },
      { token: env.network.tokens.admin },
    );
    expect(response.data?.recordMembershipAssessment.organization.membershipStatus).toBe('APPLICANT');
    expect(response.data?.recordMembershipAssessment.organization.assessments).toHaveLength(1);
  });

  it('admits an applicant once when two decisions arrive at once', async () => {
    const applicant = await givenOrganization(env.db.current, { membershipStatus: 'APPLICANT' });
    const answers = await Promise.all(
      (['ADMIT_AS_MEMBER', 'ADMIT_AS_AFFILIATE', 'ADMIT_AS_MEMBER'] as const).map((decision) =>
        graphql(env.app.url, ASSESS, { input: { organizationId: String(applicant._id), decision, notes: 'ok' } }, { token: env.network.tokens.admin }),
      ),
    );
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    expect(answers.filter((a) => errorCodes(a)[0] === 'CONFLICT')).toHaveLength(2);
    const stored = await env.db.current.models.Organization.findById(applicant._id).lean();
    expect(stored?.assessments).toHaveLength(1);
    expect(stored?.statusHistory.filter((h) => h.from === 'APPLICANT')).toHaveLength(1);
  });

  it('refuses to assess a group that is not an applicant', async () => {
    const member = await givenOrganization(env.db.current, { membershipStatus: 'MEMBER' });
    const response = await graphql(
      env.app.url,
      ASSESS,
      { input: { organizationId: String(member._id), decision: 'DECLINE', notes: 'x' } },
      { token: env.network.tokens.admin },
    );
    expect(errorCodes(response)).toEqual(['CONFLICT']);
  });

  it('suspends a member with a reason and reinstates it, keeping the history', async () => {
    const group = await givenOrganization(env.db.current, { membershipStatus: 'AFFILIATE' });
    const suspended = await graphql(
      env.app.url,
      SUSPEND,
      { input: { id: String(group._id), reason: 'Annual report not received for two years.' } },
      { token: env.network.tokens.admin },
    );
    expect(suspended.data?.suspendOrganization.organization).toEqual({
      membershipStatus: 'SUSPENDED',
      statusHistory: [{ from: 'AFFILIATE', to: 'SUSPENDED', reason: 'Annual report not received for two years.' }],
    });
    expect(errorCodes(await graphql(env.app.url, SUSPEND, { input: { id: String(group._id), reason: 'again' } }, { token: env.network.tokens.admin }))).toEqual(
      ['CONFLICT'],
    );
    const reinstated = await graphql(env.app.url, REINSTATE, { input: { id: String(group._id), status: 'AFFILIATE' } }, { token: env.network.tokens.admin });
    expect(reinstated.data).toEqual({ reinstateOrganization: { organization: { membershipStatus: 'AFFILIATE' } } });
    expect(errorCodes(await graphql(env.app.url, SUSPEND, { input: { id: String(group._id), reason: '  ' } }, { token: env.network.tokens.admin }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('shows assessments to the Secretariat only', async () => {
    const applicant = await givenOrganization(env.db.current, { membershipStatus: 'APPLICANT' });
    await graphql(
      env.app.url,
      ASSESS,
      { input: { organizationId: String(applicant._id), decision: 'DECLINE', notes: 'Confidential notes' } },
      { token: env.network.tokens.admin },
    );
    const bySecretariat = await graphql(env.app.url, READ, { id: String(applicant._id) }, { token: env.network.tokens.staff });
    expect(bySecretariat.data?.organization?.assessments).toHaveLength(1);
    for (const token of [env.network.tokens.coordinator, env.network.tokens.member]) {
      const response = await graphql(env.app.url, READ, { id: String(applicant._id) }, { token });
      expect(response.data?.organization?.assessments).toEqual([]);
    }
  });

  it('leaves membership decisions to the Secretariat', async () => {
    const applicant = await givenOrganization(env.db.current, { membershipStatus: 'APPLICANT' });
    for (const token of [env.network.tokens.coordinator, env.network.tokens.member]) {
      const response = await graphql(
        env.app.url,
        ASSESS,
        { input: { organizationId: String(applicant._id), decision: 'ADMIT_AS_MEMBER', notes: 'me' } },
        { token },
      );
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    }
    expect((await env.db.current.models.Organization.findById(applicant._id).lean())?.membershipStatus).toBe('APPLICANT');
  });
});

describe('the one Secretariat', () => {
  const db = useTestDatabase();
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(db.current);
  });
  afterAll(() => app.close());

  it('is created once when five requests race for it', async () => {
    // An admin whose organisation is not yet stored: the state admin:create starts from.
    const placeholder = await givenOrganization(db.current, { kind: 'PARTNER', name: 'Bootstrap' });
    const admin = await givenUser(db.current, { role: 'SECRETARIAT_ADMIN', organizationId: placeholder._id });
    const token = await signInAs(app.url, admin.email);
    const create = operation(`mutation MembershipCreate($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }`);
    const answers = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => graphql(app.url, create, { input: { name: `Secretariat ${n}`, kind: 'SECRETARIAT', country: 'TH' } }, { token })),
    );
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    expect(answers.filter((a) => errorCodes(a)[0] === 'CONFLICT')).toHaveLength(4);
    expect(await db.current.models.Organization.countDocuments({ kind: 'SECRETARIAT' })).toBe(1);
  });
});
