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
    "\n  fragment Viewer on User {\n    id\n    email\n    name\n    role\n    language\n    timeZone\n    organization {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.ViewerFragmentDoc,
    "\n  query Me {\n    me {\n      ...Viewer\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        ...Viewer\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut {\n      revoked\n    }\n  }\n": typeof types.SignOutDocument,
    "\n  query Countries($language: String) {\n    countries(language: $language) {\n      code\n      name\n      numeric\n    }\n  }\n": typeof types.CountriesDocument,
    "\n  mutation Accept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n      user {\n        ...Viewer\n      }\n    }\n  }\n": typeof types.AcceptDocument,
    "\n  query AnswerLink($token: String!, $language: String) {\n    answerLinkQuestions(token: $token) {\n      workshop {\n        id\n        title\n        timeZone\n        times {\n          venueStartsAt {\n            iso\n          }\n        }\n      }\n      questions {\n        ...AskedQuestion\n      }\n      answered\n      missing {\n        id\n        label(language: $language)\n      }\n    }\n  }\n": typeof types.AnswerLinkDocument,
    "\n  mutation AnswerByLink($input: AnswerByLinkInput!, $language: String) {\n    answerByLink(input: $input) {\n      answersComplete\n      missing {\n        id\n        label(language: $language)\n      }\n    }\n  }\n": typeof types.AnswerByLinkDocument,
    "\n  fragment CalendarLinks on CalendarFeeds {\n    public {\n      ...FeedLink\n    }\n    regions {\n      ...FeedLink\n    }\n    topics {\n      ...FeedLink\n    }\n    personal {\n      ...PrivateFeed\n    }\n    group {\n      ...PrivateFeed\n    }\n  }\n  fragment PrivateFeed on PrivateCalendarFeedLink {\n    feed\n    issuedAt\n    link {\n      ...FeedLink\n    }\n  }\n": typeof types.CalendarLinksFragmentDoc,
    "\n  query CalendarLinks {\n    calendarFeeds {\n      ...CalendarLinks\n    }\n  }\n": typeof types.CalendarLinksDocument,
    "\n  mutation RotateCalendarToken($input: RotateCalendarTokenInput!) {\n    rotateCalendarToken(input: $input) {\n      calendarFeeds {\n        ...CalendarLinks\n      }\n    }\n  }\n": typeof types.RotateCalendarTokenDocument,
    "\n  mutation Confirm($input: ConfirmEmailInput!) {\n    confirmEmail(input: $input) {\n      emailConfirmed\n    }\n  }\n": typeof types.ConfirmDocument,
    "\n  query GroupOverview {\n    groupOverview {\n      organization {\n        id\n        name\n      }\n      confirmed\n      waitlisted\n      offers\n      pendingApproval\n      workshops {\n        workshop {\n          id\n          title\n          timeZone\n          times {\n            venueStartsAt {\n              iso\n            }\n          }\n        }\n        confirmed\n        waitlisted\n        offers\n        pendingApproval\n      }\n    }\n    open: workshops(filter: { eligibleForMyGroup: true, status: PUBLISHED }, first: 50) {\n      edges {\n        node {\n          id\n          title\n          timeZone\n          registrationClosesAt\n          times {\n            venueStartsAt {\n              iso\n            }\n          }\n          seats {\n            capacity\n            confirmed\n            waitlisted\n          }\n        }\n      }\n    }\n  }\n": typeof types.GroupOverviewDocument,
    "\n  query Mine {\n    myRegistrations(first: 50) {\n      edges {\n        node {\n          id\n          status\n          waitlistPosition\n          offerExpiresAt\n          answerLink\n          missingAnswers {\n            id\n          }\n          workshop {\n            id\n            title\n            timeZone\n            times {\n              venueStartsAt {\n                iso\n                abbreviation\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MineDocument,
    "\n  mutation AcceptOffer($input: AcceptOfferInput!) {\n    acceptOffer(input: $input) {\n      registration {\n        id\n        status\n      }\n    }\n  }\n": typeof types.AcceptOfferDocument,
    "\n  mutation CancelMine($input: CancelRegistrationInput!) {\n    cancelRegistration(input: $input) {\n      registration {\n        id\n      }\n    }\n  }\n": typeof types.CancelMineDocument,
    "\n  query Notifications {\n    notifications(first: 50) {\n      unreadCount\n      edges {\n        node {\n          id\n          title\n          body\n          createdAt\n          readAt\n          workshop {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkAllRead {\n    markNotificationsRead(input: { all: true }) {\n      marked\n      unreadCount\n    }\n  }\n": typeof types.MarkAllReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      reminders\n      digests\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SaveNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      preferences {\n        reminders\n        digests\n      }\n    }\n  }\n": typeof types.SaveNotificationPreferencesDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      accepted\n    }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      token\n      user {\n        ...Viewer\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      user {\n        ...Viewer\n      }\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query Programme($filter: WorkshopFilter, $after: String) {\n    workshops(filter: $filter, first: 20, after: $after) {\n      edges {\n        node {\n          ...WorkshopCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ProgrammeDocument,
    "\n  query ProgrammeMonth($filter: WorkshopFilter) {\n    workshops(filter: $filter, first: 100) {\n      edges {\n        node {\n          ...WorkshopCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ProgrammeMonthDocument,
    "\n  query Resources($filter: ResourceFilter, $after: String) {\n    resources(filter: $filter, first: 20, after: $after) {\n      totalCount\n      facets {\n        kinds {\n          ...FacetCount\n        }\n        topics {\n          ...FacetCount\n        }\n        languages {\n          ...FacetCount\n        }\n        regions {\n          ...FacetCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          description\n          kind\n          languages\n          topics\n          externalUrl\n          organization {\n            name\n          }\n          editions {\n            language\n            latest {\n              filename\n              size\n              downloadUrl\n            }\n          }\n        }\n      }\n    }\n  }\n  fragment FacetCount on FacetCount {\n    value\n    count\n  }\n": typeof types.ResourcesDocument,
    "\n  mutation ShareResource($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      resource {\n        id\n        title\n      }\n    }\n  }\n": typeof types.ShareResourceDocument,
    "\n  query Workshop($id: ID!, $language: String) {\n    workshop(id: $id) {\n      ...WorkshopCard\n      questions {\n        ...AskedQuestion\n      }\n      description\n      onlineUrl\n      cancellationReason\n      registrationClosesAt\n      requiresApproval\n      selfRegistration\n      perGroupQuota\n      eligibility {\n        regions\n      }\n      venue {\n        address\n      }\n      sessions {\n        id\n        title\n        facilitator\n        location\n        times {\n          venueStartsAt {\n            iso\n            abbreviation\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkshopDocument,
    "\n  query Registrations($workshopId: ID!, $filter: RegistrationFilter) {\n    registrations(workshopId: $workshopId, filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n          status\n          waitlistPosition\n          attended\n          participant {\n            name\n            email\n          }\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.RegistrationsDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      registrations {\n        id\n        status\n        waitlistPosition\n        participant {\n          name\n        }\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation Cancel($input: CancelRegistrationInput!) {\n    cancelRegistration(input: $input) {\n      registration {\n        id\n        status\n      }\n    }\n  }\n": typeof types.CancelDocument,
    "\n  fragment AskedQuestion on WorkshopQuestion {\n    question {\n      id\n      key\n      type\n      label(language: $language)\n      choices {\n        value\n        label(language: $language)\n      }\n      sensitivity\n    }\n    required\n    showIf {\n      question {\n        id\n      }\n      equals\n    }\n  }\n": typeof types.AskedQuestionFragmentDoc,
    "\n  fragment WorkshopCard on Workshop {\n    id\n    kind\n    title\n    summary\n    format\n    status\n    languages\n    topics\n    timeZone\n    startsAt\n    endsAt\n    venue {\n      name\n      city\n      country\n    }\n    times {\n      venueStartsAt {\n        iso\n        local\n        abbreviation\n        timeZone\n      }\n      venueEndsAt {\n        iso\n        abbreviation\n      }\n      viewerStartsAt {\n        iso\n        abbreviation\n        timeZone\n      }\n    }\n    seats {\n      capacity\n      confirmed\n      waitlisted\n      available\n    }\n  }\n  fragment FeedLink on CalendarFeedLink {\n    name\n    https\n    webcal\n  }\n": typeof types.WorkshopCardFragmentDoc,
    "\n  query Reference($language: String) {\n    regions(language: $language) {\n      code\n      name\n    }\n    topics(language: $language) {\n      code\n      name\n    }\n    calendarFeeds {\n      public {\n        ...FeedLink\n      }\n      regions {\n        ...FeedLink\n      }\n      topics {\n        ...FeedLink\n      }\n    }\n  }\n": typeof types.ReferenceDocument,
    "\n  mutation CancelWorkshop($input: CancelWorkshopInput!) {\n    cancelWorkshop(input: $input) {\n      workshop {\n        id\n        status\n      }\n    }\n  }\n": typeof types.CancelWorkshopDocument,
    "\n  query FailedDeliveries {\n    notificationDeliveries(filter: { states: [FAILED] }, first: 50) {\n      edges {\n        node {\n          id\n          kind\n          recipientName\n          recipientEmail\n          attempts\n          lastError\n          createdAt\n          workshop {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.FailedDeliveriesDocument,
    "\n  mutation RetryDelivery($input: RetryNotificationDeliveryInput!) {\n    retryNotificationDelivery(input: $input) {\n      delivery {\n        id\n        state\n      }\n    }\n  }\n": typeof types.RetryDeliveryDocument,
    "\n  query FindOrganisations($text: String) {\n    organizations(filter: { text: $text }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          country\n        }\n      }\n    }\n  }\n": typeof types.FindOrganisationsDocument,
    "\n  query Organisations($filter: OrganizationFilter) {\n    organizations(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n          country\n          region\n          membershipStatus\n        }\n      }\n      totalCount\n      countries {\n        value\n        count\n      }\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n      }\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation Invite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteUrl\n    }\n  }\n": typeof types.InviteDocument,
    "\n  query QuestionLibrary($includeArchived: Boolean, $language: String) {\n    registrationQuestions(includeArchived: $includeArchived) {\n      id\n      key\n      type\n      label(language: $language)\n      labels {\n        en\n        fr\n        es\n      }\n      choices {\n        value\n        labels {\n          en\n          fr\n          es\n        }\n      }\n      sensitivity\n      purgeAfterDays\n      archived\n    }\n  }\n": typeof types.QuestionLibraryDocument,
    "\n  mutation CreateRegistrationQuestion($input: CreateRegistrationQuestionInput!) {\n    createRegistrationQuestion(input: $input) {\n      question {\n        id\n      }\n    }\n  }\n": typeof types.CreateRegistrationQuestionDocument,
    "\n  mutation UpdateRegistrationQuestion($input: UpdateRegistrationQuestionInput!) {\n    updateRegistrationQuestion(input: $input) {\n      question {\n        id\n      }\n    }\n  }\n": typeof types.UpdateRegistrationQuestionDocument,
    "\n  query ApprovalsWaiting {\n    approvalQueue {\n      total\n    }\n  }\n": typeof types.ApprovalsWaitingDocument,
    "\n  query SecretariatHome($now: DateTime!, $weekEnd: DateTime!) {\n    approvalQueue {\n      total\n      workshops {\n        workshop {\n          ...HomeWorkshop\n        }\n        pendingApproval\n      }\n    }\n    thisWeek: workshops(filter: { status: PUBLISHED, from: $now, to: $weekEnd }, first: 20) {\n      edges {\n        node {\n          ...HomeWorkshop\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    upcoming: workshops(filter: { status: PUBLISHED, from: $now }, first: 100) {\n      edges {\n        node {\n          ...HomeWorkshop\n        }\n      }\n    }\n    failed: notificationDeliveries(filter: { states: [FAILED] }, first: 50) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    retrying: notificationDeliveries(filter: { states: [RETRYING] }, first: 50) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n  fragment HomeWorkshop on Workshop {\n    id\n    title\n    timeZone\n    times {\n      venueStartsAt {\n        iso\n      }\n    }\n    seats {\n      capacity\n      confirmed\n      waitlisted\n      available\n    }\n  }\n": typeof types.SecretariatHomeDocument,
    "\n  fragment EditableSession on WorkshopSession {\n    id\n    title\n    facilitator\n    location\n    joiningDetails\n    times {\n      venueStartsAt {\n        local\n      }\n      venueEndsAt {\n        local\n      }\n    }\n  }\n": typeof types.EditableSessionFragmentDoc,
    "\n  mutation SaveWorkshopSessions($input: UpdateWorkshopInput!) {\n    updateWorkshop(input: $input) {\n      workshop {\n        id\n        sessions {\n          ...EditableSession\n        }\n      }\n    }\n  }\n": typeof types.SaveWorkshopSessionsDocument,
    "\n  query WorkshopAnswers($workshopId: ID!, $language: String) {\n    workshop(id: $workshopId) {\n      id\n      questions {\n        question {\n          id\n          sensitivity\n        }\n      }\n    }\n    registrations(workshopId: $workshopId, first: 100) {\n      edges {\n        node {\n          id\n          status\n          participant {\n            name\n            email\n          }\n          answersComplete\n          missingAnswers {\n            id\n            label(language: $language)\n          }\n          answers {\n            question {\n              id\n              key\n              type\n              label(language: $language)\n              choices {\n                value\n                label(language: $language)\n              }\n            }\n            value\n            values\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkshopAnswersDocument,
    "\n  mutation RemindMissingAnswers($input: RemindMissingAnswersInput!) {\n    remindMissingAnswers(input: $input) {\n      asked\n    }\n  }\n": typeof types.RemindMissingAnswersDocument,
    "\n  query SecretariatWorkshop($id: ID!) {\n    workshop(id: $id) {\n      ...WorkshopCard\n      summary\n      description\n      onlineUrl\n      capacity\n      perGroupQuota\n      requiresApproval\n      selfRegistration\n      cancellationReason\n      venue {\n        name\n        address\n        city\n        country\n      }\n      times {\n        venueStartsAt {\n          local\n        }\n        venueEndsAt {\n          local\n        }\n      }\n      eligibility {\n        regions\n      }\n      sessions {\n        ...EditableSession\n      }\n    }\n  }\n": typeof types.SecretariatWorkshopDocument,
    "\n  mutation CreateWorkshop($input: CreateWorkshopInput!) {\n    createWorkshop(input: $input) {\n      workshop {\n        id\n      }\n    }\n  }\n": typeof types.CreateWorkshopDocument,
    "\n  mutation CreateWorkshopSeries($input: CreateWorkshopSeriesInput!) {\n    createWorkshopSeries(input: $input) {\n      seriesId\n      workshops {\n        id\n      }\n    }\n  }\n": typeof types.CreateWorkshopSeriesDocument,
    "\n  mutation UpdateWorkshop($input: UpdateWorkshopInput!) {\n    updateWorkshop(input: $input) {\n      workshop {\n        id\n      }\n    }\n  }\n": typeof types.UpdateWorkshopDocument,
    "\n  mutation PublishWorkshop($input: PublishWorkshopInput!) {\n    publishWorkshop(input: $input) {\n      workshop {\n        id\n        status\n      }\n    }\n  }\n": typeof types.PublishWorkshopDocument,
    "\n  query SecretariatWorkshops($filter: WorkshopFilter) {\n    workshops(filter: $filter, first: 100) {\n      edges {\n        node {\n          ...WorkshopCard\n        }\n      }\n    }\n  }\n": typeof types.SecretariatWorkshopsDocument,
    "\n  query WorkshopNeeds($workshopId: ID!, $language: String) {\n    workshopReport(workshopId: $workshopId) {\n      needs {\n        question {\n          id\n          key\n          label(language: $language)\n        }\n        answered\n        answers {\n          value\n          label(language: $language)\n          count\n        }\n      }\n    }\n  }\n": typeof types.WorkshopNeedsDocument,
    "\n  query WorkshopQuestionsEditor($id: ID!, $language: String) {\n    workshop(id: $id) {\n      id\n      questions {\n        ...AskedQuestion\n      }\n    }\n    registrationQuestions {\n      id\n      key\n      type\n      label(language: $language)\n      choices {\n        value\n        label(language: $language)\n      }\n      sensitivity\n    }\n  }\n": typeof types.WorkshopQuestionsEditorDocument,
    "\n  mutation SetWorkshopQuestions($input: SetWorkshopQuestionsInput!) {\n    setWorkshopQuestions(input: $input) {\n      workshop {\n        id\n      }\n    }\n  }\n": typeof types.SetWorkshopQuestionsDocument,
    "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      registration {\n        id\n      }\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  mutation Approve($input: ApproveRegistrationInput!) {\n    approveRegistration(input: $input) {\n      registration {\n        id\n        status\n        waitlistPosition\n        participant {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ApproveDocument,
    "\n  mutation Decline($input: DeclineRegistrationInput!) {\n    declineRegistration(input: $input) {\n      registration {\n        id\n      }\n    }\n  }\n": typeof types.DeclineDocument,
    "\n  mutation CancelRegistration($input: CancelRegistrationInput!) {\n    cancelRegistration(input: $input) {\n      registration {\n        id\n      }\n    }\n  }\n": typeof types.CancelRegistrationDocument,
    "\n  query WorkshopReportPage($workshopId: ID!) {\n    workshopReport(workshopId: $workshopId) {\n      workshop {\n        id\n        title\n        status\n        timeZone\n        times {\n          venueStartsAt {\n            iso\n          }\n        }\n        seats {\n          capacity\n          confirmed\n          waitlisted\n        }\n      }\n      byStatus {\n        confirmed\n        waitlisted\n        pendingApproval\n        declined\n        cancelled\n      }\n      byRegion {\n        code\n        confirmed\n        attended\n      }\n      byCountry {\n        code\n        confirmed\n        attended\n      }\n      byGroup {\n        organization {\n          id\n          name\n          country\n        }\n        confirmed\n        attended\n      }\n      attendanceRate\n    }\n  }\n": typeof types.WorkshopReportPageDocument,
    "\n  query CancelImpact($workshopId: ID!) {\n    workshopReport(workshopId: $workshopId) {\n      byStatus {\n        confirmed\n        waitlisted\n        pendingApproval\n      }\n      byGroup {\n        organization {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CancelImpactDocument,
};
const documents: Documents = {
    "\n  fragment Viewer on User {\n    id\n    email\n    name\n    role\n    language\n    timeZone\n    organization {\n      id\n      name\n      kind\n    }\n  }\n": types.ViewerFragmentDoc,
    "\n  query Me {\n    me {\n      ...Viewer\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        ...Viewer\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut {\n      revoked\n    }\n  }\n": types.SignOutDocument,
    "\n  query Countries($language: String) {\n    countries(language: $language) {\n      code\n      name\n      numeric\n    }\n  }\n": types.CountriesDocument,
    "\n  mutation Accept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n      user {\n        ...Viewer\n      }\n    }\n  }\n": types.AcceptDocument,
    "\n  query AnswerLink($token: String!, $language: String) {\n    answerLinkQuestions(token: $token) {\n      workshop {\n        id\n        title\n        timeZone\n        times {\n          venueStartsAt {\n            iso\n          }\n        }\n      }\n      questions {\n        ...AskedQuestion\n      }\n      answered\n      missing {\n        id\n        label(language: $language)\n      }\n    }\n  }\n": types.AnswerLinkDocument,
    "\n  mutation AnswerByLink($input: AnswerByLinkInput!, $language: String) {\n    answerByLink(input: $input) {\n      answersComplete\n      missing {\n        id\n        label(language: $language)\n      }\n    }\n  }\n": types.AnswerByLinkDocument,
    "\n  fragment CalendarLinks on CalendarFeeds {\n    public {\n      ...FeedLink\n    }\n    regions {\n      ...FeedLink\n    }\n    topics {\n      ...FeedLink\n    }\n    personal {\n      ...PrivateFeed\n    }\n    group {\n      ...PrivateFeed\n    }\n  }\n  fragment PrivateFeed on PrivateCalendarFeedLink {\n    feed\n    issuedAt\n    link {\n      ...FeedLink\n    }\n  }\n": types.CalendarLinksFragmentDoc,
    "\n  query CalendarLinks {\n    calendarFeeds {\n      ...CalendarLinks\n    }\n  }\n": types.CalendarLinksDocument,
    "\n  mutation RotateCalendarToken($input: RotateCalendarTokenInput!) {\n    rotateCalendarToken(input: $input) {\n      calendarFeeds {\n        ...CalendarLinks\n      }\n    }\n  }\n": types.RotateCalendarTokenDocument,
    "\n  mutation Confirm($input: ConfirmEmailInput!) {\n    confirmEmail(input: $input) {\n      emailConfirmed\n    }\n  }\n": types.ConfirmDocument,
    "\n  query GroupOverview {\n    groupOverview {\n      organization {\n        id\n        name\n      }\n      confirmed\n      waitlisted\n      offers\n      pendingApproval\n      workshops {\n        workshop {\n          id\n          title\n          timeZone\n          times {\n            venueStartsAt {\n              iso\n            }\n          }\n        }\n        confirmed\n        waitlisted\n        offers\n        pendingApproval\n      }\n    }\n    open: workshops(filter: { eligibleForMyGroup: true, status: PUBLISHED }, first: 50) {\n      edges {\n        node {\n          id\n          title\n          timeZone\n          registrationClosesAt\n          times {\n            venueStartsAt {\n              iso\n            }\n          }\n          seats {\n            capacity\n            confirmed\n            waitlisted\n          }\n        }\n      }\n    }\n  }\n": types.GroupOverviewDocument,
    "\n  query Mine {\n    myRegistrations(first: 50) {\n      edges {\n        node {\n          id\n          status\n          waitlistPosition\n          offerExpiresAt\n          answerLink\n          missingAnswers {\n            id\n          }\n          workshop {\n            id\n            title\n            timeZone\n            times {\n              venueStartsAt {\n                iso\n                abbreviation\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MineDocument,
    "\n  mutation AcceptOffer($input: AcceptOfferInput!) {\n    acceptOffer(input: $input) {\n      registration {\n        id\n        status\n      }\n    }\n  }\n": types.AcceptOfferDocument,
    "\n  mutation CancelMine($input: CancelRegistrationInput!) {\n    cancelRegistration(input: $input) {\n      registration {\n        id\n      }\n    }\n  }\n": types.CancelMineDocument,
    "\n  query Notifications {\n    notifications(first: 50) {\n      unreadCount\n      edges {\n        node {\n          id\n          title\n          body\n          createdAt\n          readAt\n          workshop {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkAllRead {\n    markNotificationsRead(input: { all: true }) {\n      marked\n      unreadCount\n    }\n  }\n": types.MarkAllReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      reminders\n      digests\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SaveNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      preferences {\n        reminders\n        digests\n      }\n    }\n  }\n": types.SaveNotificationPreferencesDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      accepted\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      token\n      user {\n        ...Viewer\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      user {\n        ...Viewer\n      }\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query Programme($filter: WorkshopFilter, $after: String) {\n    workshops(filter: $filter, first: 20, after: $after) {\n      edges {\n        node {\n          ...WorkshopCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ProgrammeDocument,
    "\n  query ProgrammeMonth($filter: WorkshopFilter) {\n    workshops(filter: $filter, first: 100) {\n      edges {\n        node {\n          ...WorkshopCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.ProgrammeMonthDocument,
    "\n  query Resources($filter: ResourceFilter, $after: String) {\n    resources(filter: $filter, first: 20, after: $after) {\n      totalCount\n      facets {\n        kinds {\n          ...FacetCount\n        }\n        topics {\n          ...FacetCount\n        }\n        languages {\n          ...FacetCount\n        }\n        regions {\n          ...FacetCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          description\n          kind\n          languages\n          topics\n          externalUrl\n          organization {\n            name\n          }\n          editions {\n            language\n            latest {\n              filename\n              size\n              downloadUrl\n            }\n          }\n        }\n      }\n    }\n  }\n  fragment FacetCount on FacetCount {\n    value\n    count\n  }\n": types.ResourcesDocument,
    "\n  mutation ShareResource($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      resource {\n        id\n        title\n      }\n    }\n  }\n": types.ShareResourceDocument,
    "\n  query Workshop($id: ID!, $language: String) {\n    workshop(id: $id) {\n      ...WorkshopCard\n      questions {\n        ...AskedQuestion\n      }\n      description\n      onlineUrl\n      cancellationReason\n      registrationClosesAt\n      requiresApproval\n      selfRegistration\n      perGroupQuota\n      eligibility {\n        regions\n      }\n      venue {\n        address\n      }\n      sessions {\n        id\n        title\n        facilitator\n        location\n        times {\n          venueStartsAt {\n            iso\n            abbreviation\n          }\n        }\n      }\n    }\n  }\n": types.WorkshopDocument,
    "\n  query Registrations($workshopId: ID!, $filter: RegistrationFilter) {\n    registrations(workshopId: $workshopId, filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n          status\n          waitlistPosition\n          attended\n          participant {\n            name\n            email\n          }\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.RegistrationsDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      registrations {\n        id\n        status\n        waitlistPosition\n        participant {\n          name\n        }\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation Cancel($input: CancelRegistrationInput!) {\n    cancelRegistration(input: $input) {\n      registration {\n        id\n        status\n      }\n    }\n  }\n": types.CancelDocument,
    "\n  fragment AskedQuestion on WorkshopQuestion {\n    question {\n      id\n      key\n      type\n      label(language: $language)\n      choices {\n        value\n        label(language: $language)\n      }\n      sensitivity\n    }\n    required\n    showIf {\n      question {\n        id\n      }\n      equals\n    }\n  }\n": types.AskedQuestionFragmentDoc,
    "\n  fragment WorkshopCard on Workshop {\n    id\n    kind\n    title\n    summary\n    format\n    status\n    languages\n    topics\n    timeZone\n    startsAt\n    endsAt\n    venue {\n      name\n      city\n      country\n    }\n    times {\n      venueStartsAt {\n        iso\n        local\n        abbreviation\n        timeZone\n      }\n      venueEndsAt {\n        iso\n        abbreviation\n      }\n      viewerStartsAt {\n        iso\n        abbreviation\n        timeZone\n      }\n    }\n    seats {\n      capacity\n      confirmed\n      waitlisted\n      available\n    }\n  }\n  fragment FeedLink on CalendarFeedLink {\n    name\n    https\n    webcal\n  }\n": types.WorkshopCardFragmentDoc,
    "\n  query Reference($language: String) {\n    regions(language: $language) {\n      code\n      name\n    }\n    topics(language: $language) {\n      code\n      name\n    }\n    calendarFeeds {\n      public {\n        ...FeedLink\n      }\n      regions {\n        ...FeedLink\n      }\n      topics {\n        ...FeedLink\n      }\n    }\n  }\n": types.ReferenceDocument,
    "\n  mutation CancelWorkshop($input: CancelWorkshopInput!) {\n    cancelWorkshop(input: $input) {\n      workshop {\n        id\n        status\n      }\n    }\n  }\n": types.CancelWorkshopDocument,
    "\n  query FailedDeliveries {\n    notificationDeliveries(filter: { states: [FAILED] }, first: 50) {\n      edges {\n        node {\n          id\n          kind\n          recipientName\n          recipientEmail\n          attempts\n          lastError\n          createdAt\n          workshop {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.FailedDeliveriesDocument,
    "\n  mutation RetryDelivery($input: RetryNotificationDeliveryInput!) {\n    retryNotificationDelivery(input: $input) {\n      delivery {\n        id\n        state\n      }\n    }\n  }\n": types.RetryDeliveryDocument,
    "\n  query FindOrganisations($text: String) {\n    organizations(filter: { text: $text }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          country\n        }\n      }\n    }\n  }\n": types.FindOrganisationsDocument,
    "\n  query Organisations($filter: OrganizationFilter) {\n    organizations(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n          country\n          region\n          membershipStatus\n        }\n      }\n      totalCount\n      countries {\n        value\n        count\n      }\n    }\n  }\n": types.OrganisationsDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n      }\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation Invite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteUrl\n    }\n  }\n": types.InviteDocument,
    "\n  query QuestionLibrary($includeArchived: Boolean, $language: String) {\n    registrationQuestions(includeArchived: $includeArchived) {\n      id\n      key\n      type\n      label(language: $language)\n      labels {\n        en\n        fr\n        es\n      }\n      choices {\n        value\n        labels {\n          en\n          fr\n          es\n        }\n      }\n      sensitivity\n      purgeAfterDays\n      archived\n    }\n  }\n": types.QuestionLibraryDocument,
    "\n  mutation CreateRegistrationQuestion($input: CreateRegistrationQuestionInput!) {\n    createRegistrationQuestion(input: $input) {\n      question {\n        id\n      }\n    }\n  }\n": types.CreateRegistrationQuestionDocument,
    "\n  mutation UpdateRegistrationQuestion($input: UpdateRegistrationQuestionInput!) {\n    updateRegistrationQuestion(input: $input) {\n      question {\n        id\n      }\n    }\n  }\n": types.UpdateRegistrationQuestionDocument,
    "\n  query ApprovalsWaiting {\n    approvalQueue {\n      total\n    }\n  }\n": types.ApprovalsWaitingDocument,
    "\n  query SecretariatHome($now: DateTime!, $weekEnd: DateTime!) {\n    approvalQueue {\n      total\n      workshops {\n        workshop {\n          ...HomeWorkshop\n        }\n        pendingApproval\n      }\n    }\n    thisWeek: workshops(filter: { status: PUBLISHED, from: $now, to: $weekEnd }, first: 20) {\n      edges {\n        node {\n          ...HomeWorkshop\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    upcoming: workshops(filter: { status: PUBLISHED, from: $now }, first: 100) {\n      edges {\n        node {\n          ...HomeWorkshop\n        }\n      }\n    }\n    failed: notificationDeliveries(filter: { states: [FAILED] }, first: 50) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    retrying: notificationDeliveries(filter: { states: [RETRYING] }, first: 50) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n  fragment HomeWorkshop on Workshop {\n    id\n    title\n    timeZone\n    times {\n      venueStartsAt {\n        iso\n      }\n    }\n    seats {\n      capacity\n      confirmed\n      waitlisted\n      available\n    }\n  }\n": types.SecretariatHomeDocument,
    "\n  fragment EditableSession on WorkshopSession {\n    id\n    title\n    facilitator\n    location\n    joiningDetails\n    times {\n      venueStartsAt {\n        local\n      }\n      venueEndsAt {\n        local\n      }\n    }\n  }\n": types.EditableSessionFragmentDoc,
    "\n  mutation SaveWorkshopSessions($input: UpdateWorkshopInput!) {\n    updateWorkshop(input: $input) {\n      workshop {\n        id\n        sessions {\n          ...EditableSession\n        }\n      }\n    }\n  }\n": types.SaveWorkshopSessionsDocument,
    "\n  query WorkshopAnswers($workshopId: ID!, $language: String) {\n    workshop(id: $workshopId) {\n      id\n      questions {\n        question {\n          id\n          sensitivity\n        }\n      }\n    }\n    registrations(workshopId: $workshopId, first: 100) {\n      edges {\n        node {\n          id\n          status\n          participant {\n            name\n            email\n          }\n          answersComplete\n          missingAnswers {\n            id\n            label(language: $language)\n          }\n          answers {\n            question {\n              id\n              key\n              type\n              label(language: $language)\n              choices {\n                value\n                label(language: $language)\n              }\n            }\n            value\n            values\n          }\n        }\n      }\n    }\n  }\n": types.WorkshopAnswersDocument,
    "\n  mutation RemindMissingAnswers($input: RemindMissingAnswersInput!) {\n    remindMissingAnswers(input: $input) {\n      asked\n    }\n  }\n": types.RemindMissingAnswersDocument,
    "\n  query SecretariatWorkshop($id: ID!) {\n    workshop(id: $id) {\n      ...WorkshopCard\n      summary\n      description\n      onlineUrl\n      capacity\n      perGroupQuota\n      requiresApproval\n      selfRegistration\n      cancellationReason\n      venue {\n        name\n        address\n        city\n        country\n      }\n      times {\n        venueStartsAt {\n          local\n        }\n        venueEndsAt {\n          local\n        }\n      }\n      eligibility {\n        regions\n      }\n      sessions {\n        ...EditableSession\n      }\n    }\n  }\n": types.SecretariatWorkshopDocument,
    "\n  mutation CreateWorkshop($input: CreateWorkshopInput!) {\n    createWorkshop(input: $input) {\n      workshop {\n        id\n      }\n    }\n  }\n": types.CreateWorkshopDocument,
    "\n  mutation CreateWorkshopSeries($input: CreateWorkshopSeriesInput!) {\n    createWorkshopSeries(input: $input) {\n      seriesId\n      workshops {\n        id\n      }\n    }\n  }\n": types.CreateWorkshopSeriesDocument,
    "\n  mutation UpdateWorkshop($input: UpdateWorkshopInput!) {\n    updateWorkshop(input: $input) {\n      workshop {\n        id\n      }\n    }\n  }\n": types.UpdateWorkshopDocument,
    "\n  mutation PublishWorkshop($input: PublishWorkshopInput!) {\n    publishWorkshop(input: $input) {\n      workshop {\n        id\n        status\n      }\n    }\n  }\n": types.PublishWorkshopDocument,
    "\n  query SecretariatWorkshops($filter: WorkshopFilter) {\n    workshops(filter: $filter, first: 100) {\n      edges {\n        node {\n          ...WorkshopCard\n        }\n      }\n    }\n  }\n": types.SecretariatWorkshopsDocument,
    "\n  query WorkshopNeeds($workshopId: ID!, $language: String) {\n    workshopReport(workshopId: $workshopId) {\n      needs {\n        question {\n          id\n          key\n          label(language: $language)\n        }\n        answered\n        answers {\n          value\n          label(language: $language)\n          count\n        }\n      }\n    }\n  }\n": types.WorkshopNeedsDocument,
    "\n  query WorkshopQuestionsEditor($id: ID!, $language: String) {\n    workshop(id: $id) {\n      id\n      questions {\n        ...AskedQuestion\n      }\n    }\n    registrationQuestions {\n      id\n      key\n      type\n      label(language: $language)\n      choices {\n        value\n        label(language: $language)\n      }\n      sensitivity\n    }\n  }\n": types.WorkshopQuestionsEditorDocument,
    "\n  mutation SetWorkshopQuestions($input: SetWorkshopQuestionsInput!) {\n    setWorkshopQuestions(input: $input) {\n      workshop {\n        id\n      }\n    }\n  }\n": types.SetWorkshopQuestionsDocument,
    "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      registration {\n        id\n      }\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  mutation Approve($input: ApproveRegistrationInput!) {\n    approveRegistration(input: $input) {\n      registration {\n        id\n        status\n        waitlistPosition\n        participant {\n          name\n        }\n      }\n    }\n  }\n": types.ApproveDocument,
    "\n  mutation Decline($input: DeclineRegistrationInput!) {\n    declineRegistration(input: $input) {\n      registration {\n        id\n      }\n    }\n  }\n": types.DeclineDocument,
    "\n  mutation CancelRegistration($input: CancelRegistrationInput!) {\n    cancelRegistration(input: $input) {\n      registration {\n        id\n      }\n    }\n  }\n": types.CancelRegistrationDocument,
    "\n  query WorkshopReportPage($workshopId: ID!) {\n    workshopReport(workshopId: $workshopId) {\n      workshop {\n        id\n        title\n        status\n        timeZone\n        times {\n          venueStartsAt {\n            iso\n          }\n        }\n        seats {\n          capacity\n          confirmed\n          waitlisted\n        }\n      }\n      byStatus {\n        confirmed\n        waitlisted\n        pendingApproval\n        declined\n        cancelled\n      }\n      byRegion {\n        code\n        confirmed\n        attended\n      }\n      byCountry {\n        code\n        confirmed\n        attended\n      }\n      byGroup {\n        organization {\n          id\n          name\n          country\n        }\n        confirmed\n        attended\n      }\n      attendanceRate\n    }\n  }\n": types.WorkshopReportPageDocument,
    "\n  query CancelImpact($workshopId: ID!) {\n    workshopReport(workshopId: $workshopId) {\n      byStatus {\n        confirmed\n        waitlisted\n        pendingApproval\n      }\n      byGroup {\n        organization {\n          id\n        }\n      }\n    }\n  }\n": types.CancelImpactDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Viewer on User {\n    id\n    email\n    name\n    role\n    language\n    timeZone\n    organization {\n      id\n      name\n      kind\n    }\n  }\n"): typeof import('./graphql').ViewerFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...Viewer\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        ...Viewer\n      }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut {\n      revoked\n    }\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Countries($language: String) {\n    countries(language: $language) {\n      code\n      name\n      numeric\n    }\n  }\n"): typeof import('./graphql').CountriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Accept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      token\n      user {\n        ...Viewer\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnswerLink($token: String!, $language: String) {\n    answerLinkQuestions(token: $token) {\n      workshop {\n        id\n        title\n        timeZone\n        times {\n          venueStartsAt {\n            iso\n          }\n        }\n      }\n      questions {\n        ...AskedQuestion\n      }\n      answered\n      missing {\n        id\n        label(language: $language)\n      }\n    }\n  }\n"): typeof import('./graphql').AnswerLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerByLink($input: AnswerByLinkInput!, $language: String) {\n    answerByLink(input: $input) {\n      answersComplete\n      missing {\n        id\n        label(language: $language)\n      }\n    }\n  }\n"): typeof import('./graphql').AnswerByLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarLinks on CalendarFeeds {\n    public {\n      ...FeedLink\n    }\n    regions {\n      ...FeedLink\n    }\n    topics {\n      ...FeedLink\n    }\n    personal {\n      ...PrivateFeed\n    }\n    group {\n      ...PrivateFeed\n    }\n  }\n  fragment PrivateFeed on PrivateCalendarFeedLink {\n    feed\n    issuedAt\n    link {\n      ...FeedLink\n    }\n  }\n"): typeof import('./graphql').CalendarLinksFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarLinks {\n    calendarFeeds {\n      ...CalendarLinks\n    }\n  }\n"): typeof import('./graphql').CalendarLinksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateCalendarToken($input: RotateCalendarTokenInput!) {\n    rotateCalendarToken(input: $input) {\n      calendarFeeds {\n        ...CalendarLinks\n      }\n    }\n  }\n"): typeof import('./graphql').RotateCalendarTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Confirm($input: ConfirmEmailInput!) {\n    confirmEmail(input: $input) {\n      emailConfirmed\n    }\n  }\n"): typeof import('./graphql').ConfirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupOverview {\n    groupOverview {\n      organization {\n        id\n        name\n      }\n      confirmed\n      waitlisted\n      offers\n      pendingApproval\n      workshops {\n        workshop {\n          id\n          title\n          timeZone\n          times {\n            venueStartsAt {\n              iso\n            }\n          }\n        }\n        confirmed\n        waitlisted\n        offers\n        pendingApproval\n      }\n    }\n    open: workshops(filter: { eligibleForMyGroup: true, status: PUBLISHED }, first: 50) {\n      edges {\n        node {\n          id\n          title\n          timeZone\n          registrationClosesAt\n          times {\n            venueStartsAt {\n              iso\n            }\n          }\n          seats {\n            capacity\n            confirmed\n            waitlisted\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GroupOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Mine {\n    myRegistrations(first: 50) {\n      edges {\n        node {\n          id\n          status\n          waitlistPosition\n          offerExpiresAt\n          answerLink\n          missingAnswers {\n            id\n          }\n          workshop {\n            id\n            title\n            timeZone\n            times {\n              venueStartsAt {\n                iso\n                abbreviation\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptOffer($input: AcceptOfferInput!) {\n    acceptOffer(input: $input) {\n      registration {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMine($input: CancelRegistrationInput!) {\n    cancelRegistration(input: $input) {\n      registration {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CancelMineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications {\n    notifications(first: 50) {\n      unreadCount\n      edges {\n        node {\n          id\n          title\n          body\n          createdAt\n          readAt\n          workshop {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllRead {\n    markNotificationsRead(input: { all: true }) {\n      marked\n      unreadCount\n    }\n  }\n"): typeof import('./graphql').MarkAllReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      reminders\n      digests\n    }\n  }\n"): typeof import('./graphql').NotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      preferences {\n        reminders\n        digests\n      }\n    }\n  }\n"): typeof import('./graphql').SaveNotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      accepted\n    }\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      token\n      user {\n        ...Viewer\n      }\n    }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      user {\n        ...Viewer\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Programme($filter: WorkshopFilter, $after: String) {\n    workshops(filter: $filter, first: 20, after: $after) {\n      edges {\n        node {\n          ...WorkshopCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeMonth($filter: WorkshopFilter) {\n    workshops(filter: $filter, first: 100) {\n      edges {\n        node {\n          ...WorkshopCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql').ProgrammeMonthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Resources($filter: ResourceFilter, $after: String) {\n    resources(filter: $filter, first: 20, after: $after) {\n      totalCount\n      facets {\n        kinds {\n          ...FacetCount\n        }\n        topics {\n          ...FacetCount\n        }\n        languages {\n          ...FacetCount\n        }\n        regions {\n          ...FacetCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          description\n          kind\n          languages\n          topics\n          externalUrl\n          organization {\n            name\n          }\n          editions {\n            language\n            latest {\n              filename\n              size\n              downloadUrl\n            }\n          }\n        }\n      }\n    }\n  }\n  fragment FacetCount on FacetCount {\n    value\n    count\n  }\n"): typeof import('./graphql').ResourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareResource($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      resource {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').ShareResourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Workshop($id: ID!, $language: String) {\n    workshop(id: $id) {\n      ...WorkshopCard\n      questions {\n        ...AskedQuestion\n      }\n      description\n      onlineUrl\n      cancellationReason\n      registrationClosesAt\n      requiresApproval\n      selfRegistration\n      perGroupQuota\n      eligibility {\n        regions\n      }\n      venue {\n        address\n      }\n      sessions {\n        id\n        title\n        facilitator\n        location\n        times {\n          venueStartsAt {\n            iso\n            abbreviation\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WorkshopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Registrations($workshopId: ID!, $filter: RegistrationFilter) {\n    registrations(workshopId: $workshopId, filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n          status\n          waitlistPosition\n          attended\n          participant {\n            name\n            email\n          }\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RegistrationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      registrations {\n        id\n        status\n        waitlistPosition\n        participant {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Cancel($input: CancelRegistrationInput!) {\n    cancelRegistration(input: $input) {\n      registration {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').CancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AskedQuestion on WorkshopQuestion {\n    question {\n      id\n      key\n      type\n      label(language: $language)\n      choices {\n        value\n        label(language: $language)\n      }\n      sensitivity\n    }\n    required\n    showIf {\n      question {\n        id\n      }\n      equals\n    }\n  }\n"): typeof import('./graphql').AskedQuestionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkshopCard on Workshop {\n    id\n    kind\n    title\n    summary\n    format\n    status\n    languages\n    topics\n    timeZone\n    startsAt\n    endsAt\n    venue {\n      name\n      city\n      country\n    }\n    times {\n      venueStartsAt {\n        iso\n        local\n        abbreviation\n        timeZone\n      }\n      venueEndsAt {\n        iso\n        abbreviation\n      }\n      viewerStartsAt {\n        iso\n        abbreviation\n        timeZone\n      }\n    }\n    seats {\n      capacity\n      confirmed\n      waitlisted\n      available\n    }\n  }\n  fragment FeedLink on CalendarFeedLink {\n    name\n    https\n    webcal\n  }\n"): typeof import('./graphql').WorkshopCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reference($language: String) {\n    regions(language: $language) {\n      code\n      name\n    }\n    topics(language: $language) {\n      code\n      name\n    }\n    calendarFeeds {\n      public {\n        ...FeedLink\n      }\n      regions {\n        ...FeedLink\n      }\n      topics {\n        ...FeedLink\n      }\n    }\n  }\n"): typeof import('./graphql').ReferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelWorkshop($input: CancelWorkshopInput!) {\n    cancelWorkshop(input: $input) {\n      workshop {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').CancelWorkshopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailedDeliveries {\n    notificationDeliveries(filter: { states: [FAILED] }, first: 50) {\n      edges {\n        node {\n          id\n          kind\n          recipientName\n          recipientEmail\n          attempts\n          lastError\n          createdAt\n          workshop {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FailedDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryDelivery($input: RetryNotificationDeliveryInput!) {\n    retryNotificationDelivery(input: $input) {\n      delivery {\n        id\n        state\n      }\n    }\n  }\n"): typeof import('./graphql').RetryDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindOrganisations($text: String) {\n    organizations(filter: { text: $text }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          country\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FindOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations($filter: OrganizationFilter) {\n    organizations(filter: $filter, first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n          country\n          region\n          membershipStatus\n        }\n      }\n      totalCount\n      countries {\n        value\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Invite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteUrl\n    }\n  }\n"): typeof import('./graphql').InviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionLibrary($includeArchived: Boolean, $language: String) {\n    registrationQuestions(includeArchived: $includeArchived) {\n      id\n      key\n      type\n      label(language: $language)\n      labels {\n        en\n        fr\n        es\n      }\n      choices {\n        value\n        labels {\n          en\n          fr\n          es\n        }\n      }\n      sensitivity\n      purgeAfterDays\n      archived\n    }\n  }\n"): typeof import('./graphql').QuestionLibraryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRegistrationQuestion($input: CreateRegistrationQuestionInput!) {\n    createRegistrationQuestion(input: $input) {\n      question {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreateRegistrationQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRegistrationQuestion($input: UpdateRegistrationQuestionInput!) {\n    updateRegistrationQuestion(input: $input) {\n      question {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateRegistrationQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalsWaiting {\n    approvalQueue {\n      total\n    }\n  }\n"): typeof import('./graphql').ApprovalsWaitingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecretariatHome($now: DateTime!, $weekEnd: DateTime!) {\n    approvalQueue {\n      total\n      workshops {\n        workshop {\n          ...HomeWorkshop\n        }\n        pendingApproval\n      }\n    }\n    thisWeek: workshops(filter: { status: PUBLISHED, from: $now, to: $weekEnd }, first: 20) {\n      edges {\n        node {\n          ...HomeWorkshop\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    upcoming: workshops(filter: { status: PUBLISHED, from: $now }, first: 100) {\n      edges {\n        node {\n          ...HomeWorkshop\n        }\n      }\n    }\n    failed: notificationDeliveries(filter: { states: [FAILED] }, first: 50) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    retrying: notificationDeliveries(filter: { states: [RETRYING] }, first: 50) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n  fragment HomeWorkshop on Workshop {\n    id\n    title\n    timeZone\n    times {\n      venueStartsAt {\n        iso\n      }\n    }\n    seats {\n      capacity\n      confirmed\n      waitlisted\n      available\n    }\n  }\n"): typeof import('./graphql').SecretariatHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditableSession on WorkshopSession {\n    id\n    title\n    facilitator\n    location\n    joiningDetails\n    times {\n      venueStartsAt {\n        local\n      }\n      venueEndsAt {\n        local\n      }\n    }\n  }\n"): typeof import('./graphql').EditableSessionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveWorkshopSessions($input: UpdateWorkshopInput!) {\n    updateWorkshop(input: $input) {\n      workshop {\n        id\n        sessions {\n          ...EditableSession\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SaveWorkshopSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopAnswers($workshopId: ID!, $language: String) {\n    workshop(id: $workshopId) {\n      id\n      questions {\n        question {\n          id\n          sensitivity\n        }\n      }\n    }\n    registrations(workshopId: $workshopId, first: 100) {\n      edges {\n        node {\n          id\n          status\n          participant {\n            name\n            email\n          }\n          answersComplete\n          missingAnswers {\n            id\n            label(language: $language)\n          }\n          answers {\n            question {\n              id\n              key\n              type\n              label(language: $language)\n              choices {\n                value\n                label(language: $language)\n              }\n            }\n            value\n            values\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WorkshopAnswersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindMissingAnswers($input: RemindMissingAnswersInput!) {\n    remindMissingAnswers(input: $input) {\n      asked\n    }\n  }\n"): typeof import('./graphql').RemindMissingAnswersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecretariatWorkshop($id: ID!) {\n    workshop(id: $id) {\n      ...WorkshopCard\n      summary\n      description\n      onlineUrl\n      capacity\n      perGroupQuota\n      requiresApproval\n      selfRegistration\n      cancellationReason\n      venue {\n        name\n        address\n        city\n        country\n      }\n      times {\n        venueStartsAt {\n          local\n        }\n        venueEndsAt {\n          local\n        }\n      }\n      eligibility {\n        regions\n      }\n      sessions {\n        ...EditableSession\n      }\n    }\n  }\n"): typeof import('./graphql').SecretariatWorkshopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkshop($input: CreateWorkshopInput!) {\n    createWorkshop(input: $input) {\n      workshop {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreateWorkshopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkshopSeries($input: CreateWorkshopSeriesInput!) {\n    createWorkshopSeries(input: $input) {\n      seriesId\n      workshops {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreateWorkshopSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorkshop($input: UpdateWorkshopInput!) {\n    updateWorkshop(input: $input) {\n      workshop {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateWorkshopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishWorkshop($input: PublishWorkshopInput!) {\n    publishWorkshop(input: $input) {\n      workshop {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').PublishWorkshopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecretariatWorkshops($filter: WorkshopFilter) {\n    workshops(filter: $filter, first: 100) {\n      edges {\n        node {\n          ...WorkshopCard\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SecretariatWorkshopsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopNeeds($workshopId: ID!, $language: String) {\n    workshopReport(workshopId: $workshopId) {\n      needs {\n        question {\n          id\n          key\n          label(language: $language)\n        }\n        answered\n        answers {\n          value\n          label(language: $language)\n          count\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WorkshopNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopQuestionsEditor($id: ID!, $language: String) {\n    workshop(id: $id) {\n      id\n      questions {\n        ...AskedQuestion\n      }\n    }\n    registrationQuestions {\n      id\n      key\n      type\n      label(language: $language)\n      choices {\n        value\n        label(language: $language)\n      }\n      sensitivity\n    }\n  }\n"): typeof import('./graphql').WorkshopQuestionsEditorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWorkshopQuestions($input: SetWorkshopQuestionsInput!) {\n    setWorkshopQuestions(input: $input) {\n      workshop {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').SetWorkshopQuestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      registration {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RecordAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Approve($input: ApproveRegistrationInput!) {\n    approveRegistration(input: $input) {\n      registration {\n        id\n        status\n        waitlistPosition\n        participant {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Decline($input: DeclineRegistrationInput!) {\n    declineRegistration(input: $input) {\n      registration {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').DeclineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRegistration($input: CancelRegistrationInput!) {\n    cancelRegistration(input: $input) {\n      registration {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CancelRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopReportPage($workshopId: ID!) {\n    workshopReport(workshopId: $workshopId) {\n      workshop {\n        id\n        title\n        status\n        timeZone\n        times {\n          venueStartsAt {\n            iso\n          }\n        }\n        seats {\n          capacity\n          confirmed\n          waitlisted\n        }\n      }\n      byStatus {\n        confirmed\n        waitlisted\n        pendingApproval\n        declined\n        cancelled\n      }\n      byRegion {\n        code\n        confirmed\n        attended\n      }\n      byCountry {\n        code\n        confirmed\n        attended\n      }\n      byGroup {\n        organization {\n          id\n          name\n          country\n        }\n        confirmed\n        attended\n      }\n      attendanceRate\n    }\n  }\n"): typeof import('./graphql').WorkshopReportPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CancelImpact($workshopId: ID!) {\n    workshopReport(workshopId: $workshopId) {\n      byStatus {\n        confirmed\n        waitlisted\n        pendingApproval\n      }\n      byGroup {\n        organization {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CancelImpactDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
