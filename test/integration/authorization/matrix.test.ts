import { randomBytes } from 'node:crypto';
import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { loadTypeDefs } from '../../../src/graphql/schema';
import type { RegistrationStatus } from '../../../src/modules/registrations/registration.model';
import type { TestApp } from '../../helpers/app';
import { givenOrganization, givenQuestion, givenRegistration, givenUser, givenWorkshop, type Network, signInAs, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { errorCodes, graphql } from '../../helpers/graphql';

type Caller = 'anonymous' | 'admin' | 'staff' | 'coordinator' | 'member';
/** `null`: answered without an error, and with nothing (`me` for anonymous callers). */
type Outcome = 'ok' | 'null' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';

interface Operation {
  name: string;
  query: string;
  /** Fresh variables for each call, so one caller's success cannot change another's case. */
  variables(context: { app: TestApp; network: Network }): Promise<Record<string, unknown>>;
  expected: Record<Caller, Outcome>;
}

const secretariatOnly: Record<Caller, Outcome> = { anonymous: 'UNAUTHENTICATED', admin: 'ok', staff: 'ok', coordinator: 'FORBIDDEN', member: 'FORBIDDEN' };
const adminOnly: Record<Caller, Outcome> = { anonymous: 'UNAUTHENTICATED', admin: 'ok', staff: 'FORBIDDEN', coordinator: 'FORBIDDEN', member: 'FORBIDDEN' };
const signedIn: Record<Caller, Outcome> = { anonymous: 'UNAUTHENTICATED', admin: 'ok', staff: 'ok', coordinator: 'ok', member: 'ok' };
const everyone: Record<Caller, Outcome> = { anonymous: 'ok', admin: 'ok', staff: 'ok', coordinator: 'ok', member: 'ok' };

const unique = () => randomBytes(4).toString('hex');

// Every query and mutation of the organisations, people, workshops, registrations and calendar issues, for every role, through HTTP.
describe('authorization matrix', () => {
  const env = useNetworkApp();

  const operations: Operation[] = [
    { name: 'me', query: '{ me { id } }', variables: async () => ({}), expected: { ...everyone, anonymous: 'null' } },
    {
      name: 'organization',
      query: 'query($id: ID!) { organization(id: $id) { id } }',
      variables: async ({ network: n }) => ({ id: String(n.group._id) }),
      expected: signedIn,
    },
    { name: 'organizations', query: '{ organizations(first: 5) { edges { node { id } } } }', variables: async () => ({}), expected: signedIn },
    { name: 'countries', query: '{ countries { code name } }', variables: async () => ({}), expected: everyone },
    { name: 'regions', query: '{ regions { code name } }', variables: async () => ({}), expected: everyone },
    { name: 'topics', query: '{ topics { code name } }', variables: async () => ({}), expected: everyone },
    {
      name: 'createOrganization',
      query: 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }',
      variables: async () => ({ input: { name: `Group ${unique()}`, kind: 'MEMBER_GROUP', country: 'GH' } }),
      expected: secretariatOnly,
    },
    {
      name: 'updateOrganization',
      query: 'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id } } }',
      variables: async () => ({ input: { id: String((await givenOrganization(env.db.current))._id), name: `Renamed ${unique()}` } }),
      expected: secretariatOnly,
    },
    {
      name: 'recordMembershipAssessment',
      query: 'mutation($input: RecordMembershipAssessmentInput!) { recordMembershipAssessment(input: $input) { organization { id } } }',
      variables: async () => ({
        input: {
          organizationId: String((await givenOrganization(env.db.current, { membershipStatus: 'APPLICANT' }))._id),
          decision: 'ADMIT_AS_MEMBER',
          notes: 'ok',
        },
      }),
      expected: secretariatOnly,
    },
    {
      name: 'suspendOrganization',
      query: 'mutation($input: SuspendOrganizationInput!) { suspendOrganization(input: $input) { organization { id } } }',
      variables: async () => ({ input: { id: String((await givenOrganization(env.db.current))._id), reason: 'test' } }),
      expected: secretariatOnly,
    },
    {
      name: 'reinstateOrganization',
      query: 'mutation($input: ReinstateOrganizationInput!) { reinstateOrganization(input: $input) { organization { id } } }',
      variables: async () => ({ input: { id: String((await givenOrganization(env.db.current, { membershipStatus: 'SUSPENDED' }))._id) } }),
      expected: secretariatOnly,
    },
    {
      name: "inviteUser (a member of the coordinator's group)",
      query: 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl } }',
      variables: async ({ network: n }) => ({ input: { email: `new-${unique()}@example.org`, role: 'MEMBER', organizationId: String(n.group._id) } }),
      expected: { anonymous: 'UNAUTHENTICATED', admin: 'ok', staff: 'FORBIDDEN', coordinator: 'ok', member: 'FORBIDDEN' },
    },
    {
      name: 'inviteUser (a coordinator)',
      query: 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl } }',
      variables: async ({ network: n }) => ({
        input: { email: `new-${unique()}@example.org`, role: 'GROUP_COORDINATOR', organizationId: String(n.group._id) },
      }),
      expected: adminOnly,
    },
    ...(['disableUser', 'enableUser'] as const).map((name) => ({
      name,
      query: `mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { user { id } } }`,
      variables: async ({ network: n }: { network: Network }) => ({
        input: { id: String((await givenUser(env.db.current, { role: 'MEMBER', organizationId: n.group._id }))._id) },
      }),
      expected: adminOnly,
    })),
    {
      name: 'changeUserRole',
      query: 'mutation($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { user { id } } }',
      variables: async ({ network: n }) => ({
        input: { id: String((await givenUser(env.db.current, { role: 'MEMBER', organizationId: n.group._id }))._id), role: 'GROUP_COORDINATOR' },
      }),
      expected: adminOnly,
    },
  ];

  const draftId = async () => String((await givenWorkshop(env.db.current, { status: 'DRAFT' }))._id);
  const publishedId = async () => String((await givenWorkshop(env.db.current))._id);
  operations.push(
    {
      name: 'workshop (published)',
      query: 'query($id: ID!) { workshop(id: $id) { id } }',
      variables: async () => ({ id: await publishedId() }),
      expected: everyone,
    },
    {
      name: 'workshop (draft)',
      query: 'query($id: ID!) { workshop(id: $id) { id } }',
      variables: async () => ({ id: await draftId() }),
      expected: { anonymous: 'NOT_FOUND', admin: 'ok', staff: 'ok', coordinator: 'NOT_FOUND', member: 'NOT_FOUND' },
    },
    { name: 'workshops', query: '{ workshops(first: 5) { edges { node { id } } } }', variables: async () => ({}), expected: everyone },
    {
      name: 'workshops (eligible for my group)',
      query: '{ workshops(first: 5, filter: { eligibleForMyGroup: true }) { edges { node { id } } } }',
      variables: async () => ({}),
      expected: signedIn,
    },
    {
      name: 'createWorkshop',
      query: 'mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { workshop { id } } }',
      variables: async () => ({
        input: {
          kind: 'WEBINAR',
          title: 'Matrix webinar',
          format: 'ONLINE',
          timeZone: 'UTC',
          startsAt: '2026-06-01T10:00:00Z',
          endsAt: '2026-06-01T11:00:00Z',
          capacity: 10,
        },
      }),
      expected: secretariatOnly,
    },
    {
      name: 'createWorkshopSeries',
      query: 'mutation($input: CreateWorkshopSeriesInput!) { createWorkshopSeries(input: $input) { seriesId } }',
      variables: async () => ({
        input: {
          rrule: 'FREQ=WEEKLY;COUNT=2',
          workshop: {
            kind: 'WEBINAR',
            title: 'Matrix series',
            format: 'ONLINE',
            timeZone: 'UTC',
            startsAt: '2026-06-01T10:00:00Z',
            endsAt: '2026-06-01T11:00:00Z',
            capacity: 10,
          },
        },
      }),
      expected: secretariatOnly,
    },
    {
      name: 'updateWorkshop',
      query: 'mutation($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id } } }',
      variables: async () => ({ input: { id: await publishedId(), title: 'Renamed in matrix' } }),
      expected: secretariatOnly,
    },
    {
      name: 'publishWorkshop',
      query: 'mutation($input: PublishWorkshopInput!) { publishWorkshop(input: $input) { workshop { id } } }',
      variables: async () => ({ input: { id: await draftId() } }),
      expected: secretariatOnly,
    },
    {
      name: 'cancelWorkshop',
      query: 'mutation($input: CancelWorkshopInput!) { cancelWorkshop(input: $input) { workshop { id } } }',
      variables: async () => ({ input: { id: await publishedId(), reason: 'matrix' } }),
      expected: secretariatOnly,
    },
    {
      name: 'completeWorkshop',
      query: 'mutation($input: CompleteWorkshopInput!) { completeWorkshop(input: $input) { workshop { id } } }',
      variables: async () => ({ input: { id: String((await givenWorkshop(env.db.current, { startsAt: new Date('2026-02-01T00:00:00Z') }))._id) } }),
      expected: secretariatOnly,
    },
  );

  const groupRegistration = async (status: RegistrationStatus, startsAt?: Date) => {
    const workshop = await givenWorkshop(env.db.current, startsAt ? { startsAt, registrationClosesAt: startsAt } : {});
    return String((await givenRegistration(env.db.current, { workshopId: workshop._id, organizationId: env.network.group._id, status }))._id);
  };
  operations.push(
    {
      name: "register (for the coordinator's group)",
      query: 'mutation($input: RegisterInput!) { register(input: $input) { registrations { id } } }',
      variables: async () => ({
        input: {
          workshopId: await publishedId(),
          organizationId: String(env.network.group._id),
          participants: [{ name: 'P', email: `p-${unique()}@example.org` }],
        },
      }),
      expected: { anonymous: 'UNAUTHENTICATED', admin: 'ok', staff: 'ok', coordinator: 'ok', member: 'FORBIDDEN' },
    },
    {
      name: 'registrations',
      query: 'query($id: ID!) { registrations(workshopId: $id) { edges { node { id } } } }',
      variables: async () => ({ id: await publishedId() }),
      expected: signedIn,
    },
    { name: 'myRegistrations', query: '{ myRegistrations { edges { node { id } } } }', variables: async () => ({}), expected: signedIn },
    {
      name: 'cancelRegistration (of the group)',
      query: 'mutation($input: CancelRegistrationInput!) { cancelRegistration(input: $input) { registration { id } } }',
      variables: async () => ({ input: { id: await groupRegistration('CONFIRMED') } }),
      expected: { anonymous: 'UNAUTHENTICATED', admin: 'ok', staff: 'ok', coordinator: 'ok', member: 'NOT_FOUND' },
    },
    ...(['approveRegistration', 'declineRegistration'] as const).map((name) => ({
      name,
      query: `mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { registration { id } } }`,
      variables: async () => ({ input: { id: await groupRegistration('PENDING_APPROVAL') } }),
      expected: { anonymous: 'UNAUTHENTICATED', admin: 'ok', staff: 'ok', coordinator: 'FORBIDDEN', member: 'FORBIDDEN' } as Record<Caller, Outcome>,
    })),
    {
      name: 'acceptOffer (of the group)',
      query: 'mutation($input: AcceptOfferInput!) { acceptOffer(input: $input) { registration { id } } }',
      variables: async () => {
        const id = await groupRegistration('WAITLISTED');
        await env.db.current.models.Registration.updateOne(
          { _id: id },
          { $set: { offerExpiresAt: new Date('2026-03-02T00:00:00Z'), seatClaim: `offer-${id}` } },
        );
        return { input: { id } };
      },
      expected: { anonymous: 'UNAUTHENTICATED', admin: 'ok', staff: 'ok', coordinator: 'ok', member: 'NOT_FOUND' },
    },
    {
      name: 'recordAttendance',
      query: 'mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { registration { id } } }',
      variables: async () => ({ input: { registrationId: await groupRegistration('CONFIRMED', new Date('2026-02-20T00:00:00Z')), attended: true } }),
      expected: { anonymous: 'UNAUTHENTICATED', admin: 'ok', staff: 'ok', coordinator: 'NOT_FOUND', member: 'NOT_FOUND' },
    },
    {
      name: 'erasePerson',
      query: 'mutation($input: ErasePersonInput!) { erasePerson(input: $input) { pseudonym } }',
      variables: async () => ({ input: { email: `gone-${unique()}@example.org` } }),
      expected: { anonymous: 'UNAUTHENTICATED', admin: 'ok', staff: 'ok', coordinator: 'FORBIDDEN', member: 'FORBIDDEN' },
    },
    {
      name: 'workshopReport',
      query: 'query($id: ID!) { workshopReport(workshopId: $id) { attendanceRate } }',
      variables: async () => ({ id: await publishedId() }),
      expected: { anonymous: 'UNAUTHENTICATED', admin: 'ok', staff: 'ok', coordinator: 'FORBIDDEN', member: 'FORBIDDEN' },
    },
    {
      // A group's overview: its coordinators and the Secretariat (which names the group), never its members.
      name: 'groupOverview',
      query: 'query($id: ID) { groupOverview(organizationId: $id) { confirmed } }',
      variables: async () => ({ id: String(env.network.group._id) }),
      expected: { anonymous: 'UNAUTHENTICATED', admin: 'ok', staff: 'ok', coordinator: 'ok', member: 'FORBIDDEN' },
    },
    {
      name: 'approvalQueue',
      query: '{ approvalQueue { total } }',
      variables: async () => ({}),
      expected: { anonymous: 'UNAUTHENTICATED', admin: 'ok', staff: 'ok', coordinator: 'FORBIDDEN', member: 'FORBIDDEN' },
    },
  );

  // The question library and a workshop's questions are the Secretariat's; answers are the
  // participant's, the Secretariat's and (operational ones) the group's. Someone else's
  // registration is refused as bad input naming registrationId (test/integration/questions).
  const aQuestion = async () => String((await givenQuestion(env.db.current, { key: 'matrix', type: 'TEXT', sensitivity: 'OPERATIONAL' }))._id);
  operations.push(
    { name: 'registrationQuestions', query: '{ registrationQuestions { id } }', variables: async () => ({}), expected: secretariatOnly },
    {
      name: 'createRegistrationQuestion',
      query: 'mutation($input: CreateRegistrationQuestionInput!) { createRegistrationQuestion(input: $input) { question { id } } }',
      variables: async () => ({ input: { key: `matrix-${unique()}`, type: 'YES_NO', sensitivity: 'SENSITIVE', labels: { en: 'Needs a visa?' } } }),
      expected: secretariatOnly,
    },
    {
      name: 'updateRegistrationQuestion',
      query: 'mutation($input: UpdateRegistrationQuestionInput!) { updateRegistrationQuestion(input: $input) { question { id } } }',
      variables: async () => ({ input: { id: await aQuestion(), labels: { en: 'Relabelled' } } }),
      expected: secretariatOnly,
    },
    {
      name: 'setWorkshopQuestions',
      query: 'mutation($input: SetWorkshopQuestionsInput!) { setWorkshopQuestions(input: $input) { workshop { id } } }',
      variables: async () => ({ input: { workshopId: await publishedId(), questions: [{ questionId: await aQuestion(), required: true }] } }),
      expected: secretariatOnly,
    },
    {
      name: 'answerQuestions (a registration of the group)',
      query: 'mutation($input: AnswerQuestionsInput!) { answerQuestions(input: $input) { registration { id } } }',
      variables: async () => ({ input: { registrationId: await groupRegistration('CONFIRMED'), answers: [] } }),
      expected: { anonymous: 'UNAUTHENTICATED', admin: 'ok', staff: 'ok', coordinator: 'ok', member: 'BAD_USER_INPUT' },
    },
    {
      name: 'setWorkshopConsents',
      query: 'mutation($input: SetWorkshopConsentsInput!) { setWorkshopConsents(input: $input) { workshop { id } } }',
      variables: async () => ({
        input: { workshopId: await publishedId(), items: [{ key: 'code-of-conduct', texts: { en: 'I follow the code of conduct.' } }] },
      }),
      expected: secretariatOnly,
    },
    {
      // One's own consent only: the member's registration; nobody consents for someone else.
      name: "giveConsents (the member's own registration)",
      query: 'mutation($input: GiveConsentsInput!) { giveConsents(input: $input) { registration { id } } }',
      variables: async () => {
        const id = await groupRegistration('CONFIRMED');
        await env.db.current.models.Registration.updateOne({ _id: id }, { $set: { 'participant.userId': env.network.people.member._id } });
        return { input: { registrationId: id, consents: [] } };
      },
      expected: { anonymous: 'UNAUTHENTICATED', admin: 'BAD_USER_INPUT', staff: 'BAD_USER_INPUT', coordinator: 'BAD_USER_INPUT', member: 'ok' },
    },
    {
      // Those taking part: the Secretariat, the coordinator of a group with people in it, a confirmed participant.
      name: 'workshopParticipants (a workshop the member is confirmed in)',
      query: 'query($id: ID!) { workshopParticipants(workshopId: $id) { name } }',
      variables: async () => {
        const workshop = await givenWorkshop(env.db.current);
        const registration = await givenRegistration(env.db.current, {
          workshopId: workshop._id,
          organizationId: env.network.group._id,
          email: env.network.people.member.email,
        });
        await env.db.current.models.Registration.updateOne({ _id: registration._id }, { $set: { 'participant.userId': env.network.people.member._id } });
        return { id: String(workshop._id) };
      },
      expected: signedIn,
    },
    {
      name: 'updateParticipation (of the group)',
      query: 'mutation($input: UpdateParticipationInput!) { updateParticipation(input: $input) { registration { id } } }',
      variables: async () => ({ input: { registrationId: await groupRegistration('CONFIRMED'), displayName: 'A.N.', listed: false } }),
      expected: { anonymous: 'UNAUTHENTICATED', admin: 'ok', staff: 'ok', coordinator: 'ok', member: 'NOT_FOUND' },
    },
    {
      name: 'invitationLetters',
      query: 'query($id: ID!) { invitationLetters(workshopId: $id) { id } }',
      variables: async () => ({ id: await publishedId() }),
      expected: secretariatOnly,
    },
    // Public: a code that is no letter's answers null to anyone.
    {
      name: 'verifyInvitationLetter',
      query: '{ verifyInvitationLetter(code: "AAAA-BBBB-CCCC-DDDD") { name } }',
      variables: async () => ({}),
      expected: { ...everyone, anonymous: 'null', admin: 'null', staff: 'null', coordinator: 'null', member: 'null' },
    },
    {
      name: "requestInvitationLetter (the member's own registration)",
      query: 'mutation($input: RequestInvitationLetterInput!) { requestInvitationLetter(input: $input) { letter { id } } }',
      variables: async () => {
        const id = await groupRegistration('CONFIRMED');
        await env.db.current.models.Registration.updateOne({ _id: id }, { $set: { 'participant.userId': env.network.people.member._id } });
        return { input: { registrationId: id, language: 'en' } };
      },
      expected: { anonymous: 'UNAUTHENTICATED', admin: 'BAD_USER_INPUT', staff: 'BAD_USER_INPUT', coordinator: 'BAD_USER_INPUT', member: 'ok' },
    },
    {
      name: 'decideInvitationLetter',
      query: 'mutation($input: DecideInvitationLetterInput!) { decideInvitationLetter(input: $input) { letter { id } } }',
      variables: async () => {
        const id = await groupRegistration('CONFIRMED');
        const registration = await env.db.current.models.Registration.findById(id).lean();
        await env.db.current.models.InvitationLetter.create({
          _id: registration!._id,
          workshopId: registration!.workshopId,
          language: 'en',
          status: 'REQUESTED',
          requestedAt: new Date(),
        });
        return { input: { id, approve: true, signatory: 'The Secretariat' } };
      },
      expected: secretariatOnly,
    },
    {
      name: 'remindMissingAnswers',
      query: 'mutation($input: RemindMissingAnswersInput!) { remindMissingAnswers(input: $input) { asked } }',
      variables: async () => ({ input: { workshopId: await publishedId() } }),
      expected: secretariatOnly,
    },
  );

  // Notifications: everyone signed in has their own list and choices; deliveries and jobs are the Secretariat's.
  operations.push(
    {
      name: 'notifications',
      query: '{ notifications(first: 5) { unreadCount edges { node { id title } } } }',
      variables: async () => ({}),
      expected: signedIn,
    },
    { name: 'notificationPreferences', query: '{ notificationPreferences { reminders digests } }', variables: async () => ({}), expected: signedIn },
    {
      name: 'markNotificationsRead',
      query: 'mutation { markNotificationsRead(input: { all: true }) { marked unreadCount } }',
      variables: async () => ({}),
      expected: signedIn,
    },
    {
      name: 'updateNotificationPreferences',
      query: 'mutation { updateNotificationPreferences(input: { digests: true }) { preferences { digests } } }',
      variables: async () => ({}),
      expected: signedIn,
    },
    {
      name: 'notificationDeliveries',
      query: '{ notificationDeliveries(first: 5) { edges { node { id state } } } }',
      variables: async () => ({}),
      expected: secretariatOnly,
    },
    { name: 'backgroundJobs', query: '{ backgroundJobs { name failCount } }', variables: async () => ({}), expected: secretariatOnly },
    {
      name: 'retryNotificationDelivery (unknown id)',
      query: 'mutation($input: RetryNotificationDeliveryInput!) { retryNotificationDelivery(input: $input) { delivery { id } } }',
      variables: async () => ({ input: { id: `REGISTRATION_CONFIRMED:${unique()}:0` } }),
      expected: { anonymous: 'UNAUTHENTICATED', admin: 'NOT_FOUND', staff: 'NOT_FOUND', coordinator: 'FORBIDDEN', member: 'FORBIDDEN' },
    },
  );

  operations.push(
    {
      name: 'calendarFeeds',
      query: '{ calendarFeeds { public { https } personal { issuedAt } group { issuedAt } } }',
      variables: async () => ({}),
      expected: everyone,
    },
    {
      name: 'rotateCalendarToken',
      query: 'mutation($input: RotateCalendarTokenInput!) { rotateCalendarToken(input: $input) { calendarFeeds { personal { issuedAt } } } }',
      variables: async () => ({ input: { feed: 'PERSONAL' } }),
      expected: signedIn,
    },
    {
      name: 'rotateCalendarToken (group feed)',
      query: 'mutation($input: RotateCalendarTokenInput!) { rotateCalendarToken(input: $input) { calendarFeeds { group { issuedAt } } } }',
      variables: async () => ({ input: { feed: 'GROUP' } }),
      expected: { anonymous: 'UNAUTHENTICATED', admin: 'FORBIDDEN', staff: 'FORBIDDEN', coordinator: 'ok', member: 'FORBIDDEN' },
    },
  );

  // Resources: a NETWORK resource of the coordinator's group, stored directly.
  const groupResource = async (visibility: 'NETWORK' | 'PUBLIC' = 'NETWORK') =>
    String(
      (
        await env.db.current.models.Resource.create({
          title: `Matrix toolkit ${unique()}`,
          kind: 'TOOLKIT',
          visibility,
          languages: ['en'],
          organizationId: env.network.group._id,
          createdBy: env.network.people.coordinator._id,
        })
      )._id,
    );
  const groupWorkshopId = async () => {
    const workshop = await givenWorkshop(env.db.current);
    await givenRegistration(env.db.current, { workshopId: workshop._id, organizationId: env.network.group._id });
    return String(workshop._id);
  };
  const groupManages: Record<Caller, Outcome> = { anonymous: 'UNAUTHENTICATED', admin: 'ok', staff: 'ok', coordinator: 'ok', member: 'FORBIDDEN' };
  operations.push(
    {
      name: 'resource (network)',
      query: 'query($id: ID!) { resource(id: $id) { id } }',
      variables: async () => ({ id: await groupResource() }),
      expected: { anonymous: 'NOT_FOUND', admin: 'ok', staff: 'ok', coordinator: 'ok', member: 'ok' },
    },
    {
      name: 'resource (public)',
      query: 'query($id: ID!) { resource(id: $id) { id } }',
      variables: async () => ({ id: await groupResource('PUBLIC') }),
      expected: everyone,
    },
    { name: 'resources', query: '{ resources(first: 5) { totalCount edges { node { id } } } }', variables: async () => ({}), expected: everyone },
    {
      name: 'resourceDownloadReport',
      query: '{ resourceDownloadReport { total } }',
      variables: async () => ({}),
      expected: secretariatOnly,
    },
    {
      name: "createResource (for the caller's own organisation)",
      query: 'mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id } } }',
      variables: async () => ({ input: { title: `Shared ${unique()}`, kind: 'REPORT', visibility: 'NETWORK', languages: ['en'] } }),
      expected: groupManages,
    },
    {
      name: "updateResource (the group's)",
      query: 'mutation($input: UpdateResourceInput!) { updateResource(input: $input) { resource { id } } }',
      variables: async () => ({ input: { id: await groupResource(), title: 'Renamed in matrix' } }),
      expected: groupManages,
    },
    {
      name: "archiveResource (the group's)",
      query: 'mutation($input: ArchiveResourceInput!) { archiveResource(input: $input) { resource { id } } }',
      variables: async () => ({ input: { id: await groupResource() } }),
      expected: groupManages,
    },
    {
      name: 'deleteResource',
      query: 'mutation($input: DeleteResourceInput!) { deleteResource(input: $input) { deletedId } }',
      variables: async () => ({ input: { id: await groupResource() } }),
      expected: adminOnly,
    },
    ...(['linkResource', 'unlinkResource'] as const).map((name) => ({
      name: `${name} (the group's, to a workshop the group has people in)`,
      query: `mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { resource { id } } }`,
      variables: async () => ({ input: { resourceId: await groupResource(), workshopId: await groupWorkshopId() } }),
      expected: groupManages,
    })),
    // Linking material: only the Secretariat, or a group that organises the workshop or has people in it.
    {
      name: "linkResource (the group's, to a workshop the group is not in)",
      query: 'mutation($input: LinkResourceInput!) { linkResource(input: $input) { resource { id } } }',
      variables: async () => ({ input: { resourceId: await groupResource(), workshopId: await publishedId() } }),
      expected: { anonymous: 'UNAUTHENTICATED', admin: 'ok', staff: 'ok', coordinator: 'FORBIDDEN', member: 'FORBIDDEN' },
    },
    {
      name: 'linkResource (into the follow-up email)',
      query: 'mutation($input: LinkResourceInput!) { linkResource(input: $input) { resource { id } } }',
      variables: async () => ({ input: { resourceId: await groupResource(), workshopId: await groupWorkshopId(), inFollowUp: true } }),
      expected: { anonymous: 'UNAUTHENTICATED', admin: 'ok', staff: 'ok', coordinator: 'FORBIDDEN', member: 'FORBIDDEN' },
    },
  );

  // Identity proof: asking for the confirmation email is for the signed-in person (their own
  // address, already proven here, so nothing is sent); the emailed token is the credential of confirmEmail.
  operations.push({
    name: 'requestEmailConfirmation',
    query: 'mutation { requestEmailConfirmation { sent emailConfirmed } }',
    variables: async () => ({}),
    expected: signedIn,
  });
  // One's own profile: anyone signed in (an empty change answers the account as it is).
  operations.push({
    name: 'updateProfile',
    query: 'mutation { updateProfile(input: {}) { user { id } } }',
    variables: async () => ({}),
    expected: signedIn,
  });
  // Asking for a reset link answers anyone alike (test/integration/users/password-reset.test.ts).
  operations.push({
    name: 'requestPasswordReset',
    query: 'mutation { requestPasswordReset(input: { email: "nobody.at.all@example.org" }) { accepted } }',
    variables: async () => ({}),
    expected: everyone,
  });

  const callers: Caller[] = ['anonymous', 'admin', 'staff', 'coordinator', 'member'];
  const cases = operations.flatMap((operation) => callers.map((caller) => [operation.name, caller, operation.expected[caller], operation] as const));

  it.each(cases)('%s as %s: %s', async (_name, caller, outcome, operation) => {
    const token = caller === 'anonymous' ? undefined : env.network.tokens[caller];
    const response = await graphql(env.app.url, operation.query, await operation.variables({ app: env.app, network: env.network }), { token });
    if (outcome === 'ok' || outcome === 'null') {
      expect(response.errors).toBeUndefined();
      // "ok" means the caller gets the object: a field answered null (a draft hidden from the
      // Secretariat, say) is a denial in disguise. "null" is for fields that answer null by design.
      const answers = Object.values((response.data ?? {}) as Record<string, unknown>);
      expect(answers).toHaveLength(1);
      if (outcome === 'ok') expect(answers[0]).not.toBeNull();
      else expect(answers[0]).toBeNull();
    } else {
      expect(errorCodes(response)).toEqual([outcome]);
    }
  });

  // Operations that check their own credentials (or answer anyone), tested in the case below or elsewhere.
  const exempt: Record<string, string> = {
    signIn: 'checks the password itself; rate-limited (test/integration/users/sign-in.test.ts)',
    signOut: "revokes the caller's own session, if any",
    acceptInvitation: 'the invitation token is the credential (test/integration/users/invitations.test.ts)',
    confirmEmail: 'the emailed confirmation token is the credential (test/integration/users/email-identity.test.ts)',
    resetPassword: 'the emailed reset token is the credential (test/integration/users/password-reset.test.ts)',
    serverInfo: 'public: name and version only',
    answerLinkQuestions: 'the emailed answer link is the credential (test/integration/questions/answer-links.test.ts)',
    answerByLink: 'the emailed answer link is the credential, single-use (test/integration/questions/answer-links.test.ts)',
  };

  it('covers every query and mutation of the schema, so no new operation goes unreviewed', () => {
    const schema = buildSchema(loadTypeDefs().join('\n'));
    const covered = new Set(
      operations.flatMap((operation) =>
        parse(operation.query)
          .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
          .flatMap((d) => d.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []))),
      ),
    );
    const roots = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
    expect(roots.filter((name) => !covered.has(name) && !(name in exempt))).toEqual([]);
    // An exemption for an operation that no longer exists is stale.
    expect(Object.keys(exempt).filter((name) => !roots.includes(name))).toEqual([]);
  });

  it('lets anyone call signIn, signOut and acceptInvitation (each checks its own credentials)', async () => {
    expect(
      errorCodes(await graphql(env.app.url, operation(`mutation MatrixSignIn { signIn(input: { email: "a@example.org", password: "x" }) { token } }`))),
    ).toEqual(['BAD_USER_INPUT']);
    expect((await graphql(env.app.url, operation(`mutation MatrixSignOut { signOut { revoked } }`))).data).toEqual({ signOut: { revoked: false } });
    const accept = operation(`mutation MatrixAccept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }`);
    const response = await graphql(env.app.url, accept, {
      input: { token: `inv_${'B'.repeat(43)}`, name: 'X', password: 'long enough password', timeZone: 'UTC', language: 'en' },
    });
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    const confirm = operation(`mutation MatrixConfirm($input: ConfirmEmailInput!) { confirmEmail(input: $input) { emailConfirmed } }`);
    const forged = `ecf_${String(env.network.people.member._id)}.9999999999.${'A'.repeat(43)}`;
    expect(errorCodes(await graphql(env.app.url, confirm, { input: { token: forged } }))).toEqual(['BAD_USER_INPUT']);
    const reset = operation(`mutation MatrixReset($input: ResetPasswordInput!) { resetPassword(input: $input) { token } }`);
    const forgedReset = `pwr_${String(env.network.people.member._id)}.9999999999.${'A'.repeat(43)}`;
    expect(errorCodes(await graphql(env.app.url, reset, { input: { token: forgedReset, password: 'long enough password' } }))).toEqual(['BAD_USER_INPUT']);
  });

  it('gives an account made from a link passed on by hand nothing keyed by its email until it proves the address', async () => {
    const unproven = await givenUser(env.db.current, { role: 'MEMBER', organizationId: env.network.group._id, emailUnconfirmed: true });
    const workshop = await givenWorkshop(env.db.current);
    await givenRegistration(env.db.current, { workshopId: workshop._id, organizationId: env.network.group._id, email: unproven.email });
    const token = await signInAs(env.app.url, unproven.email);
    const mine = await graphql(env.app.url, operation(`query MatrixMyRegistrations { myRegistrations { edges { node { id } } } }`), {}, { token });
    expect(mine.data?.myRegistrations.edges).toEqual([]);
    const choices = operation(`mutation MatrixChoices { updateNotificationPreferences(input: { reminders: false }) { preferences { reminders } } }`);
    expect(errorCodes(await graphql(env.app.url, choices, {}, { token }))).toEqual(['FORBIDDEN']);
  });
});
