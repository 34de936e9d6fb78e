/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation OfflineRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }": typeof types.OfflineRegisterDocument,
    "mutation FixturesSignIn($input: SignInInput!) { signIn(input: $input) { token user { id email role } } }": typeof types.FixturesSignInDocument,
    "mutation MatrixSignIn { signIn(input: { email: \"a@example.org\", password: \"x\" }) { token } }": typeof types.MatrixSignInDocument,
    "mutation MatrixSignOut { signOut { revoked } }": typeof types.MatrixSignOutDocument,
    "mutation MatrixAccept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }": typeof types.MatrixAcceptDocument,
    "mutation MatrixConfirm($input: ConfirmEmailInput!) { confirmEmail(input: $input) { emailConfirmed } }": typeof types.MatrixConfirmDocument,
    "mutation MatrixReset($input: ResetPasswordInput!) { resetPassword(input: $input) { token } }": typeof types.MatrixResetDocument,
    "query MatrixMyRegistrations { myRegistrations { edges { node { id } } } }": typeof types.MatrixMyRegistrationsDocument,
    "mutation MatrixChoices { updateNotificationPreferences(input: { reminders: false }) { preferences { reminders } } }": typeof types.MatrixChoicesDocument,
    "query PrivateFeedsFeeds { calendarFeeds {\n  public { name https webcal } regions { name https } topics { name https }\n  personal { feed issuedAt link { name https webcal } }\n  group { feed issuedAt link { name https webcal } } } }": typeof types.PrivateFeedsFeedsDocument,
    "mutation PrivateFeedsRotate($input: RotateCalendarTokenInput!) { rotateCalendarToken(input: $input) { calendarFeeds {\n  personal { feed issuedAt link { https } } group { feed issuedAt link { https } } } } }": typeof types.PrivateFeedsRotateDocument,
    "mutation PrivateFeedsRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }": typeof types.PrivateFeedsRegisterDocument,
    "mutation PrivateFeedsCancelRegistration($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }": typeof types.PrivateFeedsCancelRegistrationDocument,
    "mutation PrivateFeedsCancelWorkshop($id: ID!) { cancelWorkshop(input: { id: $id, reason: \"Postponed.\" }) { workshop { id sequence } } }": typeof types.PrivateFeedsCancelWorkshopDocument,
    "mutation PrivateFeedsDisableUser($id: ID!) { disableUser(input: { id: $id }) { user { id } } }": typeof types.PrivateFeedsDisableUserDocument,
    "mutation PrivateFeedsErasePerson($email: String!) { erasePerson(input: { email: $email }) { pseudonym } }": typeof types.PrivateFeedsErasePersonDocument,
    "mutation PrivateFeedsChangeUserRole($id: ID!) { changeUserRole(input: { id: $id, role: MEMBER }) { user { id } } }": typeof types.PrivateFeedsChangeUserRoleDocument,
    "mutation PublicFeedsCreate($input: CreateWorkshopInput!) { createWorkshop(input: $input) { workshop { id sequence } } }": typeof types.PublicFeedsCreateDocument,
    "mutation PublicFeedsPublish($id: ID!) { publishWorkshop(input: { id: $id }) { workshop { id sequence } } }": typeof types.PublicFeedsPublishDocument,
    "mutation PublicFeedsUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id sequence } } }": typeof types.PublicFeedsUpdateDocument,
    "mutation PublicFeedsCancel($id: ID!) { cancelWorkshop(input: { id: $id, reason: \"The venue closed.\" }) { workshop { id sequence status } } }": typeof types.PublicFeedsCancelDocument,
    "mutation PublicFeedsRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }": typeof types.PublicFeedsRegisterDocument,
    "mutation CalendarTwoProcessesUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id sequence } } }": typeof types.CalendarTwoProcessesUpdateDocument,
    "mutation CalendarTwoProcessesRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }": typeof types.CalendarTwoProcessesRegisterDocument,
    "query CalendarTwoProcessesFeeds { calendarFeeds { personal { link { https } } } }": typeof types.CalendarTwoProcessesFeedsDocument,
    "mutation ApiKilledRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }": typeof types.ApiKilledRegisterDocument,
    "mutation DatabaseOutageRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }": typeof types.DatabaseOutageRegisterDocument,
    "query DatabaseOutageWorkshops { workshops(first: 5) { edges { node { id } } } }": typeof types.DatabaseOutageWorkshopsDocument,
    "mutation EmailIdentityFuzzInvite($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl emailed invitation { email role } } }": typeof types.EmailIdentityFuzzInviteDocument,
    "mutation EmailIdentityFuzzAccept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token user { id emailConfirmed } } }": typeof types.EmailIdentityFuzzAcceptDocument,
    "mutation EmailIdentityFuzzFeed { rotateCalendarToken(input: { feed: PERSONAL }) { calendarFeeds { personal { link { https } } } } }": typeof types.EmailIdentityFuzzFeedDocument,
    "query GraphqlFuzzSearchWorkshops($filter: WorkshopFilter) { workshops(first: 50, filter: $filter) { edges { cursor } } }": typeof types.GraphqlFuzzSearchWorkshopsDocument,
    "query GraphqlFuzzSearchResources($filter: ResourceFilter) { resources(first: 50, filter: $filter) { edges { cursor } } }": typeof types.GraphqlFuzzSearchResourcesDocument,
    "query GraphqlFuzzSearchOrganizations($filter: OrganizationFilter) { organizations(first: 50, filter: $filter) { edges { cursor } } }": typeof types.GraphqlFuzzSearchOrganizationsDocument,
    "mutation HttpHostileSignIn($input: SignInInput!) { signIn(input: $input) { token } }": typeof types.HttpHostileSignInDocument,
    "mutation RegressionsUpdateThisAndFuture($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id } } }": typeof types.RegressionsUpdateThisAndFutureDocument,
    "mutation RegressionsFirstChoices($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { preferences { digests } } }": typeof types.RegressionsFirstChoicesDocument,
    "mutation LettersRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }": typeof types.LettersRegisterDocument,
    "mutation LettersRequest($input: RequestInvitationLetterInput!) {\n  requestInvitationLetter(input: $input) { letter { id status language questions { key } verificationCode downloadUrl } } }": typeof types.LettersRequestDocument,
    "mutation LettersDecide($input: DecideInvitationLetterInput!) {\n  decideInvitationLetter(input: $input) { letter { id status coverage signatory declineReason verificationCode downloadUrl } } }": typeof types.LettersDecideDocument,
    "query LettersMine { myRegistrations { edges { node { id invitationLetter { status verificationCode } } } } }": typeof types.LettersMineDocument,
    "query LettersList($workshopId: ID!) { registrations(workshopId: $workshopId) { edges { node { id invitationLetter { status } } } } }": typeof types.LettersListDocument,
    "query LettersOfWorkshop($workshopId: ID!) { invitationLetters(workshopId: $workshopId) { id status registration { participant { name } } } }": typeof types.LettersOfWorkshopDocument,
    "query LettersVerify($code: String!) { verifyInvitationLetter(code: $code) { name workshopTitle startsAt endsAt } }": typeof types.LettersVerifyDocument,
    "mutation DeliveryRacesMarkRead($ids: [ID!]) { markNotificationsRead(input: { ids: $ids }) { marked unreadCount } }": typeof types.DeliveryRacesMarkReadDocument,
    "query DeliveryRacesMine { notifications(first: 20) { unreadCount edges { node { id readAt } } } }": typeof types.DeliveryRacesMineDocument,
    "mutation DeliveryReadsRegister($input: RegisterInput!) { register(input: $input) { registrations { id status waitlistPosition } } }": typeof types.DeliveryReadsRegisterDocument,
    "mutation DeliveryReadsCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }": typeof types.DeliveryReadsCancelDocument,
    "query DeliveryReadsRegistrations($id: ID!) { registrations(workshopId: $id, first: 20) { edges { node { status waitlistPosition } } } }": typeof types.DeliveryReadsRegistrationsDocument,
    "query DeliveryDeliveries($filter: NotificationDeliveryFilter) { notificationDeliveries(filter: $filter, first: 50) {\n  edges { node { id kind recipientEmail state attempts lastError nextAttemptAt sentAt } } } }": typeof types.DeliveryDeliveriesDocument,
    "mutation DeliveryRetry($id: ID!) { retryNotificationDelivery(input: { id: $id }) { delivery { id state attempts } } }": typeof types.DeliveryRetryDocument,
    "mutation FollowUpLink($input: LinkResourceInput!) { linkResource(input: $input) { resource { id } } }": typeof types.FollowUpLinkDocument,
    "mutation InvitationEmailInvite($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl } }": typeof types.InvitationEmailInviteDocument,
    "mutation InvitationEmailAccept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }": typeof types.InvitationEmailAcceptDocument,
    "mutation RegistrationMessagesRegister($input: RegisterInput!) { register(input: $input) { registrations { id status waitlistPosition } } }": typeof types.RegistrationMessagesRegisterDocument,
    "mutation RegistrationMessagesCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }": typeof types.RegistrationMessagesCancelDocument,
    "query RegistrationMessagesMyNotifications { notifications(first: 10) { unreadCount edges { node { kind title body readAt workshop { id } } } } }": typeof types.RegistrationMessagesMyNotificationsDocument,
    "mutation RegistrationMessagesMarkRead { markNotificationsRead(input: { all: true }) { marked unreadCount } }": typeof types.RegistrationMessagesMarkReadDocument,
    "mutation RegistrationMessagesCancelWorkshop($id: ID!) { cancelWorkshop(input: { id: $id, reason: \"The venue closed\" }) { workshop { status } } }": typeof types.RegistrationMessagesCancelWorkshopDocument,
    "mutation RemindersCreate($input: CreateWorkshopInput!) { createWorkshop(input: $input) { workshop { id reminderHoursBefore } } }": typeof types.RemindersCreateDocument,
    "mutation RemindersPublish($id: ID!) { publishWorkshop(input: { id: $id }) { workshop { id status } } }": typeof types.RemindersPublishDocument,
    "mutation RemindersUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id sequence } } }": typeof types.RemindersUpdateDocument,
    "mutation RemindersRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }": typeof types.RemindersRegisterDocument,
    "mutation RemindersPreferences($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { preferences { reminders digests } } }": typeof types.RemindersPreferencesDocument,
    "mutation RemindersCancelWorkshop($id: ID!) { cancelWorkshop(input: { id: $id, reason: \"Postponed\" }) { workshop { status } } }": typeof types.RemindersCancelWorkshopDocument,
    "query OrganizationsCountries($language: String) { countries(language: $language) { code name } }": typeof types.OrganizationsCountriesDocument,
    "query DirectoryScopeResources { resources(first: 20) { edges { node { id organization { id name contactEmail statusHistory { reason } } } } } }": typeof types.DirectoryScopeResourcesDocument,
    "query DirectoryScopeOrganization($id: ID!) { organization(id: $id) { id statusHistory { to reason } } }": typeof types.DirectoryScopeOrganizationDocument,
    "mutation DirectoryScopeSuspend($input: SuspendOrganizationInput!) { suspendOrganization(input: $input) { organization { id } } }": typeof types.DirectoryScopeSuspendDocument,
    "mutation MembershipAssess($input: RecordMembershipAssessmentInput!) {\n  recordMembershipAssessment(input: $input) { organization { id membershipStatus assessments { decision notes decidedOn } statusHistory { from to reason } } }\n}": typeof types.MembershipAssessDocument,
    "mutation MembershipSuspend($input: SuspendOrganizationInput!) { suspendOrganization(input: $input) { organization { membershipStatus statusHistory { from to reason } } } }": typeof types.MembershipSuspendDocument,
    "mutation MembershipReinstate($input: ReinstateOrganizationInput!) { reinstateOrganization(input: $input) { organization { membershipStatus } } }": typeof types.MembershipReinstateDocument,
    "query MembershipRead($id: ID!) { organization(id: $id) { membershipStatus assessments { decision notes } statusHistory { to } } }": typeof types.MembershipReadDocument,
    "mutation MembershipCreate($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }": typeof types.MembershipCreateDocument,
    "mutation OrganizationsCreate($input: CreateOrganizationInput!) {\n  createOrganization(input: $input) { organization { id name kind country region membershipStatus topics languages website contactEmail statusHistory { from to } } }\n}": typeof types.OrganizationsCreateDocument,
    "mutation OrganizationsUpdate($input: UpdateOrganizationInput!) {\n  updateOrganization(input: $input) { organization { id name country region website contactEmail topics } }\n}": typeof types.OrganizationsUpdateDocument,
    "query OrganizationsList($filter: OrganizationFilter, $first: Int, $after: String) {\n  organizations(filter: $filter, first: $first, after: $after) { edges { cursor node { id name country region } } pageInfo { hasNextPage endCursor } }\n}": typeof types.OrganizationsListDocument,
    "query OrganizationsOrganization($id: ID!) { organization(id: $id) { id } }": typeof types.OrganizationsOrganizationDocument,
    "query OrganizationsById($id: ID!) { organization(id: $id) { id name } }": typeof types.OrganizationsByIdDocument,
    "query ReferenceNames($language: String) {\n  regions(language: $language) { code name }\n  topics(language: $language) { code name }\n}": typeof types.ReferenceNamesDocument,
    "query PlatformCommandCounterServerInfo { serverInfo { name } }": typeof types.PlatformCommandCounterServerInfoDocument,
    "query PlatformExplorerSchema { __schema { queryType { name } } }": typeof types.PlatformExplorerSchemaDocument,
    "query GraphqlHttpServerName { serverInfo { name } }": typeof types.GraphqlHttpServerNameDocument,
    "query GraphqlHttpServerInfo { serverInfo { name version time } }": typeof types.GraphqlHttpServerInfoDocument,
    "mutation LostUpdatesUpdateWorkshop($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id } } }": typeof types.LostUpdatesUpdateWorkshopDocument,
    "mutation LostUpdatesRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }": typeof types.LostUpdatesRegisterDocument,
    "mutation LostUpdatesUpdateGroup($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id } } }": typeof types.LostUpdatesUpdateGroupDocument,
    "mutation LostUpdatesSuspend($input: SuspendOrganizationInput!) { suspendOrganization(input: $input) { organization { id } } }": typeof types.LostUpdatesSuspendDocument,
    "mutation LostUpdatesReinstate($input: ReinstateOrganizationInput!) { reinstateOrganization(input: $input) { organization { id } } }": typeof types.LostUpdatesReinstateDocument,
    "mutation LostUpdatesRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { user { id } } }": typeof types.LostUpdatesRoleDocument,
    "mutation LostUpdatesDisable($input: DisableUserInput!) { disableUser(input: $input) { user { id } } }": typeof types.LostUpdatesDisableDocument,
    "mutation LostUpdatesEnable($input: EnableUserInput!) { enableUser(input: $input) { user { id } } }": typeof types.LostUpdatesEnableDocument,
    "query PlatformPortalServerName { serverInfo { name } }": typeof types.PlatformPortalServerNameDocument,
    "query QueryTimeoutWorkshopIds { workshops(first: 5) { edges { node { id } } } }": typeof types.QueryTimeoutWorkshopIdsDocument,
    "query QueryTimeoutWorkshopTitles { workshops(first: 5) { edges { node { id title } } } }": typeof types.QueryTimeoutWorkshopTitlesDocument,
    "query ReadModelsList { workshops(first: 100, filter: { from: \"2026-01-01T00:00:00Z\" }) { edges { node { id title } } } }": typeof types.ReadModelsListDocument,
    "mutation ReadModelsUpdateWorkshop($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id } } }": typeof types.ReadModelsUpdateWorkshopDocument,
    "mutation ReadModelsRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }": typeof types.ReadModelsRegisterDocument,
    "query ReadinessServerInfo { serverInfo { name } }": typeof types.ReadinessServerInfoDocument,
    "query PlatformTwoProcessesList { workshops(first: 100, filter: { from: \"2027-01-01T00:00:00Z\" }) { edges { node { id title status } } } }": typeof types.PlatformTwoProcessesListDocument,
    "mutation PlatformTwoProcessesUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id title } } }": typeof types.PlatformTwoProcessesUpdateDocument,
    "mutation PlatformTwoProcessesPublish($input: PublishWorkshopInput!) { publishWorkshop(input: $input) { workshop { id status } } }": typeof types.PlatformTwoProcessesPublishDocument,
    "mutation PlatformTwoProcessesRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }": typeof types.PlatformTwoProcessesRegisterDocument,
    "query PlatformTwoProcessesSeats($id: ID!) { workshop(id: $id) { seats { confirmed waitlisted available } } }": typeof types.PlatformTwoProcessesSeatsDocument,
    "mutation PlatformTwoProcessesShare($input: CreateResourceInput!) { createResource(input: $input) { resource { id } } }": typeof types.PlatformTwoProcessesShareDocument,
    "query PlatformTwoProcessesSearch($text: String) { resources(filter: { text: $text }) { edges { node { id } } } }": typeof types.PlatformTwoProcessesSearchDocument,
    "query PlatformTwoProcessesNames($text: String) { organizations(filter: { text: $text }) { edges { node { id name } } } }": typeof types.PlatformTwoProcessesNamesDocument,
    "mutation PlatformTwoProcessesRename($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id } } }": typeof types.PlatformTwoProcessesRenameDocument,
    "query PlatformTwoProcessesMe { me { id role } }": typeof types.PlatformTwoProcessesMeDocument,
    "mutation PlatformTwoProcessesSignOut { signOut { revoked } }": typeof types.PlatformTwoProcessesSignOutDocument,
    "mutation PlatformTwoProcessesChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { user { id role } } }": typeof types.PlatformTwoProcessesChangeUserRoleDocument,
    "mutation PlatformTwoProcessesDisableUser($input: DisableUserInput!) { disableUser(input: $input) { user { id } } }": typeof types.PlatformTwoProcessesDisableUserDocument,
    "query AnswerLinksMine { myRegistrations { edges { node { id answerLink } } } }": typeof types.AnswerLinksMineDocument,
    "query AnswerLinksList($workshopId: ID!) { registrations(workshopId: $workshopId) { edges { node { id answerLink } } } }": typeof types.AnswerLinksListDocument,
    "query AnswerLinksOpen($token: String!) { answerLinkQuestions(token: $token) {\n  workshop { id title } questions { question { id key } required } answered missing { key } } }": typeof types.AnswerLinksOpenDocument,
    "mutation AnswerLinksUse($input: AnswerByLinkInput!) { answerByLink(input: $input) { answersComplete missing { key } } }": typeof types.AnswerLinksUseDocument,
    "mutation AnswersEmailRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }": typeof types.AnswersEmailRegisterDocument,
    "mutation AnswersEmailSet($input: SetWorkshopQuestionsInput!) { setWorkshopQuestions(input: $input) { workshop { id } } }": typeof types.AnswersEmailSetDocument,
    "mutation AnswersEmailRemind($input: RemindMissingAnswersInput!) { remindMissingAnswers(input: $input) { asked } }": typeof types.AnswersEmailRemindDocument,
    "mutation AnswersEmailUse($input: AnswerByLinkInput!) { answerByLink(input: $input) { answersComplete } }": typeof types.AnswersEmailUseDocument,
    "query AnswersEmailInApp { notifications(first: 50) { edges { node { kind } } } }": typeof types.AnswersEmailInAppDocument,
    "mutation ConsentsSet($input: SetWorkshopConsentsInput!) {\n  setWorkshopConsents(input: $input) { workshop { id consentItems { key version required text(language: \"fr\") } } } }": typeof types.ConsentsSetDocument,
    "mutation ConsentsRegister($input: RegisterInput!) { register(input: $input) { registrations { id consentsComplete } } }": typeof types.ConsentsRegisterDocument,
    "mutation ConsentsGive($input: GiveConsentsInput!) {\n  giveConsents(input: $input) { registration { id consentsComplete consents { item { key } version given current } } } }": typeof types.ConsentsGiveDocument,
    "query ConsentsList($workshopId: ID!) { registrations(workshopId: $workshopId) {\n  edges { node { id consentsComplete consents { item { key } given current } } } } }": typeof types.ConsentsListDocument,
    "query ConsentsOpen($token: String!) { answerLinkQuestions(token: $token) { consentItems { key version } consented } }": typeof types.ConsentsOpenDocument,
    "mutation ConsentsUse($input: AnswerByLinkInput!) { answerByLink(input: $input) { answersComplete } }": typeof types.ConsentsUseDocument,
    "mutation PrivacyRegister($input: RegisterInput!) { register(input: $input) { registrations { id answers { value } } } }": typeof types.PrivacyRegisterDocument,
    "query PrivacyList($workshopId: ID!) { registrations(workshopId: $workshopId) {\n  edges { node { id answersComplete missingAnswers { key } answers { question { key } value } } } } }": typeof types.PrivacyListDocument,
    "query PrivacyMine { myRegistrations { edges { node { id answers { value } } } } }": typeof types.PrivacyMineDocument,
    "query PrivacyOverview { groupOverview { workshops { workshop { id title } confirmed } } }": typeof types.PrivacyOverviewDocument,
    "query PrivacyReport($id: ID!) { workshopReport(workshopId: $id) { needs { question { key } answered answers { value count } } } }": typeof types.PrivacyReportDocument,
    "query PrivacyFeeds { calendarFeeds { personal { link { https } } group { link { https } } } }": typeof types.PrivacyFeedsDocument,
    "mutation QuestionsCreate($input: CreateRegistrationQuestionInput!) {\n  createRegistrationQuestion(input: $input) { question { id key type label sensitivity purgeAfterDays archived choices { value label } } } }": typeof types.QuestionsCreateDocument,
    "mutation QuestionsUpdate($input: UpdateRegistrationQuestionInput!) {\n  updateRegistrationQuestion(input: $input) { question { id label(language: \"fr\") sensitivity choices { value label(language: \"es\") } } } }": typeof types.QuestionsUpdateDocument,
    "query QuestionsLibrary($all: Boolean) { registrationQuestions(includeArchived: $all) { key label } }": typeof types.QuestionsLibraryDocument,
    "mutation QuestionsSet($input: SetWorkshopQuestionsInput!) {\n  setWorkshopQuestions(input: $input) { workshop { id questions { question { key } required showIf { question { key } equals } } } } }": typeof types.QuestionsSetDocument,
    "query QuestionsAsked($id: ID!) { workshop(id: $id) { questions { question { key label(language: \"fr\") } required } } }": typeof types.QuestionsAskedDocument,
    "mutation QuestionsRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }": typeof types.QuestionsRegisterDocument,
    "query QuestionsAnswers($workshopId: ID!) { registrations(workshopId: $workshopId) {\n  edges { node { id participant { email } answersComplete missingAnswers { key } answers { question { key } value values } } } } }": typeof types.QuestionsAnswersDocument,
    "query QuestionsMine { myRegistrations { edges { node { id answersComplete missingAnswers { key } answers { question { key } value } } } } }": typeof types.QuestionsMineDocument,
    "query QuestionsReport($id: ID!) { workshopReport(workshopId: $id) {\n  needs { question { key } answered answers { value label(language: \"fr\") count } } } }": typeof types.QuestionsReportDocument,
    "mutation QuestionsErase($email: String!) { erasePerson(input: { email: $email }) { registrations } }": typeof types.QuestionsEraseDocument,
    "mutation QuestionsAnswer($input: AnswerQuestionsInput!) {\n  answerQuestions(input: $input) { registration { id answersComplete answers { question { key } value values } } } }": typeof types.QuestionsAnswerDocument,
    "mutation ShownNamesRegister($input: RegisterInput!) { register(input: $input) { registrations { id participant { name displayName listed } } } }": typeof types.ShownNamesRegisterDocument,
    "query ShownNamesFellows($id: ID!) { workshopParticipants(workshopId: $id) { name organization { name } } }": typeof types.ShownNamesFellowsDocument,
    "mutation ShownNamesUpdate($input: UpdateParticipationInput!) { updateParticipation(input: $input) { registration { participant { name displayName listed } } } }": typeof types.ShownNamesUpdateDocument,
    "mutation AttendanceRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }": typeof types.AttendanceRegisterDocument,
    "mutation AttendanceAttend($input: RecordAttendanceInput!) { recordAttendance(input: $input) { registration { id attended } } }": typeof types.AttendanceAttendDocument,
    "query AttendanceReport($id: ID!) { workshopReport(workshopId: $id) {\n  byStatus { confirmed waitlisted pendingApproval cancelled declined }\n  byGroup { organization { name } confirmed attended } byRegion { code confirmed attended } byCountry { code confirmed attended }\n  attendanceRate } }": typeof types.AttendanceReportDocument,
    "mutation OffersRegister($input: RegisterInput!) { register(input: $input) { registrations { id status waitlistPosition } } }": typeof types.OffersRegisterDocument,
    "mutation OffersCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }": typeof types.OffersCancelDocument,
    "mutation OffersAccept($id: ID!) { acceptOffer(input: { id: $id }) { registration { id status offerExpiresAt } } }": typeof types.OffersAcceptDocument,
    "query OffersSeats($id: ID!) { workshop(id: $id) { seats { capacity confirmed waitlisted available } } }": typeof types.OffersSeatsDocument,
    "mutation OverviewRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }": typeof types.OverviewRegisterDocument,
    "mutation OverviewApprove($input: ApproveRegistrationInput!) { approveRegistration(input: $input) { registration { id status } } }": typeof types.OverviewApproveDocument,
    "mutation OverviewCancelWorkshop($input: CancelWorkshopInput!) { cancelWorkshop(input: $input) { workshop { id } } }": typeof types.OverviewCancelWorkshopDocument,
    "query OverviewOfGroup($organizationId: ID) { groupOverview(organizationId: $organizationId) {\n  organization { id name } confirmed waitlisted offers pendingApproval\n  workshops { workshop { id title } confirmed waitlisted offers pendingApproval } } }": typeof types.OverviewOfGroupDocument,
    "query OverviewQueue { approvalQueue { total workshops { workshop { id } pendingApproval } } }": typeof types.OverviewQueueDocument,
    "mutation ParticipantsExportRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }": typeof types.ParticipantsExportRegisterDocument,
    "mutation PersonalDataRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }": typeof types.PersonalDataRegisterDocument,
    "mutation PersonalDataErase($email: String!) { erasePerson(input: { email: $email }) { pseudonym registrations account } }": typeof types.PersonalDataEraseDocument,
    "mutation PersonalDataUpdateNotificationPreferences { updateNotificationPreferences(input: { reminders: false }) { preferences { reminders } } }": typeof types.PersonalDataUpdateNotificationPreferencesDocument,
    "query PersonalDataMe { me { id } }": typeof types.PersonalDataMeDocument,
    "mutation RegistrationsReconcileRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }": typeof types.RegistrationsReconcileRegisterDocument,
    "mutation RegistrationsReconcileRegisterWithStatus($input: RegisterInput!) { register(input: $input) { registrations { id status } } }": typeof types.RegistrationsReconcileRegisterWithStatusDocument,
    "mutation RegistrationsReconcileCancelWorkshop($id: ID!) { cancelWorkshop(input: { id: $id, reason: \"Venue closed\" }) { workshop { status } } }": typeof types.RegistrationsReconcileCancelWorkshopDocument,
    "mutation RegistrationsReconcileCompleteWorkshop($id: ID!) { completeWorkshop(input: { id: $id }) { workshop { status } } }": typeof types.RegistrationsReconcileCompleteWorkshopDocument,
    "mutation RegisterPrivacyRegister($input: RegisterInput!) { register(input: $input) { registrations { id status participant { email } } } }": typeof types.RegisterPrivacyRegisterDocument,
    "query RegisterPrivacyList($workshopId: ID!) { registrations(workshopId: $workshopId, first: 50) { edges { node { id organization { id } participant { email } } } } }": typeof types.RegisterPrivacyListDocument,
    "mutation RegisterRegister($input: RegisterInput!) { register(input: $input) { registrations { id status waitlistPosition participant { name email } } } }": typeof types.RegisterRegisterDocument,
    "mutation RegisterCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }": typeof types.RegisterCancelDocument,
    "query RegisterList($workshopId: ID!, $first: Int) { registrations(workshopId: $workshopId, first: $first) {\n  edges { node { id status waitlistPosition organization { id } participant { email } } } } }": typeof types.RegisterListDocument,
    "query RegisterPaged($workshopId: ID!, $after: String) { registrations(workshopId: $workshopId, first: 100, after: $after) {\n  edges { node { status waitlistPosition } } pageInfo { hasNextPage endCursor } } }": typeof types.RegisterPagedDocument,
    "mutation RegisterApprove($id: ID!) { approveRegistration(input: { id: $id }) { registration { status } } }": typeof types.RegisterApproveDocument,
    "mutation RegisterDecline($id: ID!) { declineRegistration(input: { id: $id, reason: \"Not the right profile\" }) { registration { status } } }": typeof types.RegisterDeclineDocument,
    "mutation RegisterRaise($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { seats { capacity confirmed waitlisted available } } } }": typeof types.RegisterRaiseDocument,
    "mutation RegisterRaiseQuota($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { perGroupQuota } } }": typeof types.RegisterRaiseQuotaDocument,
    "mutation RegisterCancelWorkshop($id: ID!) { cancelWorkshop(input: { id: $id, reason: \"Postponed\" }) { workshop { status } } }": typeof types.RegisterCancelWorkshopDocument,
    "query RegisterWorkshop($id: ID!) { workshop(id: $id) { onlineUrl } }": typeof types.RegisterWorkshopDocument,
    "mutation FollowUpChoiceLink($input: LinkResourceInput!) { linkResource(input: $input) { resource { id } } }": typeof types.FollowUpChoiceLinkDocument,
    "mutation FollowUpChoiceUpdate($input: UpdateResourceInput!) { updateResource(input: $input) { resource { id } } }": typeof types.FollowUpChoiceUpdateDocument,
    "mutation ResourceFixturesCreate($input: CreateResourceInput!) { createResource(input: $input) { resource { id } } }": typeof types.ResourceFixturesCreateDocument,
    "query ResourcesResource($id: ID!) { resource(id: $id) { id title description kind visibility topics languages regions countries archived\n  organization { id } workshops { id } externalUrl downloadCount viewerCanManage\n  versions { number language filename contentType size sha256 downloadUrl } } }": typeof types.ResourcesResourceDocument,
    "query ResourcesList($filter: ResourceFilter, $sort: ResourceSort, $first: Int, $after: String) {\n  resources(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount edges { cursor node { id title } } pageInfo { hasNextPage endCursor } } }": typeof types.ResourcesListDocument,
    "mutation ResourcesUpdate($input: UpdateResourceInput!) { updateResource(input: $input) { resource { id title topics languages kind externalUrl } } }": typeof types.ResourcesUpdateDocument,
    "mutation ResourcesCreateResource($input: CreateResourceInput!) { createResource(input: $input) { resource { id title kind visibility topics languages regions countries organization { id } workshops { id } versions { number } } } }": typeof types.ResourcesCreateResourceDocument,
    "mutation ResourcesCreateRefused($input: CreateResourceInput!) { createResource(input: $input) { resource { id } } }": typeof types.ResourcesCreateRefusedDocument,
    "mutation ResourcesCreateForGroup($input: CreateResourceInput!) { createResource(input: $input) { resource { organization { id } } } }": typeof types.ResourcesCreateForGroupDocument,
    "mutation ResourcesArchiveResource($input: ArchiveResourceInput!) { archiveResource(input: $input) { resource { archived } } }": typeof types.ResourcesArchiveResourceDocument,
    "mutation ResourcesDelete($input: DeleteResourceInput!) { deleteResource(input: $input) { deletedId } }": typeof types.ResourcesDeleteDocument,
    "mutation ResourcesLink($input: LinkResourceInput!) { linkResource(input: $input) { resource { workshops { id } } } }": typeof types.ResourcesLinkDocument,
    "mutation ResourcesUnlink($input: UnlinkResourceInput!) { unlinkResource(input: $input) { resource { workshops { id } } } }": typeof types.ResourcesUnlinkDocument,
    "query ResourcesResourcesOf($id: ID!) { workshop(id: $id) { resources { id } } }": typeof types.ResourcesResourcesOfDocument,
    "query ResourcesCountedSample($first: Int) { resources(first: $first, filter: { text: \"counted sample\" }) { totalCount edges { node { id organization { name }\n        workshops { title } versions { number downloadUrl } editions { language latest { number } } download { number } } } } }": typeof types.ResourcesCountedSampleDocument,
    "query ResourcesReport($filter: ResourceDownloadReportFilter) { resourceDownloadReport(filter: $filter) { total\n        byResource { resourceId count resource { title } } byOrganization { organizationId count } } }": typeof types.ResourcesReportDocument,
    "query SearchSearch($filter: ResourceFilter, $sort: ResourceSort, $first: Int, $after: String) {\n  resources(filter: $filter, sort: $sort, first: $first, after: $after) {\n    totalCount edges { node { id title } } pageInfo { hasNextPage endCursor }\n    facets { kinds { value count } topics { value count } languages { value count } regions { value count } } } }": typeof types.SearchSearchDocument,
    "mutation SearchUpdateResource($input: UpdateResourceInput!) { updateResource(input: $input) { resource { id } } }": typeof types.SearchUpdateResourceDocument,
    "mutation SharingRightsLink($input: LinkResourceInput!) { linkResource(input: $input) { resource { id workshops { id } } } }": typeof types.SharingRightsLinkDocument,
    "mutation SharingRightsUpdate($input: UpdateResourceInput!) { updateResource(input: $input) { resource { id title } } }": typeof types.SharingRightsUpdateDocument,
    "mutation SharingRightsCreate($input: CreateResourceInput!) { createResource(input: $input) { resource { id } } }": typeof types.SharingRightsCreateDocument,
    "query SharingRightsWorkshopResources($id: ID!) { workshop(id: $id) { resources { id } } }": typeof types.SharingRightsWorkshopResourcesDocument,
    "mutation PlacementCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }": typeof types.PlacementCancelDocument,
    "mutation PlacementUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { capacity } } }": typeof types.PlacementUpdateDocument,
    "query PositionsList($workshopId: ID!) { registrations(workshopId: $workshopId, first: 100) { edges { node { ...SeatingReg } } } }": typeof types.PositionsListDocument,
    "mutation RacesCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }": typeof types.RacesCancelDocument,
    "mutation RacesApprove($id: ID!) { approveRegistration(input: { id: $id }) { registration { id status } } }": typeof types.RacesApproveDocument,
    "mutation RacesDecline($id: ID!) { declineRegistration(input: { id: $id, reason: \"No\" }) { registration { id status } } }": typeof types.RacesDeclineDocument,
    "mutation RacesAccept($id: ID!) { acceptOffer(input: { id: $id }) { registration { id status } } }": typeof types.RacesAcceptDocument,
    "mutation RacesErase($email: String!) { erasePerson(input: { email: $email }) { pseudonym } }": typeof types.RacesEraseDocument,
    "mutation RacesUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { capacity } } }": typeof types.RacesUpdateDocument,
    "mutation RacesSetQuota($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { perGroupQuota } } }": typeof types.RacesSetQuotaDocument,
    "mutation RacesAttend($input: RecordAttendanceInput!) { recordAttendance(input: $input) { registration { id attended } } }": typeof types.RacesAttendDocument,
    "mutation RoundTripsRegister($input: RegisterInput!) { register(input: $input) { registrations { id status waitlistPosition } } }": typeof types.RoundTripsRegisterDocument,
    "mutation RoundTripsCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }": typeof types.RoundTripsCancelDocument,
    "mutation RoundTripsApprove($id: ID!) { approveRegistration(input: { id: $id }) { registration { id status } } }": typeof types.RoundTripsApproveDocument,
    "fragment SeatingReg on Registration { id status waitlistPosition }": typeof types.SeatingRegFragmentDoc,
    "mutation SeatingRegister($input: RegisterInput!) { register(input: $input) { registrations { ...SeatingReg } } }": typeof types.SeatingRegisterDocument,
    "mutation SettlingCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }": typeof types.SettlingCancelDocument,
    "mutation SettlingAccept($id: ID!) { acceptOffer(input: { id: $id }) { registration { id status } } }": typeof types.SettlingAcceptDocument,
    "mutation SettlingUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { capacity } } }": typeof types.SettlingUpdateDocument,
    "query SettlingWorkshop($id: ID!) { workshop(id: $id) { seats { confirmed waitlisted available } } }": typeof types.SettlingWorkshopDocument,
    "mutation StressRegister($input: RegisterInput!) { register(input: $input) { registrations { id status waitlistPosition } } }": typeof types.StressRegisterDocument,
    "mutation StressCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }": typeof types.StressCancelDocument,
    "mutation StressApprove($id: ID!) { approveRegistration(input: { id: $id }) { registration { id status } } }": typeof types.StressApproveDocument,
    "mutation StressDecline($id: ID!) { declineRegistration(input: { id: $id }) { registration { id status } } }": typeof types.StressDeclineDocument,
    "mutation StressAccept($id: ID!) { acceptOffer(input: { id: $id }) { registration { id status } } }": typeof types.StressAcceptDocument,
    "mutation StressUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id capacity } } }": typeof types.StressUpdateDocument,
    "query StressList($workshopId: ID!) { registrations(workshopId: $workshopId, first: 100) { edges { node { id status waitlistPosition } } } }": typeof types.StressListDocument,
    "mutation AuditPseudonymRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }": typeof types.AuditPseudonymRegisterDocument,
    "mutation AuditPseudonymErase($email: String!) { erasePerson(input: { email: $email }) { pseudonym } }": typeof types.AuditPseudonymEraseDocument,
    "mutation SecretsNotLoggedRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }": typeof types.SecretsNotLoggedRegisterDocument,
    "mutation SecretsNotLoggedSignIn($input: SignInInput!) { signIn(input: $input) { token } }": typeof types.SecretsNotLoggedSignInDocument,
    "query SecretsNotLoggedMe { me { id email } }": typeof types.SecretsNotLoggedMeDocument,
    "mutation SecretsNotLoggedInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl } }": typeof types.SecretsNotLoggedInviteUserDocument,
    "mutation SecretsNotLoggedRotateCalendarToken { rotateCalendarToken(input: { feed: PERSONAL }) { calendarFeeds { personal { link { https } } } } }": typeof types.SecretsNotLoggedRotateCalendarTokenDocument,
    "mutation SecretsNotLoggedSignOut { signOut { revoked } }": typeof types.SecretsNotLoggedSignOutDocument,
    "query SecretsNotLoggedMyId { me { id } }": typeof types.SecretsNotLoggedMyIdDocument,
    "query DemoSeedMe { me { role organization { kind } } }": typeof types.DemoSeedMeDocument,
    "query DemoSeedOrganizations { organizations(first: 50, filter: { region: \"AFRICA\" }) { edges { node { id } } pageInfo { hasNextPage } } }": typeof types.DemoSeedOrganizationsDocument,
    "query DemoSeedWorkshops { workshops(first: 50) { edges { node { id } } } }": typeof types.DemoSeedWorkshopsDocument,
    "query DemoSeedResources { resources(first: 10, filter: { text: \"code of conduct\" }) { totalCount edges { node { title download(language: \"fr\") { downloadUrl } } } } }": typeof types.DemoSeedResourcesDocument,
    "query AdminCreateMyRole { me { role organization { kind } } }": typeof types.AdminCreateMyRoleDocument,
    "query AdminCreateMe { me { id } }": typeof types.AdminCreateMeDocument,
    "mutation EmailIdentityInvite($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl emailed invitation { email } } }": typeof types.EmailIdentityInviteDocument,
    "mutation EmailIdentityAccept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token user { emailConfirmed } } }": typeof types.EmailIdentityAcceptDocument,
    "query EmailIdentityMine { myRegistrations { edges { node { id participant { name email } } } } }": typeof types.EmailIdentityMineDocument,
    "mutation EmailIdentitySetPreferences { updateNotificationPreferences(input: { reminders: false }) { preferences { reminders } } }": typeof types.EmailIdentitySetPreferencesDocument,
    "query EmailIdentityPreferences { notificationPreferences { reminders } }": typeof types.EmailIdentityPreferencesDocument,
    "mutation EmailIdentityPersonalFeed { rotateCalendarToken(input: { feed: PERSONAL }) { calendarFeeds { personal { link { https } } } } }": typeof types.EmailIdentityPersonalFeedDocument,
    "mutation EmailIdentityRequestConfirmation { requestEmailConfirmation { sent emailConfirmed } }": typeof types.EmailIdentityRequestConfirmationDocument,
    "mutation EmailIdentityConfirm($input: ConfirmEmailInput!) { confirmEmail(input: $input) { emailConfirmed } }": typeof types.EmailIdentityConfirmDocument,
    "query EmailIdentityNotifications { notifications { edges { node { body } } } }": typeof types.EmailIdentityNotificationsDocument,
    "mutation EmailIdentitySignIn($input: SignInInput!) { signIn(input: $input) { token } }": typeof types.EmailIdentitySignInDocument,
    "mutation InvitationsInvite($input: InviteUserInput!) {\n  inviteUser(input: $input) { invitation { email role expiresAt organization { id kind } } inviteUrl }\n}": typeof types.InvitationsInviteDocument,
    "mutation InvitationsAccept($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) { token expiresAt user { id email name role timeZone language organization { id } } }\n}": typeof types.InvitationsAcceptDocument,
    "query InvitationsMe { me { email } }": typeof types.InvitationsMeDocument,
    "mutation ResetRequest($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { accepted } }": typeof types.ResetRequestDocument,
    "mutation ResetWithLink($input: ResetPasswordInput!) { resetPassword(input: $input) { token expiresAt user { id email emailConfirmed } } }": typeof types.ResetWithLinkDocument,
    "mutation ResetSignIn($input: SignInInput!) { signIn(input: $input) { token } }": typeof types.ResetSignInDocument,
    "mutation ResetDisable($input: DisableUserInput!) { disableUser(input: $input) { user { id disabled } } }": typeof types.ResetDisableDocument,
    "query ResetMe { me { id } }": typeof types.ResetMeDocument,
    "mutation ProfileUpdate($input: UpdateProfileInput!) { updateProfile(input: $input) { user { id name language timeZone email role } } }": typeof types.ProfileUpdateDocument,
    "query ProfileMe { me { name language timeZone } }": typeof types.ProfileMeDocument,
    "query ProfileTimes($id: ID!) { workshop(id: $id) { times { viewerStartsAt { timeZone local } } } }": typeof types.ProfileTimesDocument,
    "mutation SignInSignIn($input: SignInInput!) { signIn(input: $input) { token expiresAt user { id email role } } }": typeof types.SignInSignInDocument,
    "query SignInMe { me { id email name role timeZone organization { id name kind } } }": typeof types.SignInMeDocument,
    "mutation SignInSignOut { signOut { revoked } }": typeof types.SignInSignOutDocument,
    "mutation UserAdminDisable($input: DisableUserInput!) { disableUser(input: $input) { user { id disabled } } }": typeof types.UserAdminDisableDocument,
    "mutation UserAdminEnable($input: EnableUserInput!) { enableUser(input: $input) { user { id disabled } } }": typeof types.UserAdminEnableDocument,
    "mutation UserAdminRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { user { id role } } }": typeof types.UserAdminRoleDocument,
    "query UserAdminMe { me { id } }": typeof types.UserAdminMeDocument,
    "query UserAdminMyRole { me { role } }": typeof types.UserAdminMyRoleDocument,
    "query AnswerCachePage { workshops(first: 20, filter: { from: \"2026-01-01T00:00:00Z\" }) { edges { node { id title seats { confirmed available } } } } }": typeof types.AnswerCachePageDocument,
    "query AnswerCacheWithResources { workshops(first: 20, filter: { from: \"2026-01-01T00:00:00Z\" }) { edges { node { id resources { id } } } } }": typeof types.AnswerCacheWithResourcesDocument,
    "query AnswerCacheHeldRead { workshops(first: 50, filter: { from: \"2026-08-03T00:00:00Z\" }) { edges { node { id title } } } }": typeof types.AnswerCacheHeldReadDocument,
    "mutation CancelledDraftsCreate($input: CreateWorkshopInput!) { createWorkshop(input: $input) { workshop { id } } }": typeof types.CancelledDraftsCreateDocument,
    "mutation CancelledDraftsPublish($id: ID!) { publishWorkshop(input: { id: $id }) { workshop { id } } }": typeof types.CancelledDraftsPublishDocument,
    "mutation CancelledDraftsCancel($id: ID!) { cancelWorkshop(input: { id: $id, reason: \"Safeguarding concern at the venue.\" }) { workshop { id status } } }": typeof types.CancelledDraftsCancelDocument,
    "query CancelledDraftsRead($id: ID!) { workshop(id: $id) { id description venue { address } cancellationReason } }": typeof types.CancelledDraftsReadDocument,
    "query CancelledDraftsCancelled { workshops(filter: { status: CANCELLED }) { edges { node { id } } } }": typeof types.CancelledDraftsCancelledDocument,
    "query WorkshopsJoiningDetailsRead($id: ID!) { workshop(id: $id) { sessions { title location joiningDetails } } }": typeof types.WorkshopsJoiningDetailsReadDocument,
    "fragment PlanningWorkshop on Workshop { id title status sequence format timeZone startsAt endsAt onlineUrl capacity perGroupQuota\n  registrationClosesAt requiresApproval venue { name city country } topics languages\n  sessions { title startsAt endsAt } eligibility { regions organizationIds } seats { capacity confirmed waitlisted available } }": typeof types.PlanningWorkshopFragmentDoc,
    "mutation PlanningCreate($input: CreateWorkshopInput!) { createWorkshop(input: $input) { workshop { ...PlanningWorkshop } } }": typeof types.PlanningCreateDocument,
    "mutation PlanningUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { ...PlanningWorkshop } } }": typeof types.PlanningUpdateDocument,
    "mutation PlanningPublish($id: ID!) { publishWorkshop(input: { id: $id }) { workshop { id status sequence } } }": typeof types.PlanningPublishDocument,
    "mutation PlanningCancel($id: ID!, $reason: String!) { cancelWorkshop(input: { id: $id, reason: $reason }) { workshop { id status sequence cancellationReason } } }": typeof types.PlanningCancelDocument,
    "mutation PlanningComplete($id: ID!) { completeWorkshop(input: { id: $id }) { workshop { id status } } }": typeof types.PlanningCompleteDocument,
    "query ProgrammeSearchList($filter: WorkshopFilter, $first: Int, $after: String) {\n  workshops(filter: $filter, first: $first, after: $after) { edges { node { id title } } pageInfo { hasNextPage endCursor } } }": typeof types.ProgrammeSearchListDocument,
    "query ProgrammeSearchOrganizations($text: String) { organizations(filter: { text: $text }) { edges { node { name } } } }": typeof types.ProgrammeSearchOrganizationsDocument,
    "query ReadingList($filter: WorkshopFilter, $first: Int, $after: String) {\n  workshops(filter: $filter, first: $first, after: $after) {\n    edges { cursor node { id title status onlineUrl startsAt } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.ReadingListDocument,
    "query ReadingOne($id: ID!) { workshop(id: $id) {\n  id title onlineUrl\n  times { venueStartsAt { iso local timeZone offset abbreviation } viewerStartsAt { iso local timeZone offset } }\n  sessions { title location times { venueStartsAt { local } viewerStartsAt { local } } }\n} }": typeof types.ReadingOneDocument,
    "query ReadingQuery($first: Int) { workshops(first: $first, filter: { from: \"2026-05-31T00:00:00Z\" }) { edges { node {\n      id title seats { capacity confirmed waitlisted available } facilitators { name }\n      sessions { title times { venueStartsAt { local } viewerStartsAt { local } } }\n      times { venueStartsAt { iso } viewerStartsAt { iso } } } } } }": typeof types.ReadingQueryDocument,
    "mutation SeriesCreateSeries($input: CreateWorkshopSeriesInput!) {\n  createWorkshopSeries(input: $input) { seriesId workshops { id seriesId status startsAt endsAt registrationClosesAt\n    times { venueStartsAt { local } } sessions { title times { venueStartsAt { local } venueEndsAt { local } } } } }\n}": typeof types.SeriesCreateSeriesDocument,
    "mutation SeriesUpdate($input: UpdateWorkshopInput!) {\n  updateWorkshop(input: $input) { workshop { id title sequence times { venueStartsAt { local } } } alsoUpdated { id title sequence times { venueStartsAt { local } } } }\n}": typeof types.SeriesUpdateDocument,
    "mutation SeriesPublishWorkshop($id: ID!) { publishWorkshop(input: { id: $id }) { workshop { id } } }": typeof types.SeriesPublishWorkshopDocument,
    "mutation SessionLocationLinksCreate($input: CreateWorkshopInput!) { createWorkshop(input: $input) { workshop { id } } }": typeof types.SessionLocationLinksCreateDocument,
    "mutation SessionLocationLinksPublish($id: ID!) { publishWorkshop(input: { id: $id }) { workshop { id status } } }": typeof types.SessionLocationLinksPublishDocument,
    "mutation SessionLocationLinksUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id } } }": typeof types.SessionLocationLinksUpdateDocument,
    "query SessionLocationLinksSessions($id: ID!) { workshop(id: $id) { sessions { title location joiningDetails } } }": typeof types.SessionLocationLinksSessionsDocument,
    "query SessionLocationLinksList { workshops(first: 50) { edges { node { id sessions { title location joiningDetails } } } } }": typeof types.SessionLocationLinksListDocument,
};
const documents: Documents = {
    "mutation OfflineRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }": types.OfflineRegisterDocument,
    "mutation FixturesSignIn($input: SignInInput!) { signIn(input: $input) { token user { id email role } } }": types.FixturesSignInDocument,
    "mutation MatrixSignIn { signIn(input: { email: \"a@example.org\", password: \"x\" }) { token } }": types.MatrixSignInDocument,
    "mutation MatrixSignOut { signOut { revoked } }": types.MatrixSignOutDocument,
    "mutation MatrixAccept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }": types.MatrixAcceptDocument,
    "mutation MatrixConfirm($input: ConfirmEmailInput!) { confirmEmail(input: $input) { emailConfirmed } }": types.MatrixConfirmDocument,
    "mutation MatrixReset($input: ResetPasswordInput!) { resetPassword(input: $input) { token } }": types.MatrixResetDocument,
    "query MatrixMyRegistrations { myRegistrations { edges { node { id } } } }": types.MatrixMyRegistrationsDocument,
    "mutation MatrixChoices { updateNotificationPreferences(input: { reminders: false }) { preferences { reminders } } }": types.MatrixChoicesDocument,
    "query PrivateFeedsFeeds { calendarFeeds {\n  public { name https webcal } regions { name https } topics { name https }\n  personal { feed issuedAt link { name https webcal } }\n  group { feed issuedAt link { name https webcal } } } }": types.PrivateFeedsFeedsDocument,
    "mutation PrivateFeedsRotate($input: RotateCalendarTokenInput!) { rotateCalendarToken(input: $input) { calendarFeeds {\n  personal { feed issuedAt link { https } } group { feed issuedAt link { https } } } } }": types.PrivateFeedsRotateDocument,
    "mutation PrivateFeedsRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }": types.PrivateFeedsRegisterDocument,
    "mutation PrivateFeedsCancelRegistration($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }": types.PrivateFeedsCancelRegistrationDocument,
    "mutation PrivateFeedsCancelWorkshop($id: ID!) { cancelWorkshop(input: { id: $id, reason: \"Postponed.\" }) { workshop { id sequence } } }": types.PrivateFeedsCancelWorkshopDocument,
    "mutation PrivateFeedsDisableUser($id: ID!) { disableUser(input: { id: $id }) { user { id } } }": types.PrivateFeedsDisableUserDocument,
    "mutation PrivateFeedsErasePerson($email: String!) { erasePerson(input: { email: $email }) { pseudonym } }": types.PrivateFeedsErasePersonDocument,
    "mutation PrivateFeedsChangeUserRole($id: ID!) { changeUserRole(input: { id: $id, role: MEMBER }) { user { id } } }": types.PrivateFeedsChangeUserRoleDocument,
    "mutation PublicFeedsCreate($input: CreateWorkshopInput!) { createWorkshop(input: $input) { workshop { id sequence } } }": types.PublicFeedsCreateDocument,
    "mutation PublicFeedsPublish($id: ID!) { publishWorkshop(input: { id: $id }) { workshop { id sequence } } }": types.PublicFeedsPublishDocument,
    "mutation PublicFeedsUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id sequence } } }": types.PublicFeedsUpdateDocument,
    "mutation PublicFeedsCancel($id: ID!) { cancelWorkshop(input: { id: $id, reason: \"The venue closed.\" }) { workshop { id sequence status } } }": types.PublicFeedsCancelDocument,
    "mutation PublicFeedsRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }": types.PublicFeedsRegisterDocument,
    "mutation CalendarTwoProcessesUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id sequence } } }": types.CalendarTwoProcessesUpdateDocument,
    "mutation CalendarTwoProcessesRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }": types.CalendarTwoProcessesRegisterDocument,
    "query CalendarTwoProcessesFeeds { calendarFeeds { personal { link { https } } } }": types.CalendarTwoProcessesFeedsDocument,
    "mutation ApiKilledRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }": types.ApiKilledRegisterDocument,
    "mutation DatabaseOutageRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }": types.DatabaseOutageRegisterDocument,
    "query DatabaseOutageWorkshops { workshops(first: 5) { edges { node { id } } } }": types.DatabaseOutageWorkshopsDocument,
    "mutation EmailIdentityFuzzInvite($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl emailed invitation { email role } } }": types.EmailIdentityFuzzInviteDocument,
    "mutation EmailIdentityFuzzAccept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token user { id emailConfirmed } } }": types.EmailIdentityFuzzAcceptDocument,
    "mutation EmailIdentityFuzzFeed { rotateCalendarToken(input: { feed: PERSONAL }) { calendarFeeds { personal { link { https } } } } }": types.EmailIdentityFuzzFeedDocument,
    "query GraphqlFuzzSearchWorkshops($filter: WorkshopFilter) { workshops(first: 50, filter: $filter) { edges { cursor } } }": types.GraphqlFuzzSearchWorkshopsDocument,
    "query GraphqlFuzzSearchResources($filter: ResourceFilter) { resources(first: 50, filter: $filter) { edges { cursor } } }": types.GraphqlFuzzSearchResourcesDocument,
    "query GraphqlFuzzSearchOrganizations($filter: OrganizationFilter) { organizations(first: 50, filter: $filter) { edges { cursor } } }": types.GraphqlFuzzSearchOrganizationsDocument,
    "mutation HttpHostileSignIn($input: SignInInput!) { signIn(input: $input) { token } }": types.HttpHostileSignInDocument,
    "mutation RegressionsUpdateThisAndFuture($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id } } }": types.RegressionsUpdateThisAndFutureDocument,
    "mutation RegressionsFirstChoices($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { preferences { digests } } }": types.RegressionsFirstChoicesDocument,
    "mutation LettersRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }": types.LettersRegisterDocument,
    "mutation LettersRequest($input: RequestInvitationLetterInput!) {\n  requestInvitationLetter(input: $input) { letter { id status language questions { key } verificationCode downloadUrl } } }": types.LettersRequestDocument,
    "mutation LettersDecide($input: DecideInvitationLetterInput!) {\n  decideInvitationLetter(input: $input) { letter { id status coverage signatory declineReason verificationCode downloadUrl } } }": types.LettersDecideDocument,
    "query LettersMine { myRegistrations { edges { node { id invitationLetter { status verificationCode } } } } }": types.LettersMineDocument,
    "query LettersList($workshopId: ID!) { registrations(workshopId: $workshopId) { edges { node { id invitationLetter { status } } } } }": types.LettersListDocument,
    "query LettersOfWorkshop($workshopId: ID!) { invitationLetters(workshopId: $workshopId) { id status registration { participant { name } } } }": types.LettersOfWorkshopDocument,
    "query LettersVerify($code: String!) { verifyInvitationLetter(code: $code) { name workshopTitle startsAt endsAt } }": types.LettersVerifyDocument,
    "mutation DeliveryRacesMarkRead($ids: [ID!]) { markNotificationsRead(input: { ids: $ids }) { marked unreadCount } }": types.DeliveryRacesMarkReadDocument,
    "query DeliveryRacesMine { notifications(first: 20) { unreadCount edges { node { id readAt } } } }": types.DeliveryRacesMineDocument,
    "mutation DeliveryReadsRegister($input: RegisterInput!) { register(input: $input) { registrations { id status waitlistPosition } } }": types.DeliveryReadsRegisterDocument,
    "mutation DeliveryReadsCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }": types.DeliveryReadsCancelDocument,
    "query DeliveryReadsRegistrations($id: ID!) { registrations(workshopId: $id, first: 20) { edges { node { status waitlistPosition } } } }": types.DeliveryReadsRegistrationsDocument,
    "query DeliveryDeliveries($filter: NotificationDeliveryFilter) { notificationDeliveries(filter: $filter, first: 50) {\n  edges { node { id kind recipientEmail state attempts lastError nextAttemptAt sentAt } } } }": types.DeliveryDeliveriesDocument,
    "mutation DeliveryRetry($id: ID!) { retryNotificationDelivery(input: { id: $id }) { delivery { id state attempts } } }": types.DeliveryRetryDocument,
    "mutation FollowUpLink($input: LinkResourceInput!) { linkResource(input: $input) { resource { id } } }": types.FollowUpLinkDocument,
    "mutation InvitationEmailInvite($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl } }": types.InvitationEmailInviteDocument,
    "mutation InvitationEmailAccept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }": types.InvitationEmailAcceptDocument,
    "mutation RegistrationMessagesRegister($input: RegisterInput!) { register(input: $input) { registrations { id status waitlistPosition } } }": types.RegistrationMessagesRegisterDocument,
    "mutation RegistrationMessagesCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }": types.RegistrationMessagesCancelDocument,
    "query RegistrationMessagesMyNotifications { notifications(first: 10) { unreadCount edges { node { kind title body readAt workshop { id } } } } }": types.RegistrationMessagesMyNotificationsDocument,
    "mutation RegistrationMessagesMarkRead { markNotificationsRead(input: { all: true }) { marked unreadCount } }": types.RegistrationMessagesMarkReadDocument,
    "mutation RegistrationMessagesCancelWorkshop($id: ID!) { cancelWorkshop(input: { id: $id, reason: \"The venue closed\" }) { workshop { status } } }": types.RegistrationMessagesCancelWorkshopDocument,
    "mutation RemindersCreate($input: CreateWorkshopInput!) { createWorkshop(input: $input) { workshop { id reminderHoursBefore } } }": types.RemindersCreateDocument,
    "mutation RemindersPublish($id: ID!) { publishWorkshop(input: { id: $id }) { workshop { id status } } }": types.RemindersPublishDocument,
    "mutation RemindersUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id sequence } } }": types.RemindersUpdateDocument,
    "mutation RemindersRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }": types.RemindersRegisterDocument,
    "mutation RemindersPreferences($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { preferences { reminders digests } } }": types.RemindersPreferencesDocument,
    "mutation RemindersCancelWorkshop($id: ID!) { cancelWorkshop(input: { id: $id, reason: \"Postponed\" }) { workshop { status } } }": types.RemindersCancelWorkshopDocument,
    "query OrganizationsCountries($language: String) { countries(language: $language) { code name } }": types.OrganizationsCountriesDocument,
    "query DirectoryScopeResources { resources(first: 20) { edges { node { id organization { id name contactEmail statusHistory { reason } } } } } }": types.DirectoryScopeResourcesDocument,
    "query DirectoryScopeOrganization($id: ID!) { organization(id: $id) { id statusHistory { to reason } } }": types.DirectoryScopeOrganizationDocument,
    "mutation DirectoryScopeSuspend($input: SuspendOrganizationInput!) { suspendOrganization(input: $input) { organization { id } } }": types.DirectoryScopeSuspendDocument,
    "mutation MembershipAssess($input: RecordMembershipAssessmentInput!) {\n  recordMembershipAssessment(input: $input) { organization { id membershipStatus assessments { decision notes decidedOn } statusHistory { from to reason } } }\n}": types.MembershipAssessDocument,
    "mutation MembershipSuspend($input: SuspendOrganizationInput!) { suspendOrganization(input: $input) { organization { membershipStatus statusHistory { from to reason } } } }": types.MembershipSuspendDocument,
    "mutation MembershipReinstate($input: ReinstateOrganizationInput!) { reinstateOrganization(input: $input) { organization { membershipStatus } } }": types.MembershipReinstateDocument,
    "query MembershipRead($id: ID!) { organization(id: $id) { membershipStatus assessments { decision notes } statusHistory { to } } }": types.MembershipReadDocument,
    "mutation MembershipCreate($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }": types.MembershipCreateDocument,
    "mutation OrganizationsCreate($input: CreateOrganizationInput!) {\n  createOrganization(input: $input) { organization { id name kind country region membershipStatus topics languages website contactEmail statusHistory { from to } } }\n}": types.OrganizationsCreateDocument,
    "mutation OrganizationsUpdate($input: UpdateOrganizationInput!) {\n  updateOrganization(input: $input) { organization { id name country region website contactEmail topics } }\n}": types.OrganizationsUpdateDocument,
    "query OrganizationsList($filter: OrganizationFilter, $first: Int, $after: String) {\n  organizations(filter: $filter, first: $first, after: $after) { edges { cursor node { id name country region } } pageInfo { hasNextPage endCursor } }\n}": types.OrganizationsListDocument,
    "query OrganizationsOrganization($id: ID!) { organization(id: $id) { id } }": types.OrganizationsOrganizationDocument,
    "query OrganizationsById($id: ID!) { organization(id: $id) { id name } }": types.OrganizationsByIdDocument,
    "query ReferenceNames($language: String) {\n  regions(language: $language) { code name }\n  topics(language: $language) { code name }\n}": types.ReferenceNamesDocument,
    "query PlatformCommandCounterServerInfo { serverInfo { name } }": types.PlatformCommandCounterServerInfoDocument,
    "query PlatformExplorerSchema { __schema { queryType { name } } }": types.PlatformExplorerSchemaDocument,
    "query GraphqlHttpServerName { serverInfo { name } }": types.GraphqlHttpServerNameDocument,
    "query GraphqlHttpServerInfo { serverInfo { name version time } }": types.GraphqlHttpServerInfoDocument,
    "mutation LostUpdatesUpdateWorkshop($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id } } }": types.LostUpdatesUpdateWorkshopDocument,
    "mutation LostUpdatesRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }": types.LostUpdatesRegisterDocument,
    "mutation LostUpdatesUpdateGroup($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id } } }": types.LostUpdatesUpdateGroupDocument,
    "mutation LostUpdatesSuspend($input: SuspendOrganizationInput!) { suspendOrganization(input: $input) { organization { id } } }": types.LostUpdatesSuspendDocument,
    "mutation LostUpdatesReinstate($input: ReinstateOrganizationInput!) { reinstateOrganization(input: $input) { organization { id } } }": types.LostUpdatesReinstateDocument,
    "mutation LostUpdatesRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { user { id } } }": types.LostUpdatesRoleDocument,
    "mutation LostUpdatesDisable($input: DisableUserInput!) { disableUser(input: $input) { user { id } } }": types.LostUpdatesDisableDocument,
    "mutation LostUpdatesEnable($input: EnableUserInput!) { enableUser(input: $input) { user { id } } }": types.LostUpdatesEnableDocument,
    "query PlatformPortalServerName { serverInfo { name } }": types.PlatformPortalServerNameDocument,
    "query QueryTimeoutWorkshopIds { workshops(first: 5) { edges { node { id } } } }": types.QueryTimeoutWorkshopIdsDocument,
    "query QueryTimeoutWorkshopTitles { workshops(first: 5) { edges { node { id title } } } }": types.QueryTimeoutWorkshopTitlesDocument,
    "query ReadModelsList { workshops(first: 100, filter: { from: \"2026-01-01T00:00:00Z\" }) { edges { node { id title } } } }": types.ReadModelsListDocument,
    "mutation ReadModelsUpdateWorkshop($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id } } }": types.ReadModelsUpdateWorkshopDocument,
    "mutation ReadModelsRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }": types.ReadModelsRegisterDocument,
    "query ReadinessServerInfo { serverInfo { name } }": types.ReadinessServerInfoDocument,
    "query PlatformTwoProcessesList { workshops(first: 100, filter: { from: \"2027-01-01T00:00:00Z\" }) { edges { node { id title status } } } }": types.PlatformTwoProcessesListDocument,
    "mutation PlatformTwoProcessesUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id title } } }": types.PlatformTwoProcessesUpdateDocument,
    "mutation PlatformTwoProcessesPublish($input: PublishWorkshopInput!) { publishWorkshop(input: $input) { workshop { id status } } }": types.PlatformTwoProcessesPublishDocument,
    "mutation PlatformTwoProcessesRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }": types.PlatformTwoProcessesRegisterDocument,
    "query PlatformTwoProcessesSeats($id: ID!) { workshop(id: $id) { seats { confirmed waitlisted available } } }": types.PlatformTwoProcessesSeatsDocument,
    "mutation PlatformTwoProcessesShare($input: CreateResourceInput!) { createResource(input: $input) { resource { id } } }": types.PlatformTwoProcessesShareDocument,
    "query PlatformTwoProcessesSearch($text: String) { resources(filter: { text: $text }) { edges { node { id } } } }": types.PlatformTwoProcessesSearchDocument,
    "query PlatformTwoProcessesNames($text: String) { organizations(filter: { text: $text }) { edges { node { id name } } } }": types.PlatformTwoProcessesNamesDocument,
    "mutation PlatformTwoProcessesRename($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id } } }": types.PlatformTwoProcessesRenameDocument,
    "query PlatformTwoProcessesMe { me { id role } }": types.PlatformTwoProcessesMeDocument,
    "mutation PlatformTwoProcessesSignOut { signOut { revoked } }": types.PlatformTwoProcessesSignOutDocument,
    "mutation PlatformTwoProcessesChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { user { id role } } }": types.PlatformTwoProcessesChangeUserRoleDocument,
    "mutation PlatformTwoProcessesDisableUser($input: DisableUserInput!) { disableUser(input: $input) { user { id } } }": types.PlatformTwoProcessesDisableUserDocument,
    "query AnswerLinksMine { myRegistrations { edges { node { id answerLink } } } }": types.AnswerLinksMineDocument,
    "query AnswerLinksList($workshopId: ID!) { registrations(workshopId: $workshopId) { edges { node { id answerLink } } } }": types.AnswerLinksListDocument,
    "query AnswerLinksOpen($token: String!) { answerLinkQuestions(token: $token) {\n  workshop { id title } questions { question { id key } required } answered missing { key } } }": types.AnswerLinksOpenDocument,
    "mutation AnswerLinksUse($input: AnswerByLinkInput!) { answerByLink(input: $input) { answersComplete missing { key } } }": types.AnswerLinksUseDocument,
    "mutation AnswersEmailRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }": types.AnswersEmailRegisterDocument,
    "mutation AnswersEmailSet($input: SetWorkshopQuestionsInput!) { setWorkshopQuestions(input: $input) { workshop { id } } }": types.AnswersEmailSetDocument,
    "mutation AnswersEmailRemind($input: RemindMissingAnswersInput!) { remindMissingAnswers(input: $input) { asked } }": types.AnswersEmailRemindDocument,
    "mutation AnswersEmailUse($input: AnswerByLinkInput!) { answerByLink(input: $input) { answersComplete } }": types.AnswersEmailUseDocument,
    "query AnswersEmailInApp { notifications(first: 50) { edges { node { kind } } } }": types.AnswersEmailInAppDocument,
    "mutation ConsentsSet($input: SetWorkshopConsentsInput!) {\n  setWorkshopConsents(input: $input) { workshop { id consentItems { key version required text(language: \"fr\") } } } }": types.ConsentsSetDocument,
    "mutation ConsentsRegister($input: RegisterInput!) { register(input: $input) { registrations { id consentsComplete } } }": types.ConsentsRegisterDocument,
    "mutation ConsentsGive($input: GiveConsentsInput!) {\n  giveConsents(input: $input) { registration { id consentsComplete consents { item { key } version given current } } } }": types.ConsentsGiveDocument,
    "query ConsentsList($workshopId: ID!) { registrations(workshopId: $workshopId) {\n  edges { node { id consentsComplete consents { item { key } given current } } } } }": types.ConsentsListDocument,
    "query ConsentsOpen($token: String!) { answerLinkQuestions(token: $token) { consentItems { key version } consented } }": types.ConsentsOpenDocument,
    "mutation ConsentsUse($input: AnswerByLinkInput!) { answerByLink(input: $input) { answersComplete } }": types.ConsentsUseDocument,
    "mutation PrivacyRegister($input: RegisterInput!) { register(input: $input) { registrations { id answers { value } } } }": types.PrivacyRegisterDocument,
    "query PrivacyList($workshopId: ID!) { registrations(workshopId: $workshopId) {\n  edges { node { id answersComplete missingAnswers { key } answers { question { key } value } } } } }": types.PrivacyListDocument,
    "query PrivacyMine { myRegistrations { edges { node { id answers { value } } } } }": types.PrivacyMineDocument,
    "query PrivacyOverview { groupOverview { workshops { workshop { id title } confirmed } } }": types.PrivacyOverviewDocument,
    "query PrivacyReport($id: ID!) { workshopReport(workshopId: $id) { needs { question { key } answered answers { value count } } } }": types.PrivacyReportDocument,
    "query PrivacyFeeds { calendarFeeds { personal { link { https } } group { link { https } } } }": types.PrivacyFeedsDocument,
    "mutation QuestionsCreate($input: CreateRegistrationQuestionInput!) {\n  createRegistrationQuestion(input: $input) { question { id key type label sensitivity purgeAfterDays archived choices { value label } } } }": types.QuestionsCreateDocument,
    "mutation QuestionsUpdate($input: UpdateRegistrationQuestionInput!) {\n  updateRegistrationQuestion(input: $input) { question { id label(language: \"fr\") sensitivity choices { value label(language: \"es\") } } } }": types.QuestionsUpdateDocument,
    "query QuestionsLibrary($all: Boolean) { registrationQuestions(includeArchived: $all) { key label } }": types.QuestionsLibraryDocument,
    "mutation QuestionsSet($input: SetWorkshopQuestionsInput!) {\n  setWorkshopQuestions(input: $input) { workshop { id questions { question { key } required showIf { question { key } equals } } } } }": types.QuestionsSetDocument,
    "query QuestionsAsked($id: ID!) { workshop(id: $id) { questions { question { key label(language: \"fr\") } required } } }": types.QuestionsAskedDocument,
    "mutation QuestionsRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }": types.QuestionsRegisterDocument,
    "query QuestionsAnswers($workshopId: ID!) { registrations(workshopId: $workshopId) {\n  edges { node { id participant { email } answersComplete missingAnswers { key } answers { question { key } value values } } } } }": types.QuestionsAnswersDocument,
    "query QuestionsMine { myRegistrations { edges { node { id answersComplete missingAnswers { key } answers { question { key } value } } } } }": types.QuestionsMineDocument,
    "query QuestionsReport($id: ID!) { workshopReport(workshopId: $id) {\n  needs { question { key } answered answers { value label(language: \"fr\") count } } } }": types.QuestionsReportDocument,
    "mutation QuestionsErase($email: String!) { erasePerson(input: { email: $email }) { registrations } }": types.QuestionsEraseDocument,
    "mutation QuestionsAnswer($input: AnswerQuestionsInput!) {\n  answerQuestions(input: $input) { registration { id answersComplete answers { question { key } value values } } } }": types.QuestionsAnswerDocument,
    "mutation ShownNamesRegister($input: RegisterInput!) { register(input: $input) { registrations { id participant { name displayName listed } } } }": types.ShownNamesRegisterDocument,
    "query ShownNamesFellows($id: ID!) { workshopParticipants(workshopId: $id) { name organization { name } } }": types.ShownNamesFellowsDocument,
    "mutation ShownNamesUpdate($input: UpdateParticipationInput!) { updateParticipation(input: $input) { registration { participant { name displayName listed } } } }": types.ShownNamesUpdateDocument,
    "mutation AttendanceRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }": types.AttendanceRegisterDocument,
    "mutation AttendanceAttend($input: RecordAttendanceInput!) { recordAttendance(input: $input) { registration { id attended } } }": types.AttendanceAttendDocument,
    "query AttendanceReport($id: ID!) { workshopReport(workshopId: $id) {\n  byStatus { confirmed waitlisted pendingApproval cancelled declined }\n  byGroup { organization { name } confirmed attended } byRegion { code confirmed attended } byCountry { code confirmed attended }\n  attendanceRate } }": types.AttendanceReportDocument,
    "mutation OffersRegister($input: RegisterInput!) { register(input: $input) { registrations { id status waitlistPosition } } }": types.OffersRegisterDocument,
    "mutation OffersCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }": types.OffersCancelDocument,
    "mutation OffersAccept($id: ID!) { acceptOffer(input: { id: $id }) { registration { id status offerExpiresAt } } }": types.OffersAcceptDocument,
    "query OffersSeats($id: ID!) { workshop(id: $id) { seats { capacity confirmed waitlisted available } } }": types.OffersSeatsDocument,
    "mutation OverviewRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }": types.OverviewRegisterDocument,
    "mutation OverviewApprove($input: ApproveRegistrationInput!) { approveRegistration(input: $input) { registration { id status } } }": types.OverviewApproveDocument,
    "mutation OverviewCancelWorkshop($input: CancelWorkshopInput!) { cancelWorkshop(input: $input) { workshop { id } } }": types.OverviewCancelWorkshopDocument,
    "query OverviewOfGroup($organizationId: ID) { groupOverview(organizationId: $organizationId) {\n  organization { id name } confirmed waitlisted offers pendingApproval\n  workshops { workshop { id title } confirmed waitlisted offers pendingApproval } } }": types.OverviewOfGroupDocument,
    "query OverviewQueue { approvalQueue { total workshops { workshop { id } pendingApproval } } }": types.OverviewQueueDocument,
    "mutation ParticipantsExportRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }": types.ParticipantsExportRegisterDocument,
    "mutation PersonalDataRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }": types.PersonalDataRegisterDocument,
    "mutation PersonalDataErase($email: String!) { erasePerson(input: { email: $email }) { pseudonym registrations account } }": types.PersonalDataEraseDocument,
    "mutation PersonalDataUpdateNotificationPreferences { updateNotificationPreferences(input: { reminders: false }) { preferences { reminders } } }": types.PersonalDataUpdateNotificationPreferencesDocument,
    "query PersonalDataMe { me { id } }": types.PersonalDataMeDocument,
    "mutation RegistrationsReconcileRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }": types.RegistrationsReconcileRegisterDocument,
    "mutation RegistrationsReconcileRegisterWithStatus($input: RegisterInput!) { register(input: $input) { registrations { id status } } }": types.RegistrationsReconcileRegisterWithStatusDocument,
    "mutation RegistrationsReconcileCancelWorkshop($id: ID!) { cancelWorkshop(input: { id: $id, reason: \"Venue closed\" }) { workshop { status } } }": types.RegistrationsReconcileCancelWorkshopDocument,
    "mutation RegistrationsReconcileCompleteWorkshop($id: ID!) { completeWorkshop(input: { id: $id }) { workshop { status } } }": types.RegistrationsReconcileCompleteWorkshopDocument,
    "mutation RegisterPrivacyRegister($input: RegisterInput!) { register(input: $input) { registrations { id status participant { email } } } }": types.RegisterPrivacyRegisterDocument,
    "query RegisterPrivacyList($workshopId: ID!) { registrations(workshopId: $workshopId, first: 50) { edges { node { id organization { id } participant { email } } } } }": types.RegisterPrivacyListDocument,
    "mutation RegisterRegister($input: RegisterInput!) { register(input: $input) { registrations { id status waitlistPosition participant { name email } } } }": types.RegisterRegisterDocument,
    "mutation RegisterCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }": types.RegisterCancelDocument,
    "query RegisterList($workshopId: ID!, $first: Int) { registrations(workshopId: $workshopId, first: $first) {\n  edges { node { id status waitlistPosition organization { id } participant { email } } } } }": types.RegisterListDocument,
    "query RegisterPaged($workshopId: ID!, $after: String) { registrations(workshopId: $workshopId, first: 100, after: $after) {\n  edges { node { status waitlistPosition } } pageInfo { hasNextPage endCursor } } }": types.RegisterPagedDocument,
    "mutation RegisterApprove($id: ID!) { approveRegistration(input: { id: $id }) { registration { status } } }": types.RegisterApproveDocument,
    "mutation RegisterDecline($id: ID!) { declineRegistration(input: { id: $id, reason: \"Not the right profile\" }) { registration { status } } }": types.RegisterDeclineDocument,
    "mutation RegisterRaise($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { seats { capacity confirmed waitlisted available } } } }": types.RegisterRaiseDocument,
    "mutation RegisterRaiseQuota($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { perGroupQuota } } }": types.RegisterRaiseQuotaDocument,
    "mutation RegisterCancelWorkshop($id: ID!) { cancelWorkshop(input: { id: $id, reason: \"Postponed\" }) { workshop { status } } }": types.RegisterCancelWorkshopDocument,
    "query RegisterWorkshop($id: ID!) { workshop(id: $id) { onlineUrl } }": types.RegisterWorkshopDocument,
    "mutation FollowUpChoiceLink($input: LinkResourceInput!) { linkResource(input: $input) { resource { id } } }": types.FollowUpChoiceLinkDocument,
    "mutation FollowUpChoiceUpdate($input: UpdateResourceInput!) { updateResource(input: $input) { resource { id } } }": types.FollowUpChoiceUpdateDocument,
    "mutation ResourceFixturesCreate($input: CreateResourceInput!) { createResource(input: $input) { resource { id } } }": types.ResourceFixturesCreateDocument,
    "query ResourcesResource($id: ID!) { resource(id: $id) { id title description kind visibility topics languages regions countries archived\n  organization { id } workshops { id } externalUrl downloadCount viewerCanManage\n  versions { number language filename contentType size sha256 downloadUrl } } }": types.ResourcesResourceDocument,
    "query ResourcesList($filter: ResourceFilter, $sort: ResourceSort, $first: Int, $after: String) {\n  resources(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount edges { cursor node { id title } } pageInfo { hasNextPage endCursor } } }": types.ResourcesListDocument,
    "mutation ResourcesUpdate($input: UpdateResourceInput!) { updateResource(input: $input) { resource { id title topics languages kind externalUrl } } }": types.ResourcesUpdateDocument,
    "mutation ResourcesCreateResource($input: CreateResourceInput!) { createResource(input: $input) { resource { id title kind visibility topics languages regions countries organization { id } workshops { id } versions { number } } } }": types.ResourcesCreateResourceDocument,
    "mutation ResourcesCreateRefused($input: CreateResourceInput!) { createResource(input: $input) { resource { id } } }": types.ResourcesCreateRefusedDocument,
    "mutation ResourcesCreateForGroup($input: CreateResourceInput!) { createResource(input: $input) { resource { organization { id } } } }": types.ResourcesCreateForGroupDocument,
    "mutation ResourcesArchiveResource($input: ArchiveResourceInput!) { archiveResource(input: $input) { resource { archived } } }": types.ResourcesArchiveResourceDocument,
    "mutation ResourcesDelete($input: DeleteResourceInput!) { deleteResource(input: $input) { deletedId } }": types.ResourcesDeleteDocument,
    "mutation ResourcesLink($input: LinkResourceInput!) { linkResource(input: $input) { resource { workshops { id } } } }": types.ResourcesLinkDocument,
    "mutation ResourcesUnlink($input: UnlinkResourceInput!) { unlinkResource(input: $input) { resource { workshops { id } } } }": types.ResourcesUnlinkDocument,
    "query ResourcesResourcesOf($id: ID!) { workshop(id: $id) { resources { id } } }": types.ResourcesResourcesOfDocument,
    "query ResourcesCountedSample($first: Int) { resources(first: $first, filter: { text: \"counted sample\" }) { totalCount edges { node { id organization { name }\n        workshops { title } versions { number downloadUrl } editions { language latest { number } } download { number } } } } }": types.ResourcesCountedSampleDocument,
    "query ResourcesReport($filter: ResourceDownloadReportFilter) { resourceDownloadReport(filter: $filter) { total\n        byResource { resourceId count resource { title } } byOrganization { organizationId count } } }": types.ResourcesReportDocument,
    "query SearchSearch($filter: ResourceFilter, $sort: ResourceSort, $first: Int, $after: String) {\n  resources(filter: $filter, sort: $sort, first: $first, after: $after) {\n    totalCount edges { node { id title } } pageInfo { hasNextPage endCursor }\n    facets { kinds { value count } topics { value count } languages { value count } regions { value count } } } }": types.SearchSearchDocument,
    "mutation SearchUpdateResource($input: UpdateResourceInput!) { updateResource(input: $input) { resource { id } } }": types.SearchUpdateResourceDocument,
    "mutation SharingRightsLink($input: LinkResourceInput!) { linkResource(input: $input) { resource { id workshops { id } } } }": types.SharingRightsLinkDocument,
    "mutation SharingRightsUpdate($input: UpdateResourceInput!) { updateResource(input: $input) { resource { id title } } }": types.SharingRightsUpdateDocument,
    "mutation SharingRightsCreate($input: CreateResourceInput!) { createResource(input: $input) { resource { id } } }": types.SharingRightsCreateDocument,
    "query SharingRightsWorkshopResources($id: ID!) { workshop(id: $id) { resources { id } } }": types.SharingRightsWorkshopResourcesDocument,
    "mutation PlacementCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }": types.PlacementCancelDocument,
    "mutation PlacementUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { capacity } } }": types.PlacementUpdateDocument,
    "query PositionsList($workshopId: ID!) { registrations(workshopId: $workshopId, first: 100) { edges { node { ...SeatingReg } } } }": types.PositionsListDocument,
    "mutation RacesCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }": types.RacesCancelDocument,
    "mutation RacesApprove($id: ID!) { approveRegistration(input: { id: $id }) { registration { id status } } }": types.RacesApproveDocument,
    "mutation RacesDecline($id: ID!) { declineRegistration(input: { id: $id, reason: \"No\" }) { registration { id status } } }": types.RacesDeclineDocument,
    "mutation RacesAccept($id: ID!) { acceptOffer(input: { id: $id }) { registration { id status } } }": types.RacesAcceptDocument,
    "mutation RacesErase($email: String!) { erasePerson(input: { email: $email }) { pseudonym } }": types.RacesEraseDocument,
    "mutation RacesUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { capacity } } }": types.RacesUpdateDocument,
    "mutation RacesSetQuota($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { perGroupQuota } } }": types.RacesSetQuotaDocument,
    "mutation RacesAttend($input: RecordAttendanceInput!) { recordAttendance(input: $input) { registration { id attended } } }": types.RacesAttendDocument,
    "mutation RoundTripsRegister($input: RegisterInput!) { register(input: $input) { registrations { id status waitlistPosition } } }": types.RoundTripsRegisterDocument,
    "mutation RoundTripsCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }": types.RoundTripsCancelDocument,
    "mutation RoundTripsApprove($id: ID!) { approveRegistration(input: { id: $id }) { registration { id status } } }": types.RoundTripsApproveDocument,
    "fragment SeatingReg on Registration { id status waitlistPosition }": types.SeatingRegFragmentDoc,
    "mutation SeatingRegister($input: RegisterInput!) { register(input: $input) { registrations { ...SeatingReg } } }": types.SeatingRegisterDocument,
    "mutation SettlingCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }": types.SettlingCancelDocument,
    "mutation SettlingAccept($id: ID!) { acceptOffer(input: { id: $id }) { registration { id status } } }": types.SettlingAcceptDocument,
    "mutation SettlingUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { capacity } } }": types.SettlingUpdateDocument,
    "query SettlingWorkshop($id: ID!) { workshop(id: $id) { seats { confirmed waitlisted available } } }": types.SettlingWorkshopDocument,
    "mutation StressRegister($input: RegisterInput!) { register(input: $input) { registrations { id status waitlistPosition } } }": types.StressRegisterDocument,
    "mutation StressCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }": types.StressCancelDocument,
    "mutation StressApprove($id: ID!) { approveRegistration(input: { id: $id }) { registration { id status } } }": types.StressApproveDocument,
    "mutation StressDecline($id: ID!) { declineRegistration(input: { id: $id }) { registration { id status } } }": types.StressDeclineDocument,
    "mutation StressAccept($id: ID!) { acceptOffer(input: { id: $id }) { registration { id status } } }": types.StressAcceptDocument,
    "mutation StressUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id capacity } } }": types.StressUpdateDocument,
    "query StressList($workshopId: ID!) { registrations(workshopId: $workshopId, first: 100) { edges { node { id status waitlistPosition } } } }": types.StressListDocument,
    "mutation AuditPseudonymRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }": types.AuditPseudonymRegisterDocument,
    "mutation AuditPseudonymErase($email: String!) { erasePerson(input: { email: $email }) { pseudonym } }": types.AuditPseudonymEraseDocument,
    "mutation SecretsNotLoggedRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }": types.SecretsNotLoggedRegisterDocument,
    "mutation SecretsNotLoggedSignIn($input: SignInInput!) { signIn(input: $input) { token } }": types.SecretsNotLoggedSignInDocument,
    "query SecretsNotLoggedMe { me { id email } }": types.SecretsNotLoggedMeDocument,
    "mutation SecretsNotLoggedInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl } }": types.SecretsNotLoggedInviteUserDocument,
    "mutation SecretsNotLoggedRotateCalendarToken { rotateCalendarToken(input: { feed: PERSONAL }) { calendarFeeds { personal { link { https } } } } }": types.SecretsNotLoggedRotateCalendarTokenDocument,
    "mutation SecretsNotLoggedSignOut { signOut { revoked } }": types.SecretsNotLoggedSignOutDocument,
    "query SecretsNotLoggedMyId { me { id } }": types.SecretsNotLoggedMyIdDocument,
    "query DemoSeedMe { me { role organization { kind } } }": types.DemoSeedMeDocument,
    "query DemoSeedOrganizations { organizations(first: 50, filter: { region: \"AFRICA\" }) { edges { node { id } } pageInfo { hasNextPage } } }": types.DemoSeedOrganizationsDocument,
    "query DemoSeedWorkshops { workshops(first: 50) { edges { node { id } } } }": types.DemoSeedWorkshopsDocument,
    "query DemoSeedResources { resources(first: 10, filter: { text: \"code of conduct\" }) { totalCount edges { node { title download(language: \"fr\") { downloadUrl } } } } }": types.DemoSeedResourcesDocument,
    "query AdminCreateMyRole { me { role organization { kind } } }": types.AdminCreateMyRoleDocument,
    "query AdminCreateMe { me { id } }": types.AdminCreateMeDocument,
    "mutation EmailIdentityInvite($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl emailed invitation { email } } }": types.EmailIdentityInviteDocument,
    "mutation EmailIdentityAccept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token user { emailConfirmed } } }": types.EmailIdentityAcceptDocument,
    "query EmailIdentityMine { myRegistrations { edges { node { id participant { name email } } } } }": types.EmailIdentityMineDocument,
    "mutation EmailIdentitySetPreferences { updateNotificationPreferences(input: { reminders: false }) { preferences { reminders } } }": types.EmailIdentitySetPreferencesDocument,
    "query EmailIdentityPreferences { notificationPreferences { reminders } }": types.EmailIdentityPreferencesDocument,
    "mutation EmailIdentityPersonalFeed { rotateCalendarToken(input: { feed: PERSONAL }) { calendarFeeds { personal { link { https } } } } }": types.EmailIdentityPersonalFeedDocument,
    "mutation EmailIdentityRequestConfirmation { requestEmailConfirmation { sent emailConfirmed } }": types.EmailIdentityRequestConfirmationDocument,
    "mutation EmailIdentityConfirm($input: ConfirmEmailInput!) { confirmEmail(input: $input) { emailConfirmed } }": types.EmailIdentityConfirmDocument,
    "query EmailIdentityNotifications { notifications { edges { node { body } } } }": types.EmailIdentityNotificationsDocument,
    "mutation EmailIdentitySignIn($input: SignInInput!) { signIn(input: $input) { token } }": types.EmailIdentitySignInDocument,
    "mutation InvitationsInvite($input: InviteUserInput!) {\n  inviteUser(input: $input) { invitation { email role expiresAt organization { id kind } } inviteUrl }\n}": types.InvitationsInviteDocument,
    "mutation InvitationsAccept($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) { token expiresAt user { id email name role timeZone language organization { id } } }\n}": types.InvitationsAcceptDocument,
    "query InvitationsMe { me { email } }": types.InvitationsMeDocument,
    "mutation ResetRequest($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { accepted } }": types.ResetRequestDocument,
    "mutation ResetWithLink($input: ResetPasswordInput!) { resetPassword(input: $input) { token expiresAt user { id email emailConfirmed } } }": types.ResetWithLinkDocument,
    "mutation ResetSignIn($input: SignInInput!) { signIn(input: $input) { token } }": types.ResetSignInDocument,
    "mutation ResetDisable($input: DisableUserInput!) { disableUser(input: $input) { user { id disabled } } }": types.ResetDisableDocument,
    "query ResetMe { me { id } }": types.ResetMeDocument,
    "mutation ProfileUpdate($input: UpdateProfileInput!) { updateProfile(input: $input) { user { id name language timeZone email role } } }": types.ProfileUpdateDocument,
    "query ProfileMe { me { name language timeZone } }": types.ProfileMeDocument,
    "query ProfileTimes($id: ID!) { workshop(id: $id) { times { viewerStartsAt { timeZone local } } } }": types.ProfileTimesDocument,
    "mutation SignInSignIn($input: SignInInput!) { signIn(input: $input) { token expiresAt user { id email role } } }": types.SignInSignInDocument,
    "query SignInMe { me { id email name role timeZone organization { id name kind } } }": types.SignInMeDocument,
    "mutation SignInSignOut { signOut { revoked } }": types.SignInSignOutDocument,
    "mutation UserAdminDisable($input: DisableUserInput!) { disableUser(input: $input) { user { id disabled } } }": types.UserAdminDisableDocument,
    "mutation UserAdminEnable($input: EnableUserInput!) { enableUser(input: $input) { user { id disabled } } }": types.UserAdminEnableDocument,
    "mutation UserAdminRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { user { id role } } }": types.UserAdminRoleDocument,
    "query UserAdminMe { me { id } }": types.UserAdminMeDocument,
    "query UserAdminMyRole { me { role } }": types.UserAdminMyRoleDocument,
    "query AnswerCachePage { workshops(first: 20, filter: { from: \"2026-01-01T00:00:00Z\" }) { edges { node { id title seats { confirmed available } } } } }": types.AnswerCachePageDocument,
    "query AnswerCacheWithResources { workshops(first: 20, filter: { from: \"2026-01-01T00:00:00Z\" }) { edges { node { id resources { id } } } } }": types.AnswerCacheWithResourcesDocument,
    "query AnswerCacheHeldRead { workshops(first: 50, filter: { from: \"2026-08-03T00:00:00Z\" }) { edges { node { id title } } } }": types.AnswerCacheHeldReadDocument,
    "mutation CancelledDraftsCreate($input: CreateWorkshopInput!) { createWorkshop(input: $input) { workshop { id } } }": types.CancelledDraftsCreateDocument,
    "mutation CancelledDraftsPublish($id: ID!) { publishWorkshop(input: { id: $id }) { workshop { id } } }": types.CancelledDraftsPublishDocument,
    "mutation CancelledDraftsCancel($id: ID!) { cancelWorkshop(input: { id: $id, reason: \"Safeguarding concern at the venue.\" }) { workshop { id status } } }": types.CancelledDraftsCancelDocument,
    "query CancelledDraftsRead($id: ID!) { workshop(id: $id) { id description venue { address } cancellationReason } }": types.CancelledDraftsReadDocument,
    "query CancelledDraftsCancelled { workshops(filter: { status: CANCELLED }) { edges { node { id } } } }": types.CancelledDraftsCancelledDocument,
    "query WorkshopsJoiningDetailsRead($id: ID!) { workshop(id: $id) { sessions { title location joiningDetails } } }": types.WorkshopsJoiningDetailsReadDocument,
    "fragment PlanningWorkshop on Workshop { id title status sequence format timeZone startsAt endsAt onlineUrl capacity perGroupQuota\n  registrationClosesAt requiresApproval venue { name city country } topics languages\n  sessions { title startsAt endsAt } eligibility { regions organizationIds } seats { capacity confirmed waitlisted available } }": types.PlanningWorkshopFragmentDoc,
    "mutation PlanningCreate($input: CreateWorkshopInput!) { createWorkshop(input: $input) { workshop { ...PlanningWorkshop } } }": types.PlanningCreateDocument,
    "mutation PlanningUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { ...PlanningWorkshop } } }": types.PlanningUpdateDocument,
    "mutation PlanningPublish($id: ID!) { publishWorkshop(input: { id: $id }) { workshop { id status sequence } } }": types.PlanningPublishDocument,
    "mutation PlanningCancel($id: ID!, $reason: String!) { cancelWorkshop(input: { id: $id, reason: $reason }) { workshop { id status sequence cancellationReason } } }": types.PlanningCancelDocument,
    "mutation PlanningComplete($id: ID!) { completeWorkshop(input: { id: $id }) { workshop { id status } } }": types.PlanningCompleteDocument,
    "query ProgrammeSearchList($filter: WorkshopFilter, $first: Int, $after: String) {\n  workshops(filter: $filter, first: $first, after: $after) { edges { node { id title } } pageInfo { hasNextPage endCursor } } }": types.ProgrammeSearchListDocument,
    "query ProgrammeSearchOrganizations($text: String) { organizations(filter: { text: $text }) { edges { node { name } } } }": types.ProgrammeSearchOrganizationsDocument,
    "query ReadingList($filter: WorkshopFilter, $first: Int, $after: String) {\n  workshops(filter: $filter, first: $first, after: $after) {\n    edges { cursor node { id title status onlineUrl startsAt } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": types.ReadingListDocument,
    "query ReadingOne($id: ID!) { workshop(id: $id) {\n  id title onlineUrl\n  times { venueStartsAt { iso local timeZone offset abbreviation } viewerStartsAt { iso local timeZone offset } }\n  sessions { title location times { venueStartsAt { local } viewerStartsAt { local } } }\n} }": types.ReadingOneDocument,
    "query ReadingQuery($first: Int) { workshops(first: $first, filter: { from: \"2026-05-31T00:00:00Z\" }) { edges { node {\n      id title seats { capacity confirmed waitlisted available } facilitators { name }\n      sessions { title times { venueStartsAt { local } viewerStartsAt { local } } }\n      times { venueStartsAt { iso } viewerStartsAt { iso } } } } } }": types.ReadingQueryDocument,
    "mutation SeriesCreateSeries($input: CreateWorkshopSeriesInput!) {\n  createWorkshopSeries(input: $input) { seriesId workshops { id seriesId status startsAt endsAt registrationClosesAt\n    times { venueStartsAt { local } } sessions { title times { venueStartsAt { local } venueEndsAt { local } } } } }\n}": types.SeriesCreateSeriesDocument,
    "mutation SeriesUpdate($input: UpdateWorkshopInput!) {\n  updateWorkshop(input: $input) { workshop { id title sequence times { venueStartsAt { local } } } alsoUpdated { id title sequence times { venueStartsAt { local } } } }\n}": types.SeriesUpdateDocument,
    "mutation SeriesPublishWorkshop($id: ID!) { publishWorkshop(input: { id: $id }) { workshop { id } } }": types.SeriesPublishWorkshopDocument,
    "mutation SessionLocationLinksCreate($input: CreateWorkshopInput!) { createWorkshop(input: $input) { workshop { id } } }": types.SessionLocationLinksCreateDocument,
    "mutation SessionLocationLinksPublish($id: ID!) { publishWorkshop(input: { id: $id }) { workshop { id status } } }": types.SessionLocationLinksPublishDocument,
    "mutation SessionLocationLinksUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id } } }": types.SessionLocationLinksUpdateDocument,
    "query SessionLocationLinksSessions($id: ID!) { workshop(id: $id) { sessions { title location joiningDetails } } }": types.SessionLocationLinksSessionsDocument,
    "query SessionLocationLinksList { workshops(first: 50) { edges { node { id sessions { title location joiningDetails } } } } }": types.SessionLocationLinksListDocument,
};

/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation OfflineRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }"): typeof import('./graphql').OfflineRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation FixturesSignIn($input: SignInInput!) { signIn(input: $input) { token user { id email role } } }"): typeof import('./graphql').FixturesSignInDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation MatrixSignIn { signIn(input: { email: \"a@example.org\", password: \"x\" }) { token } }"): typeof import('./graphql').MatrixSignInDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation MatrixSignOut { signOut { revoked } }"): typeof import('./graphql').MatrixSignOutDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation MatrixAccept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }"): typeof import('./graphql').MatrixAcceptDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation MatrixConfirm($input: ConfirmEmailInput!) { confirmEmail(input: $input) { emailConfirmed } }"): typeof import('./graphql').MatrixConfirmDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation MatrixReset($input: ResetPasswordInput!) { resetPassword(input: $input) { token } }"): typeof import('./graphql').MatrixResetDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query MatrixMyRegistrations { myRegistrations { edges { node { id } } } }"): typeof import('./graphql').MatrixMyRegistrationsDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation MatrixChoices { updateNotificationPreferences(input: { reminders: false }) { preferences { reminders } } }"): typeof import('./graphql').MatrixChoicesDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query PrivateFeedsFeeds { calendarFeeds {\n  public { name https webcal } regions { name https } topics { name https }\n  personal { feed issuedAt link { name https webcal } }\n  group { feed issuedAt link { name https webcal } } } }"): typeof import('./graphql').PrivateFeedsFeedsDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PrivateFeedsRotate($input: RotateCalendarTokenInput!) { rotateCalendarToken(input: $input) { calendarFeeds {\n  personal { feed issuedAt link { https } } group { feed issuedAt link { https } } } } }"): typeof import('./graphql').PrivateFeedsRotateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PrivateFeedsRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }"): typeof import('./graphql').PrivateFeedsRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PrivateFeedsCancelRegistration($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }"): typeof import('./graphql').PrivateFeedsCancelRegistrationDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PrivateFeedsCancelWorkshop($id: ID!) { cancelWorkshop(input: { id: $id, reason: \"Postponed.\" }) { workshop { id sequence } } }"): typeof import('./graphql').PrivateFeedsCancelWorkshopDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PrivateFeedsDisableUser($id: ID!) { disableUser(input: { id: $id }) { user { id } } }"): typeof import('./graphql').PrivateFeedsDisableUserDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PrivateFeedsErasePerson($email: String!) { erasePerson(input: { email: $email }) { pseudonym } }"): typeof import('./graphql').PrivateFeedsErasePersonDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PrivateFeedsChangeUserRole($id: ID!) { changeUserRole(input: { id: $id, role: MEMBER }) { user { id } } }"): typeof import('./graphql').PrivateFeedsChangeUserRoleDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PublicFeedsCreate($input: CreateWorkshopInput!) { createWorkshop(input: $input) { workshop { id sequence } } }"): typeof import('./graphql').PublicFeedsCreateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PublicFeedsPublish($id: ID!) { publishWorkshop(input: { id: $id }) { workshop { id sequence } } }"): typeof import('./graphql').PublicFeedsPublishDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PublicFeedsUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id sequence } } }"): typeof import('./graphql').PublicFeedsUpdateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PublicFeedsCancel($id: ID!) { cancelWorkshop(input: { id: $id, reason: \"The venue closed.\" }) { workshop { id sequence status } } }"): typeof import('./graphql').PublicFeedsCancelDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PublicFeedsRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }"): typeof import('./graphql').PublicFeedsRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation CalendarTwoProcessesUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id sequence } } }"): typeof import('./graphql').CalendarTwoProcessesUpdateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation CalendarTwoProcessesRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }"): typeof import('./graphql').CalendarTwoProcessesRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query CalendarTwoProcessesFeeds { calendarFeeds { personal { link { https } } } }"): typeof import('./graphql').CalendarTwoProcessesFeedsDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation ApiKilledRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }"): typeof import('./graphql').ApiKilledRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation DatabaseOutageRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }"): typeof import('./graphql').DatabaseOutageRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query DatabaseOutageWorkshops { workshops(first: 5) { edges { node { id } } } }"): typeof import('./graphql').DatabaseOutageWorkshopsDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation EmailIdentityFuzzInvite($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl emailed invitation { email role } } }"): typeof import('./graphql').EmailIdentityFuzzInviteDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation EmailIdentityFuzzAccept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token user { id emailConfirmed } } }"): typeof import('./graphql').EmailIdentityFuzzAcceptDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation EmailIdentityFuzzFeed { rotateCalendarToken(input: { feed: PERSONAL }) { calendarFeeds { personal { link { https } } } } }"): typeof import('./graphql').EmailIdentityFuzzFeedDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query GraphqlFuzzSearchWorkshops($filter: WorkshopFilter) { workshops(first: 50, filter: $filter) { edges { cursor } } }"): typeof import('./graphql').GraphqlFuzzSearchWorkshopsDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query GraphqlFuzzSearchResources($filter: ResourceFilter) { resources(first: 50, filter: $filter) { edges { cursor } } }"): typeof import('./graphql').GraphqlFuzzSearchResourcesDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query GraphqlFuzzSearchOrganizations($filter: OrganizationFilter) { organizations(first: 50, filter: $filter) { edges { cursor } } }"): typeof import('./graphql').GraphqlFuzzSearchOrganizationsDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation HttpHostileSignIn($input: SignInInput!) { signIn(input: $input) { token } }"): typeof import('./graphql').HttpHostileSignInDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RegressionsUpdateThisAndFuture($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id } } }"): typeof import('./graphql').RegressionsUpdateThisAndFutureDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RegressionsFirstChoices($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { preferences { digests } } }"): typeof import('./graphql').RegressionsFirstChoicesDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation LettersRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }"): typeof import('./graphql').LettersRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation LettersRequest($input: RequestInvitationLetterInput!) {\n  requestInvitationLetter(input: $input) { letter { id status language questions { key } verificationCode downloadUrl } } }"): typeof import('./graphql').LettersRequestDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation LettersDecide($input: DecideInvitationLetterInput!) {\n  decideInvitationLetter(input: $input) { letter { id status coverage signatory declineReason verificationCode downloadUrl } } }"): typeof import('./graphql').LettersDecideDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query LettersMine { myRegistrations { edges { node { id invitationLetter { status verificationCode } } } } }"): typeof import('./graphql').LettersMineDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query LettersList($workshopId: ID!) { registrations(workshopId: $workshopId) { edges { node { id invitationLetter { status } } } } }"): typeof import('./graphql').LettersListDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query LettersOfWorkshop($workshopId: ID!) { invitationLetters(workshopId: $workshopId) { id status registration { participant { name } } } }"): typeof import('./graphql').LettersOfWorkshopDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query LettersVerify($code: String!) { verifyInvitationLetter(code: $code) { name workshopTitle startsAt endsAt } }"): typeof import('./graphql').LettersVerifyDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation DeliveryRacesMarkRead($ids: [ID!]) { markNotificationsRead(input: { ids: $ids }) { marked unreadCount } }"): typeof import('./graphql').DeliveryRacesMarkReadDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query DeliveryRacesMine { notifications(first: 20) { unreadCount edges { node { id readAt } } } }"): typeof import('./graphql').DeliveryRacesMineDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation DeliveryReadsRegister($input: RegisterInput!) { register(input: $input) { registrations { id status waitlistPosition } } }"): typeof import('./graphql').DeliveryReadsRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation DeliveryReadsCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }"): typeof import('./graphql').DeliveryReadsCancelDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query DeliveryReadsRegistrations($id: ID!) { registrations(workshopId: $id, first: 20) { edges { node { status waitlistPosition } } } }"): typeof import('./graphql').DeliveryReadsRegistrationsDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query DeliveryDeliveries($filter: NotificationDeliveryFilter) { notificationDeliveries(filter: $filter, first: 50) {\n  edges { node { id kind recipientEmail state attempts lastError nextAttemptAt sentAt } } } }"): typeof import('./graphql').DeliveryDeliveriesDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation DeliveryRetry($id: ID!) { retryNotificationDelivery(input: { id: $id }) { delivery { id state attempts } } }"): typeof import('./graphql').DeliveryRetryDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation FollowUpLink($input: LinkResourceInput!) { linkResource(input: $input) { resource { id } } }"): typeof import('./graphql').FollowUpLinkDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation InvitationEmailInvite($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl } }"): typeof import('./graphql').InvitationEmailInviteDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation InvitationEmailAccept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }"): typeof import('./graphql').InvitationEmailAcceptDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RegistrationMessagesRegister($input: RegisterInput!) { register(input: $input) { registrations { id status waitlistPosition } } }"): typeof import('./graphql').RegistrationMessagesRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RegistrationMessagesCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }"): typeof import('./graphql').RegistrationMessagesCancelDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query RegistrationMessagesMyNotifications { notifications(first: 10) { unreadCount edges { node { kind title body readAt workshop { id } } } } }"): typeof import('./graphql').RegistrationMessagesMyNotificationsDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RegistrationMessagesMarkRead { markNotificationsRead(input: { all: true }) { marked unreadCount } }"): typeof import('./graphql').RegistrationMessagesMarkReadDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RegistrationMessagesCancelWorkshop($id: ID!) { cancelWorkshop(input: { id: $id, reason: \"The venue closed\" }) { workshop { status } } }"): typeof import('./graphql').RegistrationMessagesCancelWorkshopDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RemindersCreate($input: CreateWorkshopInput!) { createWorkshop(input: $input) { workshop { id reminderHoursBefore } } }"): typeof import('./graphql').RemindersCreateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RemindersPublish($id: ID!) { publishWorkshop(input: { id: $id }) { workshop { id status } } }"): typeof import('./graphql').RemindersPublishDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RemindersUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id sequence } } }"): typeof import('./graphql').RemindersUpdateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RemindersRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }"): typeof import('./graphql').RemindersRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RemindersPreferences($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { preferences { reminders digests } } }"): typeof import('./graphql').RemindersPreferencesDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RemindersCancelWorkshop($id: ID!) { cancelWorkshop(input: { id: $id, reason: \"Postponed\" }) { workshop { status } } }"): typeof import('./graphql').RemindersCancelWorkshopDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query OrganizationsCountries($language: String) { countries(language: $language) { code name } }"): typeof import('./graphql').OrganizationsCountriesDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query DirectoryScopeResources { resources(first: 20) { edges { node { id organization { id name contactEmail statusHistory { reason } } } } } }"): typeof import('./graphql').DirectoryScopeResourcesDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query DirectoryScopeOrganization($id: ID!) { organization(id: $id) { id statusHistory { to reason } } }"): typeof import('./graphql').DirectoryScopeOrganizationDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation DirectoryScopeSuspend($input: SuspendOrganizationInput!) { suspendOrganization(input: $input) { organization { id } } }"): typeof import('./graphql').DirectoryScopeSuspendDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation MembershipAssess($input: RecordMembershipAssessmentInput!) {\n  recordMembershipAssessment(input: $input) { organization { id membershipStatus assessments { decision notes decidedOn } statusHistory { from to reason } } }\n}"): typeof import('./graphql').MembershipAssessDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation MembershipSuspend($input: SuspendOrganizationInput!) { suspendOrganization(input: $input) { organization { membershipStatus statusHistory { from to reason } } } }"): typeof import('./graphql').MembershipSuspendDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation MembershipReinstate($input: ReinstateOrganizationInput!) { reinstateOrganization(input: $input) { organization { membershipStatus } } }"): typeof import('./graphql').MembershipReinstateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query MembershipRead($id: ID!) { organization(id: $id) { membershipStatus assessments { decision notes } statusHistory { to } } }"): typeof import('./graphql').MembershipReadDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation MembershipCreate($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }"): typeof import('./graphql').MembershipCreateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation OrganizationsCreate($input: CreateOrganizationInput!) {\n  createOrganization(input: $input) { organization { id name kind country region membershipStatus topics languages website contactEmail statusHistory { from to } } }\n}"): typeof import('./graphql').OrganizationsCreateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation OrganizationsUpdate($input: UpdateOrganizationInput!) {\n  updateOrganization(input: $input) { organization { id name country region website contactEmail topics } }\n}"): typeof import('./graphql').OrganizationsUpdateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query OrganizationsList($filter: OrganizationFilter, $first: Int, $after: String) {\n  organizations(filter: $filter, first: $first, after: $after) { edges { cursor node { id name country region } } pageInfo { hasNextPage endCursor } }\n}"): typeof import('./graphql').OrganizationsListDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query OrganizationsOrganization($id: ID!) { organization(id: $id) { id } }"): typeof import('./graphql').OrganizationsOrganizationDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query OrganizationsById($id: ID!) { organization(id: $id) { id name } }"): typeof import('./graphql').OrganizationsByIdDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query ReferenceNames($language: String) {\n  regions(language: $language) { code name }\n  topics(language: $language) { code name }\n}"): typeof import('./graphql').ReferenceNamesDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query PlatformCommandCounterServerInfo { serverInfo { name } }"): typeof import('./graphql').PlatformCommandCounterServerInfoDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query PlatformExplorerSchema { __schema { queryType { name } } }"): typeof import('./graphql').PlatformExplorerSchemaDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query GraphqlHttpServerName { serverInfo { name } }"): typeof import('./graphql').GraphqlHttpServerNameDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query GraphqlHttpServerInfo { serverInfo { name version time } }"): typeof import('./graphql').GraphqlHttpServerInfoDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation LostUpdatesUpdateWorkshop($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id } } }"): typeof import('./graphql').LostUpdatesUpdateWorkshopDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation LostUpdatesRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }"): typeof import('./graphql').LostUpdatesRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation LostUpdatesUpdateGroup($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id } } }"): typeof import('./graphql').LostUpdatesUpdateGroupDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation LostUpdatesSuspend($input: SuspendOrganizationInput!) { suspendOrganization(input: $input) { organization { id } } }"): typeof import('./graphql').LostUpdatesSuspendDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation LostUpdatesReinstate($input: ReinstateOrganizationInput!) { reinstateOrganization(input: $input) { organization { id } } }"): typeof import('./graphql').LostUpdatesReinstateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation LostUpdatesRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { user { id } } }"): typeof import('./graphql').LostUpdatesRoleDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation LostUpdatesDisable($input: DisableUserInput!) { disableUser(input: $input) { user { id } } }"): typeof import('./graphql').LostUpdatesDisableDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation LostUpdatesEnable($input: EnableUserInput!) { enableUser(input: $input) { user { id } } }"): typeof import('./graphql').LostUpdatesEnableDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query PlatformPortalServerName { serverInfo { name } }"): typeof import('./graphql').PlatformPortalServerNameDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query QueryTimeoutWorkshopIds { workshops(first: 5) { edges { node { id } } } }"): typeof import('./graphql').QueryTimeoutWorkshopIdsDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query QueryTimeoutWorkshopTitles { workshops(first: 5) { edges { node { id title } } } }"): typeof import('./graphql').QueryTimeoutWorkshopTitlesDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query ReadModelsList { workshops(first: 100, filter: { from: \"2026-01-01T00:00:00Z\" }) { edges { node { id title } } } }"): typeof import('./graphql').ReadModelsListDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation ReadModelsUpdateWorkshop($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id } } }"): typeof import('./graphql').ReadModelsUpdateWorkshopDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation ReadModelsRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }"): typeof import('./graphql').ReadModelsRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query ReadinessServerInfo { serverInfo { name } }"): typeof import('./graphql').ReadinessServerInfoDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query PlatformTwoProcessesList { workshops(first: 100, filter: { from: \"2027-01-01T00:00:00Z\" }) { edges { node { id title status } } } }"): typeof import('./graphql').PlatformTwoProcessesListDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PlatformTwoProcessesUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id title } } }"): typeof import('./graphql').PlatformTwoProcessesUpdateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PlatformTwoProcessesPublish($input: PublishWorkshopInput!) { publishWorkshop(input: $input) { workshop { id status } } }"): typeof import('./graphql').PlatformTwoProcessesPublishDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PlatformTwoProcessesRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }"): typeof import('./graphql').PlatformTwoProcessesRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query PlatformTwoProcessesSeats($id: ID!) { workshop(id: $id) { seats { confirmed waitlisted available } } }"): typeof import('./graphql').PlatformTwoProcessesSeatsDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PlatformTwoProcessesShare($input: CreateResourceInput!) { createResource(input: $input) { resource { id } } }"): typeof import('./graphql').PlatformTwoProcessesShareDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query PlatformTwoProcessesSearch($text: String) { resources(filter: { text: $text }) { edges { node { id } } } }"): typeof import('./graphql').PlatformTwoProcessesSearchDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query PlatformTwoProcessesNames($text: String) { organizations(filter: { text: $text }) { edges { node { id name } } } }"): typeof import('./graphql').PlatformTwoProcessesNamesDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PlatformTwoProcessesRename($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id } } }"): typeof import('./graphql').PlatformTwoProcessesRenameDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query PlatformTwoProcessesMe { me { id role } }"): typeof import('./graphql').PlatformTwoProcessesMeDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PlatformTwoProcessesSignOut { signOut { revoked } }"): typeof import('./graphql').PlatformTwoProcessesSignOutDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PlatformTwoProcessesChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { user { id role } } }"): typeof import('./graphql').PlatformTwoProcessesChangeUserRoleDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PlatformTwoProcessesDisableUser($input: DisableUserInput!) { disableUser(input: $input) { user { id } } }"): typeof import('./graphql').PlatformTwoProcessesDisableUserDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query AnswerLinksMine { myRegistrations { edges { node { id answerLink } } } }"): typeof import('./graphql').AnswerLinksMineDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query AnswerLinksList($workshopId: ID!) { registrations(workshopId: $workshopId) { edges { node { id answerLink } } } }"): typeof import('./graphql').AnswerLinksListDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query AnswerLinksOpen($token: String!) { answerLinkQuestions(token: $token) {\n  workshop { id title } questions { question { id key } required } answered missing { key } } }"): typeof import('./graphql').AnswerLinksOpenDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation AnswerLinksUse($input: AnswerByLinkInput!) { answerByLink(input: $input) { answersComplete missing { key } } }"): typeof import('./graphql').AnswerLinksUseDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation AnswersEmailRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }"): typeof import('./graphql').AnswersEmailRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation AnswersEmailSet($input: SetWorkshopQuestionsInput!) { setWorkshopQuestions(input: $input) { workshop { id } } }"): typeof import('./graphql').AnswersEmailSetDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation AnswersEmailRemind($input: RemindMissingAnswersInput!) { remindMissingAnswers(input: $input) { asked } }"): typeof import('./graphql').AnswersEmailRemindDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation AnswersEmailUse($input: AnswerByLinkInput!) { answerByLink(input: $input) { answersComplete } }"): typeof import('./graphql').AnswersEmailUseDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query AnswersEmailInApp { notifications(first: 50) { edges { node { kind } } } }"): typeof import('./graphql').AnswersEmailInAppDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation ConsentsSet($input: SetWorkshopConsentsInput!) {\n  setWorkshopConsents(input: $input) { workshop { id consentItems { key version required text(language: \"fr\") } } } }"): typeof import('./graphql').ConsentsSetDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation ConsentsRegister($input: RegisterInput!) { register(input: $input) { registrations { id consentsComplete } } }"): typeof import('./graphql').ConsentsRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation ConsentsGive($input: GiveConsentsInput!) {\n  giveConsents(input: $input) { registration { id consentsComplete consents { item { key } version given current } } } }"): typeof import('./graphql').ConsentsGiveDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query ConsentsList($workshopId: ID!) { registrations(workshopId: $workshopId) {\n  edges { node { id consentsComplete consents { item { key } given current } } } } }"): typeof import('./graphql').ConsentsListDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query ConsentsOpen($token: String!) { answerLinkQuestions(token: $token) { consentItems { key version } consented } }"): typeof import('./graphql').ConsentsOpenDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation ConsentsUse($input: AnswerByLinkInput!) { answerByLink(input: $input) { answersComplete } }"): typeof import('./graphql').ConsentsUseDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PrivacyRegister($input: RegisterInput!) { register(input: $input) { registrations { id answers { value } } } }"): typeof import('./graphql').PrivacyRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query PrivacyList($workshopId: ID!) { registrations(workshopId: $workshopId) {\n  edges { node { id answersComplete missingAnswers { key } answers { question { key } value } } } } }"): typeof import('./graphql').PrivacyListDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query PrivacyMine { myRegistrations { edges { node { id answers { value } } } } }"): typeof import('./graphql').PrivacyMineDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query PrivacyOverview { groupOverview { workshops { workshop { id title } confirmed } } }"): typeof import('./graphql').PrivacyOverviewDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query PrivacyReport($id: ID!) { workshopReport(workshopId: $id) { needs { question { key } answered answers { value count } } } }"): typeof import('./graphql').PrivacyReportDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query PrivacyFeeds { calendarFeeds { personal { link { https } } group { link { https } } } }"): typeof import('./graphql').PrivacyFeedsDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation QuestionsCreate($input: CreateRegistrationQuestionInput!) {\n  createRegistrationQuestion(input: $input) { question { id key type label sensitivity purgeAfterDays archived choices { value label } } } }"): typeof import('./graphql').QuestionsCreateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation QuestionsUpdate($input: UpdateRegistrationQuestionInput!) {\n  updateRegistrationQuestion(input: $input) { question { id label(language: \"fr\") sensitivity choices { value label(language: \"es\") } } } }"): typeof import('./graphql').QuestionsUpdateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query QuestionsLibrary($all: Boolean) { registrationQuestions(includeArchived: $all) { key label } }"): typeof import('./graphql').QuestionsLibraryDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation QuestionsSet($input: SetWorkshopQuestionsInput!) {\n  setWorkshopQuestions(input: $input) { workshop { id questions { question { key } required showIf { question { key } equals } } } } }"): typeof import('./graphql').QuestionsSetDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query QuestionsAsked($id: ID!) { workshop(id: $id) { questions { question { key label(language: \"fr\") } required } } }"): typeof import('./graphql').QuestionsAskedDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation QuestionsRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }"): typeof import('./graphql').QuestionsRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query QuestionsAnswers($workshopId: ID!) { registrations(workshopId: $workshopId) {\n  edges { node { id participant { email } answersComplete missingAnswers { key } answers { question { key } value values } } } } }"): typeof import('./graphql').QuestionsAnswersDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query QuestionsMine { myRegistrations { edges { node { id answersComplete missingAnswers { key } answers { question { key } value } } } } }"): typeof import('./graphql').QuestionsMineDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query QuestionsReport($id: ID!) { workshopReport(workshopId: $id) {\n  needs { question { key } answered answers { value label(language: \"fr\") count } } } }"): typeof import('./graphql').QuestionsReportDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation QuestionsErase($email: String!) { erasePerson(input: { email: $email }) { registrations } }"): typeof import('./graphql').QuestionsEraseDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation QuestionsAnswer($input: AnswerQuestionsInput!) {\n  answerQuestions(input: $input) { registration { id answersComplete answers { question { key } value values } } } }"): typeof import('./graphql').QuestionsAnswerDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation ShownNamesRegister($input: RegisterInput!) { register(input: $input) { registrations { id participant { name displayName listed } } } }"): typeof import('./graphql').ShownNamesRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query ShownNamesFellows($id: ID!) { workshopParticipants(workshopId: $id) { name organization { name } } }"): typeof import('./graphql').ShownNamesFellowsDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation ShownNamesUpdate($input: UpdateParticipationInput!) { updateParticipation(input: $input) { registration { participant { name displayName listed } } } }"): typeof import('./graphql').ShownNamesUpdateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation AttendanceRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }"): typeof import('./graphql').AttendanceRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation AttendanceAttend($input: RecordAttendanceInput!) { recordAttendance(input: $input) { registration { id attended } } }"): typeof import('./graphql').AttendanceAttendDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query AttendanceReport($id: ID!) { workshopReport(workshopId: $id) {\n  byStatus { confirmed waitlisted pendingApproval cancelled declined }\n  byGroup { organization { name } confirmed attended } byRegion { code confirmed attended } byCountry { code confirmed attended }\n  attendanceRate } }"): typeof import('./graphql').AttendanceReportDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation OffersRegister($input: RegisterInput!) { register(input: $input) { registrations { id status waitlistPosition } } }"): typeof import('./graphql').OffersRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation OffersCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }"): typeof import('./graphql').OffersCancelDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation OffersAccept($id: ID!) { acceptOffer(input: { id: $id }) { registration { id status offerExpiresAt } } }"): typeof import('./graphql').OffersAcceptDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query OffersSeats($id: ID!) { workshop(id: $id) { seats { capacity confirmed waitlisted available } } }"): typeof import('./graphql').OffersSeatsDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation OverviewRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }"): typeof import('./graphql').OverviewRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation OverviewApprove($input: ApproveRegistrationInput!) { approveRegistration(input: $input) { registration { id status } } }"): typeof import('./graphql').OverviewApproveDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation OverviewCancelWorkshop($input: CancelWorkshopInput!) { cancelWorkshop(input: $input) { workshop { id } } }"): typeof import('./graphql').OverviewCancelWorkshopDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query OverviewOfGroup($organizationId: ID) { groupOverview(organizationId: $organizationId) {\n  organization { id name } confirmed waitlisted offers pendingApproval\n  workshops { workshop { id title } confirmed waitlisted offers pendingApproval } } }"): typeof import('./graphql').OverviewOfGroupDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query OverviewQueue { approvalQueue { total workshops { workshop { id } pendingApproval } } }"): typeof import('./graphql').OverviewQueueDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation ParticipantsExportRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }"): typeof import('./graphql').ParticipantsExportRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PersonalDataRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }"): typeof import('./graphql').PersonalDataRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PersonalDataErase($email: String!) { erasePerson(input: { email: $email }) { pseudonym registrations account } }"): typeof import('./graphql').PersonalDataEraseDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PersonalDataUpdateNotificationPreferences { updateNotificationPreferences(input: { reminders: false }) { preferences { reminders } } }"): typeof import('./graphql').PersonalDataUpdateNotificationPreferencesDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query PersonalDataMe { me { id } }"): typeof import('./graphql').PersonalDataMeDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RegistrationsReconcileRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }"): typeof import('./graphql').RegistrationsReconcileRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RegistrationsReconcileRegisterWithStatus($input: RegisterInput!) { register(input: $input) { registrations { id status } } }"): typeof import('./graphql').RegistrationsReconcileRegisterWithStatusDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RegistrationsReconcileCancelWorkshop($id: ID!) { cancelWorkshop(input: { id: $id, reason: \"Venue closed\" }) { workshop { status } } }"): typeof import('./graphql').RegistrationsReconcileCancelWorkshopDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RegistrationsReconcileCompleteWorkshop($id: ID!) { completeWorkshop(input: { id: $id }) { workshop { status } } }"): typeof import('./graphql').RegistrationsReconcileCompleteWorkshopDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RegisterPrivacyRegister($input: RegisterInput!) { register(input: $input) { registrations { id status participant { email } } } }"): typeof import('./graphql').RegisterPrivacyRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query RegisterPrivacyList($workshopId: ID!) { registrations(workshopId: $workshopId, first: 50) { edges { node { id organization { id } participant { email } } } } }"): typeof import('./graphql').RegisterPrivacyListDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RegisterRegister($input: RegisterInput!) { register(input: $input) { registrations { id status waitlistPosition participant { name email } } } }"): typeof import('./graphql').RegisterRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RegisterCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }"): typeof import('./graphql').RegisterCancelDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query RegisterList($workshopId: ID!, $first: Int) { registrations(workshopId: $workshopId, first: $first) {\n  edges { node { id status waitlistPosition organization { id } participant { email } } } } }"): typeof import('./graphql').RegisterListDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query RegisterPaged($workshopId: ID!, $after: String) { registrations(workshopId: $workshopId, first: 100, after: $after) {\n  edges { node { status waitlistPosition } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').RegisterPagedDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RegisterApprove($id: ID!) { approveRegistration(input: { id: $id }) { registration { status } } }"): typeof import('./graphql').RegisterApproveDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RegisterDecline($id: ID!) { declineRegistration(input: { id: $id, reason: \"Not the right profile\" }) { registration { status } } }"): typeof import('./graphql').RegisterDeclineDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RegisterRaise($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { seats { capacity confirmed waitlisted available } } } }"): typeof import('./graphql').RegisterRaiseDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RegisterRaiseQuota($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { perGroupQuota } } }"): typeof import('./graphql').RegisterRaiseQuotaDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RegisterCancelWorkshop($id: ID!) { cancelWorkshop(input: { id: $id, reason: \"Postponed\" }) { workshop { status } } }"): typeof import('./graphql').RegisterCancelWorkshopDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query RegisterWorkshop($id: ID!) { workshop(id: $id) { onlineUrl } }"): typeof import('./graphql').RegisterWorkshopDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation FollowUpChoiceLink($input: LinkResourceInput!) { linkResource(input: $input) { resource { id } } }"): typeof import('./graphql').FollowUpChoiceLinkDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation FollowUpChoiceUpdate($input: UpdateResourceInput!) { updateResource(input: $input) { resource { id } } }"): typeof import('./graphql').FollowUpChoiceUpdateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation ResourceFixturesCreate($input: CreateResourceInput!) { createResource(input: $input) { resource { id } } }"): typeof import('./graphql').ResourceFixturesCreateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query ResourcesResource($id: ID!) { resource(id: $id) { id title description kind visibility topics languages regions countries archived\n  organization { id } workshops { id } externalUrl downloadCount viewerCanManage\n  versions { number language filename contentType size sha256 downloadUrl } } }"): typeof import('./graphql').ResourcesResourceDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query ResourcesList($filter: ResourceFilter, $sort: ResourceSort, $first: Int, $after: String) {\n  resources(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount edges { cursor node { id title } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').ResourcesListDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation ResourcesUpdate($input: UpdateResourceInput!) { updateResource(input: $input) { resource { id title topics languages kind externalUrl } } }"): typeof import('./graphql').ResourcesUpdateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation ResourcesCreateResource($input: CreateResourceInput!) { createResource(input: $input) { resource { id title kind visibility topics languages regions countries organization { id } workshops { id } versions { number } } } }"): typeof import('./graphql').ResourcesCreateResourceDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation ResourcesCreateRefused($input: CreateResourceInput!) { createResource(input: $input) { resource { id } } }"): typeof import('./graphql').ResourcesCreateRefusedDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation ResourcesCreateForGroup($input: CreateResourceInput!) { createResource(input: $input) { resource { organization { id } } } }"): typeof import('./graphql').ResourcesCreateForGroupDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation ResourcesArchiveResource($input: ArchiveResourceInput!) { archiveResource(input: $input) { resource { archived } } }"): typeof import('./graphql').ResourcesArchiveResourceDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation ResourcesDelete($input: DeleteResourceInput!) { deleteResource(input: $input) { deletedId } }"): typeof import('./graphql').ResourcesDeleteDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation ResourcesLink($input: LinkResourceInput!) { linkResource(input: $input) { resource { workshops { id } } } }"): typeof import('./graphql').ResourcesLinkDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation ResourcesUnlink($input: UnlinkResourceInput!) { unlinkResource(input: $input) { resource { workshops { id } } } }"): typeof import('./graphql').ResourcesUnlinkDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query ResourcesResourcesOf($id: ID!) { workshop(id: $id) { resources { id } } }"): typeof import('./graphql').ResourcesResourcesOfDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query ResourcesCountedSample($first: Int) { resources(first: $first, filter: { text: \"counted sample\" }) { totalCount edges { node { id organization { name }\n        workshops { title } versions { number downloadUrl } editions { language latest { number } } download { number } } } } }"): typeof import('./graphql').ResourcesCountedSampleDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query ResourcesReport($filter: ResourceDownloadReportFilter) { resourceDownloadReport(filter: $filter) { total\n        byResource { resourceId count resource { title } } byOrganization { organizationId count } } }"): typeof import('./graphql').ResourcesReportDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query SearchSearch($filter: ResourceFilter, $sort: ResourceSort, $first: Int, $after: String) {\n  resources(filter: $filter, sort: $sort, first: $first, after: $after) {\n    totalCount edges { node { id title } } pageInfo { hasNextPage endCursor }\n    facets { kinds { value count } topics { value count } languages { value count } regions { value count } } } }"): typeof import('./graphql').SearchSearchDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation SearchUpdateResource($input: UpdateResourceInput!) { updateResource(input: $input) { resource { id } } }"): typeof import('./graphql').SearchUpdateResourceDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation SharingRightsLink($input: LinkResourceInput!) { linkResource(input: $input) { resource { id workshops { id } } } }"): typeof import('./graphql').SharingRightsLinkDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation SharingRightsUpdate($input: UpdateResourceInput!) { updateResource(input: $input) { resource { id title } } }"): typeof import('./graphql').SharingRightsUpdateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation SharingRightsCreate($input: CreateResourceInput!) { createResource(input: $input) { resource { id } } }"): typeof import('./graphql').SharingRightsCreateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query SharingRightsWorkshopResources($id: ID!) { workshop(id: $id) { resources { id } } }"): typeof import('./graphql').SharingRightsWorkshopResourcesDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PlacementCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }"): typeof import('./graphql').PlacementCancelDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PlacementUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { capacity } } }"): typeof import('./graphql').PlacementUpdateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query PositionsList($workshopId: ID!) { registrations(workshopId: $workshopId, first: 100) { edges { node { ...SeatingReg } } } }"): typeof import('./graphql').PositionsListDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RacesCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }"): typeof import('./graphql').RacesCancelDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RacesApprove($id: ID!) { approveRegistration(input: { id: $id }) { registration { id status } } }"): typeof import('./graphql').RacesApproveDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RacesDecline($id: ID!) { declineRegistration(input: { id: $id, reason: \"No\" }) { registration { id status } } }"): typeof import('./graphql').RacesDeclineDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RacesAccept($id: ID!) { acceptOffer(input: { id: $id }) { registration { id status } } }"): typeof import('./graphql').RacesAcceptDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RacesErase($email: String!) { erasePerson(input: { email: $email }) { pseudonym } }"): typeof import('./graphql').RacesEraseDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RacesUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { capacity } } }"): typeof import('./graphql').RacesUpdateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RacesSetQuota($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { perGroupQuota } } }"): typeof import('./graphql').RacesSetQuotaDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RacesAttend($input: RecordAttendanceInput!) { recordAttendance(input: $input) { registration { id attended } } }"): typeof import('./graphql').RacesAttendDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RoundTripsRegister($input: RegisterInput!) { register(input: $input) { registrations { id status waitlistPosition } } }"): typeof import('./graphql').RoundTripsRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RoundTripsCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }"): typeof import('./graphql').RoundTripsCancelDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation RoundTripsApprove($id: ID!) { approveRegistration(input: { id: $id }) { registration { id status } } }"): typeof import('./graphql').RoundTripsApproveDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "fragment SeatingReg on Registration { id status waitlistPosition }"): typeof import('./graphql').SeatingRegFragmentDoc;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation SeatingRegister($input: RegisterInput!) { register(input: $input) { registrations { ...SeatingReg } } }"): typeof import('./graphql').SeatingRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation SettlingCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }"): typeof import('./graphql').SettlingCancelDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation SettlingAccept($id: ID!) { acceptOffer(input: { id: $id }) { registration { id status } } }"): typeof import('./graphql').SettlingAcceptDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation SettlingUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { capacity } } }"): typeof import('./graphql').SettlingUpdateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query SettlingWorkshop($id: ID!) { workshop(id: $id) { seats { confirmed waitlisted available } } }"): typeof import('./graphql').SettlingWorkshopDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation StressRegister($input: RegisterInput!) { register(input: $input) { registrations { id status waitlistPosition } } }"): typeof import('./graphql').StressRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation StressCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }"): typeof import('./graphql').StressCancelDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation StressApprove($id: ID!) { approveRegistration(input: { id: $id }) { registration { id status } } }"): typeof import('./graphql').StressApproveDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation StressDecline($id: ID!) { declineRegistration(input: { id: $id }) { registration { id status } } }"): typeof import('./graphql').StressDeclineDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation StressAccept($id: ID!) { acceptOffer(input: { id: $id }) { registration { id status } } }"): typeof import('./graphql').StressAcceptDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation StressUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id capacity } } }"): typeof import('./graphql').StressUpdateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query StressList($workshopId: ID!) { registrations(workshopId: $workshopId, first: 100) { edges { node { id status waitlistPosition } } } }"): typeof import('./graphql').StressListDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation AuditPseudonymRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }"): typeof import('./graphql').AuditPseudonymRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation AuditPseudonymErase($email: String!) { erasePerson(input: { email: $email }) { pseudonym } }"): typeof import('./graphql').AuditPseudonymEraseDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation SecretsNotLoggedRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }"): typeof import('./graphql').SecretsNotLoggedRegisterDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation SecretsNotLoggedSignIn($input: SignInInput!) { signIn(input: $input) { token } }"): typeof import('./graphql').SecretsNotLoggedSignInDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query SecretsNotLoggedMe { me { id email } }"): typeof import('./graphql').SecretsNotLoggedMeDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation SecretsNotLoggedInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl } }"): typeof import('./graphql').SecretsNotLoggedInviteUserDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation SecretsNotLoggedRotateCalendarToken { rotateCalendarToken(input: { feed: PERSONAL }) { calendarFeeds { personal { link { https } } } } }"): typeof import('./graphql').SecretsNotLoggedRotateCalendarTokenDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation SecretsNotLoggedSignOut { signOut { revoked } }"): typeof import('./graphql').SecretsNotLoggedSignOutDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query SecretsNotLoggedMyId { me { id } }"): typeof import('./graphql').SecretsNotLoggedMyIdDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query DemoSeedMe { me { role organization { kind } } }"): typeof import('./graphql').DemoSeedMeDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query DemoSeedOrganizations { organizations(first: 50, filter: { region: \"AFRICA\" }) { edges { node { id } } pageInfo { hasNextPage } } }"): typeof import('./graphql').DemoSeedOrganizationsDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query DemoSeedWorkshops { workshops(first: 50) { edges { node { id } } } }"): typeof import('./graphql').DemoSeedWorkshopsDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query DemoSeedResources { resources(first: 10, filter: { text: \"code of conduct\" }) { totalCount edges { node { title download(language: \"fr\") { downloadUrl } } } } }"): typeof import('./graphql').DemoSeedResourcesDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query AdminCreateMyRole { me { role organization { kind } } }"): typeof import('./graphql').AdminCreateMyRoleDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query AdminCreateMe { me { id } }"): typeof import('./graphql').AdminCreateMeDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation EmailIdentityInvite($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl emailed invitation { email } } }"): typeof import('./graphql').EmailIdentityInviteDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation EmailIdentityAccept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token user { emailConfirmed } } }"): typeof import('./graphql').EmailIdentityAcceptDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query EmailIdentityMine { myRegistrations { edges { node { id participant { name email } } } } }"): typeof import('./graphql').EmailIdentityMineDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation EmailIdentitySetPreferences { updateNotificationPreferences(input: { reminders: false }) { preferences { reminders } } }"): typeof import('./graphql').EmailIdentitySetPreferencesDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query EmailIdentityPreferences { notificationPreferences { reminders } }"): typeof import('./graphql').EmailIdentityPreferencesDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation EmailIdentityPersonalFeed { rotateCalendarToken(input: { feed: PERSONAL }) { calendarFeeds { personal { link { https } } } } }"): typeof import('./graphql').EmailIdentityPersonalFeedDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation EmailIdentityRequestConfirmation { requestEmailConfirmation { sent emailConfirmed } }"): typeof import('./graphql').EmailIdentityRequestConfirmationDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation EmailIdentityConfirm($input: ConfirmEmailInput!) { confirmEmail(input: $input) { emailConfirmed } }"): typeof import('./graphql').EmailIdentityConfirmDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query EmailIdentityNotifications { notifications { edges { node { body } } } }"): typeof import('./graphql').EmailIdentityNotificationsDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation EmailIdentitySignIn($input: SignInInput!) { signIn(input: $input) { token } }"): typeof import('./graphql').EmailIdentitySignInDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation InvitationsInvite($input: InviteUserInput!) {\n  inviteUser(input: $input) { invitation { email role expiresAt organization { id kind } } inviteUrl }\n}"): typeof import('./graphql').InvitationsInviteDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation InvitationsAccept($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) { token expiresAt user { id email name role timeZone language organization { id } } }\n}"): typeof import('./graphql').InvitationsAcceptDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query InvitationsMe { me { email } }"): typeof import('./graphql').InvitationsMeDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation ResetRequest($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { accepted } }"): typeof import('./graphql').ResetRequestDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation ResetWithLink($input: ResetPasswordInput!) { resetPassword(input: $input) { token expiresAt user { id email emailConfirmed } } }"): typeof import('./graphql').ResetWithLinkDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation ResetSignIn($input: SignInInput!) { signIn(input: $input) { token } }"): typeof import('./graphql').ResetSignInDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation ResetDisable($input: DisableUserInput!) { disableUser(input: $input) { user { id disabled } } }"): typeof import('./graphql').ResetDisableDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query ResetMe { me { id } }"): typeof import('./graphql').ResetMeDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation ProfileUpdate($input: UpdateProfileInput!) { updateProfile(input: $input) { user { id name language timeZone email role } } }"): typeof import('./graphql').ProfileUpdateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query ProfileMe { me { name language timeZone } }"): typeof import('./graphql').ProfileMeDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query ProfileTimes($id: ID!) { workshop(id: $id) { times { viewerStartsAt { timeZone local } } } }"): typeof import('./graphql').ProfileTimesDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation SignInSignIn($input: SignInInput!) { signIn(input: $input) { token expiresAt user { id email role } } }"): typeof import('./graphql').SignInSignInDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query SignInMe { me { id email name role timeZone organization { id name kind } } }"): typeof import('./graphql').SignInMeDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation SignInSignOut { signOut { revoked } }"): typeof import('./graphql').SignInSignOutDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation UserAdminDisable($input: DisableUserInput!) { disableUser(input: $input) { user { id disabled } } }"): typeof import('./graphql').UserAdminDisableDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation UserAdminEnable($input: EnableUserInput!) { enableUser(input: $input) { user { id disabled } } }"): typeof import('./graphql').UserAdminEnableDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation UserAdminRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { user { id role } } }"): typeof import('./graphql').UserAdminRoleDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query UserAdminMe { me { id } }"): typeof import('./graphql').UserAdminMeDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query UserAdminMyRole { me { role } }"): typeof import('./graphql').UserAdminMyRoleDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query AnswerCachePage { workshops(first: 20, filter: { from: \"2026-01-01T00:00:00Z\" }) { edges { node { id title seats { confirmed available } } } } }"): typeof import('./graphql').AnswerCachePageDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query AnswerCacheWithResources { workshops(first: 20, filter: { from: \"2026-01-01T00:00:00Z\" }) { edges { node { id resources { id } } } } }"): typeof import('./graphql').AnswerCacheWithResourcesDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query AnswerCacheHeldRead { workshops(first: 50, filter: { from: \"2026-08-03T00:00:00Z\" }) { edges { node { id title } } } }"): typeof import('./graphql').AnswerCacheHeldReadDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation CancelledDraftsCreate($input: CreateWorkshopInput!) { createWorkshop(input: $input) { workshop { id } } }"): typeof import('./graphql').CancelledDraftsCreateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation CancelledDraftsPublish($id: ID!) { publishWorkshop(input: { id: $id }) { workshop { id } } }"): typeof import('./graphql').CancelledDraftsPublishDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation CancelledDraftsCancel($id: ID!) { cancelWorkshop(input: { id: $id, reason: \"Safeguarding concern at the venue.\" }) { workshop { id status } } }"): typeof import('./graphql').CancelledDraftsCancelDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query CancelledDraftsRead($id: ID!) { workshop(id: $id) { id description venue { address } cancellationReason } }"): typeof import('./graphql').CancelledDraftsReadDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query CancelledDraftsCancelled { workshops(filter: { status: CANCELLED }) { edges { node { id } } } }"): typeof import('./graphql').CancelledDraftsCancelledDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query WorkshopsJoiningDetailsRead($id: ID!) { workshop(id: $id) { sessions { title location joiningDetails } } }"): typeof import('./graphql').WorkshopsJoiningDetailsReadDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "fragment PlanningWorkshop on Workshop { id title status sequence format timeZone startsAt endsAt onlineUrl capacity perGroupQuota\n  registrationClosesAt requiresApproval venue { name city country } topics languages\n  sessions { title startsAt endsAt } eligibility { regions organizationIds } seats { capacity confirmed waitlisted available } }"): typeof import('./graphql').PlanningWorkshopFragmentDoc;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PlanningCreate($input: CreateWorkshopInput!) { createWorkshop(input: $input) { workshop { ...PlanningWorkshop } } }"): typeof import('./graphql').PlanningCreateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PlanningUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { ...PlanningWorkshop } } }"): typeof import('./graphql').PlanningUpdateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PlanningPublish($id: ID!) { publishWorkshop(input: { id: $id }) { workshop { id status sequence } } }"): typeof import('./graphql').PlanningPublishDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PlanningCancel($id: ID!, $reason: String!) { cancelWorkshop(input: { id: $id, reason: $reason }) { workshop { id status sequence cancellationReason } } }"): typeof import('./graphql').PlanningCancelDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation PlanningComplete($id: ID!) { completeWorkshop(input: { id: $id }) { workshop { id status } } }"): typeof import('./graphql').PlanningCompleteDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query ProgrammeSearchList($filter: WorkshopFilter, $first: Int, $after: String) {\n  workshops(filter: $filter, first: $first, after: $after) { edges { node { id title } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').ProgrammeSearchListDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query ProgrammeSearchOrganizations($text: String) { organizations(filter: { text: $text }) { edges { node { name } } } }"): typeof import('./graphql').ProgrammeSearchOrganizationsDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query ReadingList($filter: WorkshopFilter, $first: Int, $after: String) {\n  workshops(filter: $filter, first: $first, after: $after) {\n    edges { cursor node { id title status onlineUrl startsAt } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"): typeof import('./graphql').ReadingListDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query ReadingOne($id: ID!) { workshop(id: $id) {\n  id title onlineUrl\n  times { venueStartsAt { iso local timeZone offset abbreviation } viewerStartsAt { iso local timeZone offset } }\n  sessions { title location times { venueStartsAt { local } viewerStartsAt { local } } }\n} }"): typeof import('./graphql').ReadingOneDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query ReadingQuery($first: Int) { workshops(first: $first, filter: { from: \"2026-05-31T00:00:00Z\" }) { edges { node {\n      id title seats { capacity confirmed waitlisted available } facilitators { name }\n      sessions { title times { venueStartsAt { local } viewerStartsAt { local } } }\n      times { venueStartsAt { iso } viewerStartsAt { iso } } } } } }"): typeof import('./graphql').ReadingQueryDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation SeriesCreateSeries($input: CreateWorkshopSeriesInput!) {\n  createWorkshopSeries(input: $input) { seriesId workshops { id seriesId status startsAt endsAt registrationClosesAt\n    times { venueStartsAt { local } } sessions { title times { venueStartsAt { local } venueEndsAt { local } } } } }\n}"): typeof import('./graphql').SeriesCreateSeriesDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation SeriesUpdate($input: UpdateWorkshopInput!) {\n  updateWorkshop(input: $input) { workshop { id title sequence times { venueStartsAt { local } } } alsoUpdated { id title sequence times { venueStartsAt { local } } } }\n}"): typeof import('./graphql').SeriesUpdateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation SeriesPublishWorkshop($id: ID!) { publishWorkshop(input: { id: $id }) { workshop { id } } }"): typeof import('./graphql').SeriesPublishWorkshopDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation SessionLocationLinksCreate($input: CreateWorkshopInput!) { createWorkshop(input: $input) { workshop { id } } }"): typeof import('./graphql').SessionLocationLinksCreateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation SessionLocationLinksPublish($id: ID!) { publishWorkshop(input: { id: $id }) { workshop { id status } } }"): typeof import('./graphql').SessionLocationLinksPublishDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation SessionLocationLinksUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id } } }"): typeof import('./graphql').SessionLocationLinksUpdateDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query SessionLocationLinksSessions($id: ID!) { workshop(id: $id) { sessions { title location joiningDetails } } }"): typeof import('./graphql').SessionLocationLinksSessionsDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "query SessionLocationLinksList { workshops(first: 50) { edges { node { id sessions { title location joiningDetails } } } } }"): typeof import('./graphql').SessionLocationLinksListDocument;


export function operation(source: string) {
  return (documents as any)[source] ?? {};
}
