/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  /** BCP 47 language tag, e.g. `es`. */
  language: string;
  name: string;
  /** At least 10 characters, not a common password. */
  password: string;
  /** IANA time zone, e.g. `America/Lima`. */
  timeZone: string;
  /** The token from the invitation link. */
  token: string;
};

export type AcceptOfferInput = {
  id: string | number;
};

export type AnswerByLinkInput = {
  /** Each question once; questions left out keep their answers. */
  answers: Array<AnswerInput>;
  /** The person consents (or withdraws) through the same link. */
  consents?: Array<ConsentInput> | null | undefined;
  /** From the link emailed to the participant (Registration.answerLink). */
  token: string;
};

/** An answer to one of the workshop's questions (Workshop.questions), in the shape its type asks for (QuestionType). */
export type AnswerInput = {
  questionId: string | number;
  /** Every type but SEVERAL_CHOICES. Null (with no values) takes an earlier answer back. */
  value?: string | null | undefined;
  /** SEVERAL_CHOICES only. */
  values?: Array<string> | null | undefined;
};

export type ApproveRegistrationInput = {
  id: string | number;
};

export type CancelRegistrationInput = {
  id: string | number;
};

export type CancelWorkshopInput = {
  id: string | number;
  reason: string;
};

export type ConfirmEmailInput = {
  /** The token from the confirmation email's link. */
  token: string;
};

export type ConsentInput = {
  /** False withdraws a consent given earlier. */
  given: boolean;
  key: string;
  /** The version the person read (ConsentItem.version); an older one is refused. */
  version: number;
};

export type CreateOrganizationInput = {
  contactEmail?: string | null | undefined;
  country: string;
  kind: OrganizationKind;
  languages?: Array<string> | null | undefined;
  /** Member groups only; defaults to APPLICANT. */
  membershipStatus?: MembershipStatus | null | undefined;
  name: string;
  /** Defaults to the country's region. */
  region?: string | null | undefined;
  topics?: Array<string> | null | undefined;
  website?: string | null | undefined;
};

export type CreateRegistrationQuestionInput = {
  /** Required for ONE_CHOICE and SEVERAL_CHOICES (2 to 50), refused for the others. */
  choices?: Array<QuestionChoiceInput> | null | undefined;
  /** Lower-case letters, digits and -, 2 to 60; unique in the library. */
  key: string;
  labels: LabelTextsInput;
  /** Required for EPHEMERAL (1 to 3,650), refused for the others. */
  purgeAfterDays?: number | null | undefined;
  sensitivity: QuestionSensitivity;
  type: QuestionType;
};

export type CreateResourceInput = {
  countries?: Array<string> | null | undefined;
  /** Markdown. */
  description?: string | null | undefined;
  /** Required for LINK, refused for other kinds (they hold files). */
  externalUrl?: string | null | undefined;
  kind: ResourceKind;
  /** At least one BCP 47 tag: the editions files may be uploaded for; the first is the default. */
  languages: Array<string>;
  /** The sharing organisation: the Secretariat may name any; a coordinator shares for their own group (the default). */
  organizationId?: string | number | null | undefined;
  regions?: Array<string> | null | undefined;
  title: string;
  topics?: Array<string> | null | undefined;
  visibility: ResourceVisibility;
  /** Workshops to link at once. */
  workshopIds?: Array<string | number> | null | undefined;
};

export type CreateWorkshopInput = {
  capacity: number;
  description?: string | null | undefined;
  eligibility?: WorkshopEligibilityInput | null | undefined;
  endsAt?: string | null | undefined;
  endsAtLocal?: string | null | undefined;
  facilitators?: Array<FacilitatorInput> | null | undefined;
  format: WorkshopFormat;
  kind: WorkshopKind;
  languages?: Array<string> | null | undefined;
  offerHours?: number | null | undefined;
  onlineUrl?: string | null | undefined;
  perGroupQuota?: number | null | undefined;
  promotionMode?: PromotionMode | null | undefined;
  /** No later than the start; defaults to the start. */
  registrationClosesAt?: string | null | undefined;
  registrationOpensAt?: string | null | undefined;
  /** Hours before the start for reminders, at most five (default 168 and 24; [] for none). */
  reminderHoursBefore?: Array<number> | null | undefined;
  requiresApproval?: boolean | null | undefined;
  selfRegistration?: boolean | null | undefined;
  sessions?: Array<WorkshopSessionInput> | null | undefined;
  /** ISO-8601 with offset; or give startsAtLocal. */
  startsAt?: string | null | undefined;
  /** Local date-time in timeZone, e.g. 2026-05-04T09:00. A time that does not exist or happens twice (DST) is refused. */
  startsAtLocal?: string | null | undefined;
  summary?: string | null | undefined;
  /** IANA time zone of the venue (for online workshops, the organiser's). */
  timeZone: string;
  title: string;
  topics?: Array<string> | null | undefined;
  venue?: VenueInput | null | undefined;
};

export type CreateWorkshopSeriesInput = {
  /** RFC 5545 RRULE ending with COUNT or UNTIL, at most 52 occurrences, e.g. FREQ=MONTHLY;BYDAY=2TU;COUNT=6. */
  rrule: string;
  /** The first occurrence; later ones keep its local time of day in its time zone. */
  workshop: CreateWorkshopInput;
};

export type DeclineRegistrationInput = {
  id: string | number;
  reason?: string | null | undefined;
};

/** Where an email stands. */
export type DeliveryState =
  /** Withdrawn before it went (e.g. the workshop was cancelled). */
  | 'CANCELLED'
  /** Given up after the last attempt; the Secretariat can send it again. */
  | 'FAILED'
  /** Waiting for its time, or being sent now. */
  | 'QUEUED'
  /** Not accepted by the mail server yet; tried again with growing pauses. */
  | 'RETRYING'
  | 'SENT'
  /** No longer applied when its time came (e.g. the registration was cancelled). */
  | 'SKIPPED';

/** Which occurrences of a series an edit applies to. */
export type EditScope =
  /** This occurrence and every later one not yet cancelled or completed; a time change moves each by the same wall-clock shift. */
  | 'THIS_AND_FUTURE'
  /** This workshop only (also the default for workshops outside a series). */
  | 'THIS_OCCURRENCE';

export type FacilitatorInput = {
  name: string;
  organization?: string | null | undefined;
  userId?: string | number | null | undefined;
};

export type InviteUserInput = {
  email: string;
  /** Shown in the invitation; the person sets their own name on accepting. */
  name?: string | null | undefined;
  /** Defaults to the inviter's own organisation. */
  organizationId?: string | number | null | undefined;
  role: Role;
};

export type LabelTextsInput = {
  /** At most 300 characters, as are the others. */
  en: string;
  es?: string | null | undefined;
  fr?: string | null | undefined;
};

/** Where a member group stands in the network's admission process. */
export type MembershipStatus =
  | 'AFFILIATE'
  /** Applied; the Secretariat has not decided yet. Cannot register people or share resources. */
  | 'APPLICANT'
  | 'MEMBER'
  /** Suspended by the Secretariat. Cannot register people or share resources; history is kept. */
  | 'SUSPENDED';

/** What a notification is about. */
export type NotificationKind =
  /** A single-use link to answer the workshop's questions still open (never in the in-app list). */
  | 'ANSWERS_NEEDED'
  /** A link that proves the person receives mail at their account's address. */
  | 'EMAIL_CONFIRMATION'
  /** An invitation to join, with its single-use link. */
  | 'INVITATION'
  /** The participant's visa invitation letter is ready to download (from My workshops). */
  | 'LETTER_APPROVED'
  /** The participant's request for a letter was declined, with the Secretariat's reason. */
  | 'LETTER_DECLINED'
  | 'OFFER_EXPIRED'
  /** A single-use link that sets a new password (never in the in-app list). */
  | 'PASSWORD_RESET'
  | 'REGISTRATION_APPROVED'
  | 'REGISTRATION_CANCELLED'
  | 'REGISTRATION_CONFIRMED'
  /** To coordinators of eligible groups with nobody registered, before registration closes. */
  | 'REGISTRATION_DEADLINE'
  | 'REGISTRATION_DECLINED'
  /** Received; the Secretariat approves registrations for this workshop. */
  | 'REGISTRATION_PENDING'
  /** A seat freed up and is now the person's. */
  | 'REGISTRATION_PROMOTED'
  | 'REGISTRATION_WAITLISTED'
  /** A seat is held for the person until they accept or the offer expires. */
  | 'SEAT_OFFERED'
  /** The Secretariat's daily summary of registrations, approvals and waiting lists. */
  | 'SECRETARIAT_DIGEST'
  | 'WORKSHOP_CANCELLED'
  /** Its time, venue or joining link changed. */
  | 'WORKSHOP_CHANGED'
  /** After the end, with the workshop's materials. */
  | 'WORKSHOP_FOLLOW_UP'
  /** Before the start (by default 7 days and 24 hours before). */
  | 'WORKSHOP_REMINDER';

/** All given conditions must hold. */
export type OrganizationFilter = {
  /** ISO 3166-1 alpha-2 code. */
  country?: string | null | undefined;
  kind?: OrganizationKind | null | undefined;
  membershipStatus?: MembershipStatus | null | undefined;
  region?: string | null | undefined;
  /**
   * Words of the name, the country (its name in English, French or Spanish) or the topics' names:
   * every word must match, by one of its forms ("proteccion" finds "protección"), as a prefix, or
   * with one typo in words of five letters or more. Name order stays.
   */
  text?: string | null | undefined;
  /** A focus topic code. */
  topic?: string | null | undefined;
};

export type OrganizationKind =
  /** A member group of the network. */
  | 'MEMBER_GROUP'
  /** An organisation the network works with (UN agency, law enforcement, company...). */
  | 'PARTNER'
  /** The International Secretariat (exactly one). */
  | 'SECRETARIAT';

/** An existing person (userId) or name and email (with optional language and time zone for messages). */
export type ParticipantInput = {
  /**
   * Answers given at registration. A coordinator or the Secretariat registering others answers the
   * OPERATIONAL questions only: the participant answers the others (answerQuestions); a member
   * registering themself answers any.
   */
  answers?: Array<AnswerInput> | null | undefined;
  /** A member registering themself consents at once; nobody consents for someone else. */
  consents?: Array<ConsentInput> | null | undefined;
  /** At most 80 characters; null or empty shows the name. */
  displayName?: string | null | undefined;
  email?: string | null | undefined;
  language?: string | null | undefined;
  listed?: boolean | null | undefined;
  name?: string | null | undefined;
  timeZone?: string | null | undefined;
  userId?: string | number | null | undefined;
};

/** Which private feed. */
export type PrivateCalendarFeed =
  /** Every workshop the coordinator's group's people are registered in (coordinators only). */
  | 'GROUP'
  /** The caller's own workshops: confirmed, and TENTATIVE while waitlisted or pending. */
  | 'PERSONAL';

/** How a freed seat reaches the waiting list. */
export type PromotionMode =
  /** The first in line is confirmed at once. */
  | 'AUTOMATIC'
  /** The first in line is offered the seat and must accept within offerHours; then it passes on. */
  | 'OFFER';

export type PublishWorkshopInput = {
  id: string | number;
};

export type QuestionChoiceInput = {
  labels: LabelTextsInput;
  /** Letters, digits, - and _, at most 60. */
  value: string;
};

export type QuestionConditionInput = {
  equals: string;
  /** An earlier question in the same list, YES_NO or ONE_CHOICE or SEVERAL_CHOICES. */
  questionId: string | number;
};

/** Who sees the answers to a question, besides the Secretariat and the participant themself. */
export type QuestionSensitivity =
  /** As SENSITIVE, and purged purgeAfterDays after the workshop ends. */
  | 'EPHEMERAL'
  /** Also the participant's group (its coordinators): dietary needs, arrival date. */
  | 'OPERATIONAL'
  /** No one else, never the coordinator: access needs, passport number, health. */
  | 'SENSITIVE';

/** What a question asks for; an answer is checked against it (AnswerInput). */
export type QuestionType =
  /** value an ISO 3166-1 alpha-2 code, e.g. KE. */
  | 'COUNTRY'
  /** value YYYY-MM-DD, between 1900 and 2100. */
  | 'DATE'
  /** value a BCP 47 tag, e.g. fr or es-MX. */
  | 'LANGUAGE'
  /** Several lines, at most 5,000 characters. */
  | 'LONG_TEXT'
  /** value a decimal number between -1,000,000,000 and 1,000,000,000. */
  | 'NUMBER'
  /** One of `choices` (value). */
  | 'ONE_CHOICE'
  /** Any of `choices` (values), each once. */
  | 'SEVERAL_CHOICES'
  /** One line, at most 500 characters. */
  | 'TEXT'
  /** value "true" or "false". */
  | 'YES_NO';

export type RecordAttendanceInput = {
  /** Whether they attended; null (or left out) clears a mark made by mistake: not recorded again. */
  attended?: boolean | null | undefined;
  /** A confirmed registration. */
  registrationId: string | number;
};

export type RegisterInput = {
  /** Defaults to the caller's group. */
  organizationId?: string | number | null | undefined;
  /** Validated as a whole; seats are then given person by person in this order. */
  participants: Array<ParticipantInput>;
  workshopId: string | number;
};

export type RegistrationFilter = {
  organizationId?: string | number | null | undefined;
  status?: RegistrationStatus | null | undefined;
};

export type RegistrationStatus =
  | 'CANCELLED'
  /** Holds a seat. */
  | 'CONFIRMED'
  | 'DECLINED'
  /** Waiting for the Secretariat's approval; holds no seat. */
  | 'PENDING_APPROVAL'
  /** In line for a seat; see waitlistPosition. */
  | 'WAITLISTED';

export type RemindMissingAnswersInput = {
  workshopId: string | number;
};

export type RequestPasswordResetInput = {
  /** The account's email; any letter case. */
  email: string;
};

export type ResetPasswordInput = {
  /** At least 10 characters, not a common password, not containing the email. */
  password: string;
  /** The token from the reset email's link. */
  token: string;
};

export type ResourceFilter = {
  country?: string | null | undefined;
  /** Also archived ones: the Secretariat sees all, a group its own. */
  includeArchived?: boolean | null | undefined;
  kind?: ResourceKind | null | undefined;
  /** A language edition (BCP 47). */
  language?: string | null | undefined;
  /** The sharing organisation. */
  organizationId?: string | number | null | undefined;
  region?: string | null | undefined;
  /**
   * Words of the title, topics or description: every word must match, in any of its forms in English,
   * French or Spanish ("enfant" finds "enfants"), as a prefix ("traff" finds "trafficking"), or with
   * one typo in words of five letters or more; accents and case ignored. Ranked by relevance unless
   * `sort` says otherwise.
   */
  text?: string | null | undefined;
  topic?: string | null | undefined;
  /** Resources linked to this workshop. */
  workshopId?: string | number | null | undefined;
};

/** What a training resource is. */
export type ResourceKind =
  | 'DATASET'
  | 'GUIDE'
  /** An external link instead of files (give externalUrl). */
  | 'LINK'
  | 'OTHER'
  | 'PRESENTATION'
  | 'RECORDING'
  | 'REPORT'
  | 'STUDY'
  | 'TOOLKIT';

/**
 * Who may see and download a resource. The sharing group always sees its own resources, and the
 * Secretariat sees everything.
 */
export type ResourceVisibility =
  /** Anyone signed in. */
  | 'NETWORK'
  /** People confirmed in a linked workshop (plus the Secretariat and the sharing group). */
  | 'PARTICIPANTS'
  /** Everyone, signed in or not. */
  | 'PUBLIC'
  /** The Secretariat (and the sharing group). */
  | 'SECRETARIAT';

export type RetryNotificationDeliveryInput = {
  id: string | number;
};

/** What a person may do: the Secretariat plans and sees everything; a coordinator acts for their own group; a member for themself. */
export type Role =
  | 'GROUP_COORDINATOR'
  | 'MEMBER'
  | 'SECRETARIAT_ADMIN'
  | 'SECRETARIAT_STAFF';

export type RotateCalendarTokenInput = {
  /** The feed whose link to replace; all of the caller's private feeds when omitted. */
  feed?: PrivateCalendarFeed | null | undefined;
};

export type SetWorkshopQuestionsInput = {
  /** The whole list, in the order asked, at most 50; each question once. An empty list asks nothing. */
  questions: Array<WorkshopQuestionInput>;
  workshopId: string | number;
};

export type SignInInput = {
  email: string;
  password: string;
};

export type UpdateNotificationPreferencesInput = {
  digests?: boolean | null | undefined;
  reminders?: boolean | null | undefined;
};

export type UpdateProfileInput = {
  /** BCP 47 language tag for messages, e.g. `fr`. */
  language?: string | null | undefined;
  /** 1 to 120 characters, trimmed. */
  name?: string | null | undefined;
  /** IANA time zone, e.g. `America/Lima`. */
  timeZone?: string | null | undefined;
};

/**
 * Only what is given changes. The type never changes; choices may be relabelled and added, never
 * removed (answers name them); the sensitivity may rise, never fall (an answer given as private
 * stays private).
 */
export type UpdateRegistrationQuestionInput = {
  archived?: boolean | null | undefined;
  /** Every choice kept, in the order shown, with any new ones. */
  choices?: Array<QuestionChoiceInput> | null | undefined;
  id: string | number;
  labels?: LabelTextsInput | null | undefined;
  purgeAfterDays?: number | null | undefined;
  sensitivity?: QuestionSensitivity | null | undefined;
};

/** Changes only the fields given; null clears an optional field. */
export type UpdateWorkshopInput = {
  capacity?: number | null | undefined;
  description?: string | null | undefined;
  eligibility?: WorkshopEligibilityInput | null | undefined;
  endsAt?: string | null | undefined;
  endsAtLocal?: string | null | undefined;
  facilitators?: Array<FacilitatorInput> | null | undefined;
  format?: WorkshopFormat | null | undefined;
  id: string | number;
  kind?: WorkshopKind | null | undefined;
  languages?: Array<string> | null | undefined;
  offerHours?: number | null | undefined;
  onlineUrl?: string | null | undefined;
  perGroupQuota?: number | null | undefined;
  promotionMode?: PromotionMode | null | undefined;
  registrationClosesAt?: string | null | undefined;
  registrationOpensAt?: string | null | undefined;
  /** Hours before the start for reminders; null returns to the default. */
  reminderHoursBefore?: Array<number> | null | undefined;
  requiresApproval?: boolean | null | undefined;
  /** Default THIS_OCCURRENCE. */
  scope?: EditScope | null | undefined;
  selfRegistration?: boolean | null | undefined;
  sessions?: Array<WorkshopSessionInput> | null | undefined;
  startsAt?: string | null | undefined;
  startsAtLocal?: string | null | undefined;
  summary?: string | null | undefined;
  timeZone?: string | null | undefined;
  title?: string | null | undefined;
  topics?: Array<string> | null | undefined;
  venue?: VenueInput | null | undefined;
};

export type VenueInput = {
  address?: string | null | undefined;
  city: string;
  country: string;
  name: string;
};

export type WorkshopEligibilityInput = {
  organizationIds?: Array<string | number> | null | undefined;
  regions?: Array<string> | null | undefined;
};

/** All given conditions must hold. With no time range, upcoming workshops (not yet ended). */
export type WorkshopFilter = {
  /** Only workshops the caller's group may register for. */
  eligibleForMyGroup?: boolean | null | undefined;
  format?: WorkshopFormat | null | undefined;
  /** Workshops that end after this instant. */
  from?: string | null | undefined;
  /**
   * Workshops held in this country (ISO 3166-1 alpha-2): where the venue is, not who may register.
   * Workshops without a venue (online) are never held in a country.
   */
  heldInCountry?: string | null | undefined;
  /**
   * Workshops held in this region: their venue's country lies in it, by the network's default map of
   * countries to regions (UN M49 sub-regions). Workshops without a venue are never held in a region.
   */
  heldInRegion?: string | null | undefined;
  kind?: WorkshopKind | null | undefined;
  /** BCP 47 tag. */
  language?: string | null | undefined;
  /** Workshops open to groups in this region (or to the whole network): who may register, not where it is held. */
  region?: string | null | undefined;
  status?: WorkshopStatus | null | undefined;
  /**
   * Words of the title, summary or topics' names: every word must match, by one of its forms in
   * English, French or Spanish ("enfant" finds "enfants"), as a prefix ("traff" finds "trafficking"),
   * or with one typo in words of five letters or more; accents and case ignored. Start order stays.
   */
  text?: string | null | undefined;
  /** Workshops that start before this instant. */
  to?: string | null | undefined;
  topic?: string | null | undefined;
};

export type WorkshopFormat =
  | 'HYBRID'
  | 'IN_PERSON'
  | 'ONLINE';

export type WorkshopKind =
  | 'FORUM'
  | 'WEBINAR'
  | 'WORKSHOP';

export type WorkshopQuestionInput = {
  questionId: string | number;
  required?: boolean | null | undefined;
  showIf?: QuestionConditionInput | null | undefined;
};

export type WorkshopSessionInput = {
  endsAt?: string | null | undefined;
  endsAtLocal?: string | null | undefined;
  facilitator?: string | null | undefined;
  /** Link, meeting id or passcode: shown to the Secretariat and confirmed participants only. */
  joiningDetails?: string | null | undefined;
  location?: string | null | undefined;
  /** ISO-8601 with offset; or give startsAtLocal. */
  startsAt?: string | null | undefined;
  /** Local date-time in the workshop's time zone, e.g. 2026-05-04T09:00. */
  startsAtLocal?: string | null | undefined;
  title: string;
};

/** DRAFT is seen by the Secretariat only; PUBLISHED by those eligible; CANCELLED and COMPLETED stay for the record. */
export type WorkshopStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT'
  | 'PUBLISHED';

export type ViewerFragment = { id: string, email: string, name: string, role: Role, language: string, timeZone: string, organization: { id: string, name: string, kind: OrganizationKind } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, name: string, role: Role, language: string, timeZone: string, organization: { id: string, name: string, kind: OrganizationKind } } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { token: string, user: { id: string, email: string, name: string, role: Role, language: string, timeZone: string, organization: { id: string, name: string, kind: OrganizationKind } } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: { revoked: boolean } };

export type CountriesQueryVariables = Exact<{
  language?: string | null | undefined;
}>;


export type CountriesQuery = { countries: Array<{ code: string, name: string, numeric: string }> };

export type AcceptMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptMutation = { acceptInvitation: { token: string, user: { id: string, email: string, name: string, role: Role, language: string, timeZone: string, organization: { id: string, name: string, kind: OrganizationKind } } } };

export type AnswerLinkQueryVariables = Exact<{
  token: string;
  language?: string | null | undefined;
}>;


export type AnswerLinkQuery = { answerLinkQuestions: { answered: Array<string>, workshop: { id: string, title: string, timeZone: string, times: { venueStartsAt: { iso: string } } }, questions: Array<{ required: boolean, question: { id: string, key: string, type: QuestionType, label: string, sensitivity: QuestionSensitivity, choices: Array<{ value: string, label: string }> }, showIf: { equals: string, question: { id: string } } | null }>, missing: Array<{ id: string, label: string }> } };

export type AnswerByLinkMutationVariables = Exact<{
  input: AnswerByLinkInput;
  language?: string | null | undefined;
}>;


export type AnswerByLinkMutation = { answerByLink: { answersComplete: boolean, missing: Array<{ id: string, label: string }> } };

export type CalendarLinksFragment = { public: { name: string, https: string, webcal: string }, regions: Array<{ name: string, https: string, webcal: string }>, topics: Array<{ name: string, https: string, webcal: string }>, personal: { feed: PrivateCalendarFeed, issuedAt: string, link: { name: string, https: string, webcal: string } | null } | null, group: { feed: PrivateCalendarFeed, issuedAt: string, link: { name: string, https: string, webcal: string } | null } | null };

export type PrivateFeedFragment = { feed: PrivateCalendarFeed, issuedAt: string, link: { name: string, https: string, webcal: string } | null };

export type CalendarLinksQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarLinksQuery = { calendarFeeds: { public: { name: string, https: string, webcal: string }, regions: Array<{ name: string, https: string, webcal: string }>, topics: Array<{ name: string, https: string, webcal: string }>, personal: { feed: PrivateCalendarFeed, issuedAt: string, link: { name: string, https: string, webcal: string } | null } | null, group: { feed: PrivateCalendarFeed, issuedAt: string, link: { name: string, https: string, webcal: string } | null } | null } };

export type RotateCalendarTokenMutationVariables = Exact<{
  input: RotateCalendarTokenInput;
}>;


export type RotateCalendarTokenMutation = { rotateCalendarToken: { calendarFeeds: { public: { name: string, https: string, webcal: string }, regions: Array<{ name: string, https: string, webcal: string }>, topics: Array<{ name: string, https: string, webcal: string }>, personal: { feed: PrivateCalendarFeed, issuedAt: string, link: { name: string, https: string, webcal: string } | null } | null, group: { feed: PrivateCalendarFeed, issuedAt: string, link: { name: string, https: string, webcal: string } | null } | null } } };

export type ConfirmMutationVariables = Exact<{
  input: ConfirmEmailInput;
}>;


export type ConfirmMutation = { confirmEmail: { emailConfirmed: boolean } };

export type GroupOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type GroupOverviewQuery = { groupOverview: { confirmed: number, waitlisted: number, offers: number, pendingApproval: number, organization: { id: string, name: string }, workshops: Array<{ confirmed: number, waitlisted: number, offers: number, pendingApproval: number, workshop: { id: string, title: string, timeZone: string, times: { venueStartsAt: { iso: string } } } }> }, open: { edges: Array<{ node: { id: string, title: string, timeZone: string, registrationClosesAt: string | null, times: { venueStartsAt: { iso: string } }, seats: { capacity: number, confirmed: number, waitlisted: number } } }> } };

export type MineQueryVariables = Exact<{ [key: string]: never; }>;


export type MineQuery = { myRegistrations: { edges: Array<{ node: { id: string, status: RegistrationStatus, waitlistPosition: number | null, offerExpiresAt: string | null, answerLink: string | null, missingAnswers: Array<{ id: string }>, workshop: { id: string, title: string, timeZone: string, times: { venueStartsAt: { iso: string, abbreviation: string } } } } }> } };

export type AcceptOfferMutationVariables = Exact<{
  input: AcceptOfferInput;
}>;


export type AcceptOfferMutation = { acceptOffer: { registration: { id: string, status: RegistrationStatus } } };

export type CancelMineMutationVariables = Exact<{
  input: CancelRegistrationInput;
}>;


export type CancelMineMutation = { cancelRegistration: { registration: { id: string } } };

export type NotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsQuery = { notifications: { unreadCount: number, edges: Array<{ node: { id: string, title: string, body: string, createdAt: string, readAt: string | null, workshop: { id: string, title: string } | null } }> } };

export type MarkAllReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllReadMutation = { markNotificationsRead: { marked: number, unreadCount: number } };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { notificationPreferences: { reminders: boolean, digests: boolean } };

export type SaveNotificationPreferencesMutationVariables = Exact<{
  input: UpdateNotificationPreferencesInput;
}>;


export type SaveNotificationPreferencesMutation = { updateNotificationPreferences: { preferences: { reminders: boolean, digests: boolean } } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { accepted: boolean } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { token: string, user: { id: string, email: string, name: string, role: Role, language: string, timeZone: string, organization: { id: string, name: string, kind: OrganizationKind } } } };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { user: { id: string, email: string, name: string, role: Role, language: string, timeZone: string, organization: { id: string, name: string, kind: OrganizationKind } } } };

export type ProgrammeQueryVariables = Exact<{
  filter?: WorkshopFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type ProgrammeQuery = { workshops: { edges: Array<{ node: { id: string, kind: WorkshopKind, title: string, summary: string | null, format: WorkshopFormat, status: WorkshopStatus, languages: Array<string>, topics: Array<string>, timeZone: string, startsAt: string, endsAt: string, venue: { name: string, city: string, country: string } | null, times: { venueStartsAt: { iso: string, local: string, abbreviation: string, timeZone: string }, venueEndsAt: { iso: string, abbreviation: string }, viewerStartsAt: { iso: string, abbreviation: string, timeZone: string } | null }, seats: { capacity: number, confirmed: number, waitlisted: number, available: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ProgrammeMonthQueryVariables = Exact<{
  filter?: WorkshopFilter | null | undefined;
}>;


export type ProgrammeMonthQuery = { workshops: { edges: Array<{ node: { id: string, kind: WorkshopKind, title: string, summary: string | null, format: WorkshopFormat, status: WorkshopStatus, languages: Array<string>, topics: Array<string>, timeZone: string, startsAt: string, endsAt: string, venue: { name: string, city: string, country: string } | null, times: { venueStartsAt: { iso: string, local: string, abbreviation: string, timeZone: string }, venueEndsAt: { iso: string, abbreviation: string }, viewerStartsAt: { iso: string, abbreviation: string, timeZone: string } | null }, seats: { capacity: number, confirmed: number, waitlisted: number, available: number } } }>, pageInfo: { hasNextPage: boolean } } };

export type ResourcesQueryVariables = Exact<{
  filter?: ResourceFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type ResourcesQuery = { resources: { totalCount: number, facets: { kinds: Array<{ value: string, count: number }>, topics: Array<{ value: string, count: number }>, languages: Array<{ value: string, count: number }>, regions: Array<{ value: string, count: number }> }, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, description: string | null, kind: ResourceKind, languages: Array<string>, topics: Array<string>, externalUrl: string | null, organization: { name: string } | null, editions: Array<{ language: string, latest: { filename: string, size: number, downloadUrl: string } }> } }> } };

export type FacetCountFragment = { value: string, count: number };

export type ShareResourceMutationVariables = Exact<{
  input: CreateResourceInput;
}>;


export type ShareResourceMutation = { createResource: { resource: { id: string, title: string } } };

export type WorkshopQueryVariables = Exact<{
  id: string | number;
  language?: string | null | undefined;
}>;


export type WorkshopQuery = { workshop: { description: string | null, onlineUrl: string | null, cancellationReason: string | null, registrationClosesAt: string | null, requiresApproval: boolean, selfRegistration: boolean, perGroupQuota: number | null, id: string, kind: WorkshopKind, title: string, summary: string | null, format: WorkshopFormat, status: WorkshopStatus, languages: Array<string>, topics: Array<string>, timeZone: string, startsAt: string, endsAt: string, questions: Array<{ required: boolean, question: { id: string, key: string, type: QuestionType, label: string, sensitivity: QuestionSensitivity, choices: Array<{ value: string, label: string }> }, showIf: { equals: string, question: { id: string } } | null }>, eligibility: { regions: Array<string> }, venue: { address: string | null, name: string, city: string, country: string } | null, sessions: Array<{ id: string, title: string, facilitator: string | null, location: string | null, times: { venueStartsAt: { iso: string, abbreviation: string } } }>, times: { venueStartsAt: { iso: string, local: string, abbreviation: string, timeZone: string }, venueEndsAt: { iso: string, abbreviation: string }, viewerStartsAt: { iso: string, abbreviation: string, timeZone: string } | null }, seats: { capacity: number, confirmed: number, waitlisted: number, available: number } } | null };

export type RegistrationsQueryVariables = Exact<{
  workshopId: string | number;
  filter?: RegistrationFilter | null | undefined;
}>;


export type RegistrationsQuery = { registrations: { edges: Array<{ node: { id: string, status: RegistrationStatus, waitlistPosition: number | null, attended: boolean | null, participant: { name: string, email: string }, organization: { id: string, name: string } } }> } };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { registrations: Array<{ id: string, status: RegistrationStatus, waitlistPosition: number | null, participant: { name: string } }> } };

export type CancelMutationVariables = Exact<{
  input: CancelRegistrationInput;
}>;


export type CancelMutation = { cancelRegistration: { registration: { id: string, status: RegistrationStatus } } };

export type AskedQuestionFragment = { required: boolean, question: { id: string, key: string, type: QuestionType, label: string, sensitivity: QuestionSensitivity, choices: Array<{ value: string, label: string }> }, showIf: { equals: string, question: { id: string } } | null };

export type WorkshopCardFragment = { id: string, kind: WorkshopKind, title: string, summary: string | null, format: WorkshopFormat, status: WorkshopStatus, languages: Array<string>, topics: Array<string>, timeZone: string, startsAt: string, endsAt: string, venue: { name: string, city: string, country: string } | null, times: { venueStartsAt: { iso: string, local: string, abbreviation: string, timeZone: string }, venueEndsAt: { iso: string, abbreviation: string }, viewerStartsAt: { iso: string, abbreviation: string, timeZone: string } | null }, seats: { capacity: number, confirmed: number, waitlisted: number, available: number } };

export type FeedLinkFragment = { name: string, https: string, webcal: string };

export type ReferenceQueryVariables = Exact<{
  language?: string | null | undefined;
}>;


export type ReferenceQuery = { regions: Array<{ code: string, name: string }>, topics: Array<{ code: string, name: string }>, calendarFeeds: { public: { name: string, https: string, webcal: string }, regions: Array<{ name: string, https: string, webcal: string }>, topics: Array<{ name: string, https: string, webcal: string }> } };

export type CancelWorkshopMutationVariables = Exact<{
  input: CancelWorkshopInput;
}>;


export type CancelWorkshopMutation = { cancelWorkshop: { workshop: { id: string, status: WorkshopStatus } } };

export type FailedDeliveriesQueryVariables = Exact<{ [key: string]: never; }>;


export type FailedDeliveriesQuery = { notificationDeliveries: { edges: Array<{ node: { id: string, kind: NotificationKind, recipientName: string, recipientEmail: string, attempts: number, lastError: string | null, createdAt: string, workshop: { id: string, title: string } | null } }> } };

export type RetryDeliveryMutationVariables = Exact<{
  input: RetryNotificationDeliveryInput;
}>;


export type RetryDeliveryMutation = { retryNotificationDelivery: { delivery: { id: string, state: DeliveryState } } };

export type FindOrganisationsQueryVariables = Exact<{
  text?: string | null | undefined;
}>;


export type FindOrganisationsQuery = { organizations: { totalCount: number, edges: Array<{ node: { id: string, name: string, country: string } }> } };

export type OrganisationsQueryVariables = Exact<{
  filter?: OrganizationFilter | null | undefined;
}>;


export type OrganisationsQuery = { organizations: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: OrganizationKind, country: string, region: string, membershipStatus: MembershipStatus | null } }>, countries: Array<{ value: string, count: number }> } };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganisationMutation = { createOrganization: { organization: { id: string } } };

export type InviteMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteMutation = { inviteUser: { inviteUrl: string | null } };

export type QuestionLibraryQueryVariables = Exact<{
  includeArchived?: boolean | null | undefined;
  language?: string | null | undefined;
}>;


export type QuestionLibraryQuery = { registrationQuestions: Array<{ id: string, key: string, type: QuestionType, label: string, sensitivity: QuestionSensitivity, purgeAfterDays: number | null, archived: boolean, labels: { en: string, fr: string | null, es: string | null }, choices: Array<{ value: string, labels: { en: string, fr: string | null, es: string | null } }> }> };

export type CreateRegistrationQuestionMutationVariables = Exact<{
  input: CreateRegistrationQuestionInput;
}>;


export type CreateRegistrationQuestionMutation = { createRegistrationQuestion: { question: { id: string } } };

export type UpdateRegistrationQuestionMutationVariables = Exact<{
  input: UpdateRegistrationQuestionInput;
}>;


export type UpdateRegistrationQuestionMutation = { updateRegistrationQuestion: { question: { id: string } } };

export type ApprovalsWaitingQueryVariables = Exact<{ [key: string]: never; }>;


export type ApprovalsWaitingQuery = { approvalQueue: { total: number } };

export type SecretariatHomeQueryVariables = Exact<{
  now: string;
  weekEnd: string;
}>;


export type SecretariatHomeQuery = { approvalQueue: { total: number, workshops: Array<{ pendingApproval: number, workshop: { id: string, title: string, timeZone: string, times: { venueStartsAt: { iso: string } }, seats: { capacity: number, confirmed: number, waitlisted: number, available: number } } }> }, thisWeek: { edges: Array<{ node: { id: string, title: string, timeZone: string, times: { venueStartsAt: { iso: string } }, seats: { capacity: number, confirmed: number, waitlisted: number, available: number } } }>, pageInfo: { hasNextPage: boolean } }, upcoming: { edges: Array<{ node: { id: string, title: string, timeZone: string, times: { venueStartsAt: { iso: string } }, seats: { capacity: number, confirmed: number, waitlisted: number, available: number } } }> }, failed: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean } }, retrying: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean } } };

export type HomeWorkshopFragment = { id: string, title: string, timeZone: string, times: { venueStartsAt: { iso: string } }, seats: { capacity: number, confirmed: number, waitlisted: number, available: number } };

export type EditableSessionFragment = { id: string, title: string, facilitator: string | null, location: string | null, joiningDetails: string | null, times: { venueStartsAt: { local: string }, venueEndsAt: { local: string } } };

export type SaveWorkshopSessionsMutationVariables = Exact<{
  input: UpdateWorkshopInput;
}>;


export type SaveWorkshopSessionsMutation = { updateWorkshop: { workshop: { id: string, sessions: Array<{ id: string, title: string, facilitator: string | null, location: string | null, joiningDetails: string | null, times: { venueStartsAt: { local: string }, venueEndsAt: { local: string } } }> } } };

export type WorkshopAnswersQueryVariables = Exact<{
  workshopId: string | number;
  language?: string | null | undefined;
}>;


export type WorkshopAnswersQuery = { workshop: { id: string, questions: Array<{ question: { id: string, sensitivity: QuestionSensitivity } }> } | null, registrations: { edges: Array<{ node: { id: string, status: RegistrationStatus, answersComplete: boolean, participant: { name: string, email: string }, missingAnswers: Array<{ id: string, label: string }>, answers: Array<{ value: string | null, values: Array<string>, question: { id: string, key: string, type: QuestionType, label: string, choices: Array<{ value: string, label: string }> } }> } }> } };

export type RemindMissingAnswersMutationVariables = Exact<{
  input: RemindMissingAnswersInput;
}>;


export type RemindMissingAnswersMutation = { remindMissingAnswers: { asked: number } };

export type SecretariatWorkshopQueryVariables = Exact<{
  id: string | number;
}>;


export type SecretariatWorkshopQuery = { workshop: { summary: string | null, description: string | null, onlineUrl: string | null, capacity: number, perGroupQuota: number | null, requiresApproval: boolean, selfRegistration: boolean, cancellationReason: string | null, id: string, kind: WorkshopKind, title: string, format: WorkshopFormat, status: WorkshopStatus, languages: Array<string>, topics: Array<string>, timeZone: string, startsAt: string, endsAt: string, venue: { address: string | null, name: string, city: string, country: string } | null, times: { venueStartsAt: { local: string, iso: string, abbreviation: string, timeZone: string }, venueEndsAt: { local: string, iso: string, abbreviation: string }, viewerStartsAt: { iso: string, abbreviation: string, timeZone: string } | null }, eligibility: { regions: Array<string> }, sessions: Array<{ id: string, title: string, facilitator: string | null, location: string | null, joiningDetails: string | null, times: { venueStartsAt: { local: string }, venueEndsAt: { local: string } } }>, seats: { capacity: number, confirmed: number, waitlisted: number, available: number } } | null };

export type CreateWorkshopMutationVariables = Exact<{
  input: CreateWorkshopInput;
}>;


export type CreateWorkshopMutation = { createWorkshop: { workshop: { id: string } } };

export type CreateWorkshopSeriesMutationVariables = Exact<{
  input: CreateWorkshopSeriesInput;
}>;


export type CreateWorkshopSeriesMutation = { createWorkshopSeries: { seriesId: string, workshops: Array<{ id: string }> } };

export type UpdateWorkshopMutationVariables = Exact<{
  input: UpdateWorkshopInput;
}>;


export type UpdateWorkshopMutation = { updateWorkshop: { workshop: { id: string } } };

export type PublishWorkshopMutationVariables = Exact<{
  input: PublishWorkshopInput;
}>;


export type PublishWorkshopMutation = { publishWorkshop: { workshop: { id: string, status: WorkshopStatus } } };

export type SecretariatWorkshopsQueryVariables = Exact<{
  filter?: WorkshopFilter | null | undefined;
}>;


export type SecretariatWorkshopsQuery = { workshops: { edges: Array<{ node: { id: string, kind: WorkshopKind, title: string, summary: string | null, format: WorkshopFormat, status: WorkshopStatus, languages: Array<string>, topics: Array<string>, timeZone: string, startsAt: string, endsAt: string, venue: { name: string, city: string, country: string } | null, times: { venueStartsAt: { iso: string, local: string, abbreviation: string, timeZone: string }, venueEndsAt: { iso: string, abbreviation: string }, viewerStartsAt: { iso: string, abbreviation: string, timeZone: string } | null }, seats: { capacity: number, confirmed: number, waitlisted: number, available: number } } }> } };

export type WorkshopNeedsQueryVariables = Exact<{
  workshopId: string | number;
  language?: string | null | undefined;
}>;


export type WorkshopNeedsQuery = { workshopReport: { needs: Array<{ answered: number, question: { id: string, key: string, label: string }, answers: Array<{ value: string, label: string, count: number }> }> } };

export type WorkshopQuestionsEditorQueryVariables = Exact<{
  id: string | number;
  language?: string | null | undefined;
}>;


export type WorkshopQuestionsEditorQuery = { workshop: { id: string, questions: Array<{ required: boolean, question: { id: string, key: string, type: QuestionType, label: string, sensitivity: QuestionSensitivity, choices: Array<{ value: string, label: string }> }, showIf: { equals: string, question: { id: string } } | null }> } | null, registrationQuestions: Array<{ id: string, key: string, type: QuestionType, label: string, sensitivity: QuestionSensitivity, choices: Array<{ value: string, label: string }> }> };

export type SetWorkshopQuestionsMutationVariables = Exact<{
  input: SetWorkshopQuestionsInput;
}>;


export type SetWorkshopQuestionsMutation = { setWorkshopQuestions: { workshop: { id: string } } };

export type RecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type RecordAttendanceMutation = { recordAttendance: { registration: { id: string } } };

export type ApproveMutationVariables = Exact<{
  input: ApproveRegistrationInput;
}>;


export type ApproveMutation = { approveRegistration: { registration: { id: string, status: RegistrationStatus, waitlistPosition: number | null, participant: { name: string } } } };

export type DeclineMutationVariables = Exact<{
  input: DeclineRegistrationInput;
}>;


export type DeclineMutation = { declineRegistration: { registration: { id: string } } };

export type CancelRegistrationMutationVariables = Exact<{
  input: CancelRegistrationInput;
}>;


export type CancelRegistrationMutation = { cancelRegistration: { registration: { id: string } } };

export type WorkshopReportPageQueryVariables = Exact<{
  workshopId: string | number;
}>;


export type WorkshopReportPageQuery = { workshopReport: { attendanceRate: number | null, workshop: { id: string, title: string, status: WorkshopStatus, timeZone: string, times: { venueStartsAt: { iso: string } }, seats: { capacity: number, confirmed: number, waitlisted: number } }, byStatus: { confirmed: number, waitlisted: number, pendingApproval: number, declined: number, cancelled: number }, byRegion: Array<{ code: string, confirmed: number, attended: number }>, byCountry: Array<{ code: string, confirmed: number, attended: number }>, byGroup: Array<{ confirmed: number, attended: number, organization: { id: string, name: string, country: string } }> } };

export type CancelImpactQueryVariables = Exact<{
  workshopId: string | number;
}>;


export type CancelImpactQuery = { workshopReport: { byStatus: { confirmed: number, waitlisted: number, pendingApproval: number }, byGroup: Array<{ organization: { id: string } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ViewerFragmentDoc = new TypedDocumentString(`
    fragment Viewer on User {
  id
  email
  name
  role
  language
  timeZone
  organization {
    id
    name
    kind
  }
}
    `, {"fragmentName":"Viewer"}) as unknown as TypedDocumentString<ViewerFragment, unknown>;
export const FeedLinkFragmentDoc = new TypedDocumentString(`
    fragment FeedLink on CalendarFeedLink {
  name
  https
  webcal
}
    `, {"fragmentName":"FeedLink"}) as unknown as TypedDocumentString<FeedLinkFragment, unknown>;
export const PrivateFeedFragmentDoc = new TypedDocumentString(`
    fragment PrivateFeed on PrivateCalendarFeedLink {
  feed
  issuedAt
  link {
    ...FeedLink
  }
}
    fragment FeedLink on CalendarFeedLink {
  name
  https
  webcal
}`, {"fragmentName":"PrivateFeed"}) as unknown as TypedDocumentString<PrivateFeedFragment, unknown>;
export const CalendarLinksFragmentDoc = new TypedDocumentString(`
    fragment CalendarLinks on CalendarFeeds {
  public {
    ...FeedLink
  }
  regions {
    ...FeedLink
  }
  topics {
    ...FeedLink
  }
  personal {
    ...PrivateFeed
  }
  group {
    ...PrivateFeed
  }
}
    fragment PrivateFeed on PrivateCalendarFeedLink {
  feed
  issuedAt
  link {
    ...FeedLink
  }
}
fragment FeedLink on CalendarFeedLink {
  name
  https
  webcal
}`, {"fragmentName":"CalendarLinks"}) as unknown as TypedDocumentString<CalendarLinksFragment, unknown>;
export const FacetCountFragmentDoc = new TypedDocumentString(`
    fragment FacetCount on FacetCount {
  value
  count
}
    `, {"fragmentName":"FacetCount"}) as unknown as TypedDocumentString<FacetCountFragment, unknown>;
export const AskedQuestionFragmentDoc = new TypedDocumentString(`
    fragment AskedQuestion on WorkshopQuestion {
  question {
    id
    key
    type
    label(language: $language)
    choices {
      value
      label(language: $language)
    }
    sensitivity
  }
  required
  showIf {
    question {
      id
    }
    equals
  }
}
    `, {"fragmentName":"AskedQuestion"}) as unknown as TypedDocumentString<AskedQuestionFragment, unknown>;
export const WorkshopCardFragmentDoc = new TypedDocumentString(`
    fragment WorkshopCard on Workshop {
  id
  kind
  title
  summary
  format
  status
  languages
  topics
  timeZone
  startsAt
  endsAt
  venue {
    name
    city
    country
  }
  times {
    venueStartsAt {
      iso
      local
      abbreviation
      timeZone
    }
    venueEndsAt {
      iso
      abbreviation
    }
    viewerStartsAt {
      iso
      abbreviation
      timeZone
    }
  }
  seats {
    capacity
    confirmed
    waitlisted
    available
  }
}
    `, {"fragmentName":"WorkshopCard"}) as unknown as TypedDocumentString<WorkshopCardFragment, unknown>;
export const HomeWorkshopFragmentDoc = new TypedDocumentString(`
    fragment HomeWorkshop on Workshop {
  id
  title
  timeZone
  times {
    venueStartsAt {
      iso
    }
  }
  seats {
    capacity
    confirmed
    waitlisted
    available
  }
}
    `, {"fragmentName":"HomeWorkshop"}) as unknown as TypedDocumentString<HomeWorkshopFragment, unknown>;
export const EditableSessionFragmentDoc = new TypedDocumentString(`
    fragment EditableSession on WorkshopSession {
  id
  title
  facilitator
  location
  joiningDetails
  times {
    venueStartsAt {
      local
    }
    venueEndsAt {
      local
    }
  }
}
    `, {"fragmentName":"EditableSession"}) as unknown as TypedDocumentString<EditableSessionFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...Viewer
  }
}
    fragment Viewer on User {
  id
  email
  name
  role
  language
  timeZone
  organization {
    id
    name
    kind
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    token
    user {
      ...Viewer
    }
  }
}
    fragment Viewer on User {
  id
  email
  name
  role
  language
  timeZone
  organization {
    id
    name
    kind
  }
}`) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut {
    revoked
  }
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const CountriesDocument = new TypedDocumentString(`
    query Countries($language: String) {
  countries(language: $language) {
    code
    name
    numeric
  }
}
    `) as unknown as TypedDocumentString<CountriesQuery, CountriesQueryVariables>;
export const AcceptDocument = new TypedDocumentString(`
    mutation Accept($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    token
    user {
      ...Viewer
    }
  }
}
    fragment Viewer on User {
  id
  email
  name
  role
  language
  timeZone
  organization {
    id
    name
    kind
  }
}`) as unknown as TypedDocumentString<AcceptMutation, AcceptMutationVariables>;
export const AnswerLinkDocument = new TypedDocumentString(`
    query AnswerLink($token: String!, $language: String) {
  answerLinkQuestions(token: $token) {
    workshop {
      id
      title
      timeZone
      times {
        venueStartsAt {
          iso
        }
      }
    }
    questions {
      ...AskedQuestion
    }
    answered
    missing {
      id
      label(language: $language)
    }
  }
}
    fragment AskedQuestion on WorkshopQuestion {
  question {
    id
    key
    type
    label(language: $language)
    choices {
      value
      label(language: $language)
    }
    sensitivity
  }
  required
  showIf {
    question {
      id
    }
    equals
  }
}`) as unknown as TypedDocumentString<AnswerLinkQuery, AnswerLinkQueryVariables>;
export const AnswerByLinkDocument = new TypedDocumentString(`
    mutation AnswerByLink($input: AnswerByLinkInput!, $language: String) {
  answerByLink(input: $input) {
    answersComplete
    missing {
      id
      label(language: $language)
    }
  }
}
    `) as unknown as TypedDocumentString<AnswerByLinkMutation, AnswerByLinkMutationVariables>;
export const CalendarLinksDocument = new TypedDocumentString(`
    query CalendarLinks {
  calendarFeeds {
    ...CalendarLinks
  }
}
    fragment CalendarLinks on CalendarFeeds {
  public {
    ...FeedLink
  }
  regions {
    ...FeedLink
  }
  topics {
    ...FeedLink
  }
  personal {
    ...PrivateFeed
  }
  group {
    ...PrivateFeed
  }
}
fragment PrivateFeed on PrivateCalendarFeedLink {
  feed
  issuedAt
  link {
    ...FeedLink
  }
}
fragment FeedLink on CalendarFeedLink {
  name
  https
  webcal
}`) as unknown as TypedDocumentString<CalendarLinksQuery, CalendarLinksQueryVariables>;
export const RotateCalendarTokenDocument = new TypedDocumentString(`
    mutation RotateCalendarToken($input: RotateCalendarTokenInput!) {
  rotateCalendarToken(input: $input) {
    calendarFeeds {
      ...CalendarLinks
    }
  }
}
    fragment CalendarLinks on CalendarFeeds {
  public {
    ...FeedLink
  }
  regions {
    ...FeedLink
  }
  topics {
    ...FeedLink
  }
  personal {
    ...PrivateFeed
  }
  group {
    ...PrivateFeed
  }
}
fragment PrivateFeed on PrivateCalendarFeedLink {
  feed
  issuedAt
  link {
    ...FeedLink
  }
}
fragment FeedLink on CalendarFeedLink {
  name
  https
  webcal
}`) as unknown as TypedDocumentString<RotateCalendarTokenMutation, RotateCalendarTokenMutationVariables>;
export const ConfirmDocument = new TypedDocumentString(`
    mutation Confirm($input: ConfirmEmailInput!) {
  confirmEmail(input: $input) {
    emailConfirmed
  }
}
    `) as unknown as TypedDocumentString<ConfirmMutation, ConfirmMutationVariables>;
export const GroupOverviewDocument = new TypedDocumentString(`
    query GroupOverview {
  groupOverview {
    organization {
      id
      name
    }
    confirmed
    waitlisted
    offers
    pendingApproval
    workshops {
      workshop {
        id
        title
        timeZone
        times {
          venueStartsAt {
            iso
          }
        }
      }
      confirmed
      waitlisted
      offers
      pendingApproval
    }
  }
  open: workshops(
    filter: {eligibleForMyGroup: true, status: PUBLISHED}
    first: 50
  ) {
    edges {
      node {
        id
        title
        timeZone
        registrationClosesAt
        times {
          venueStartsAt {
            iso
          }
        }
        seats {
          capacity
          confirmed
          waitlisted
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GroupOverviewQuery, GroupOverviewQueryVariables>;
export const MineDocument = new TypedDocumentString(`
    query Mine {
  myRegistrations(first: 50) {
    edges {
      node {
        id
        status
        waitlistPosition
        offerExpiresAt
        answerLink
        missingAnswers {
          id
        }
        workshop {
          id
          title
          timeZone
          times {
            venueStartsAt {
              iso
              abbreviation
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MineQuery, MineQueryVariables>;
export const AcceptOfferDocument = new TypedDocumentString(`
    mutation AcceptOffer($input: AcceptOfferInput!) {
  acceptOffer(input: $input) {
    registration {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptOfferMutation, AcceptOfferMutationVariables>;
export const CancelMineDocument = new TypedDocumentString(`
    mutation CancelMine($input: CancelRegistrationInput!) {
  cancelRegistration(input: $input) {
    registration {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CancelMineMutation, CancelMineMutationVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications {
  notifications(first: 50) {
    unreadCount
    edges {
      node {
        id
        title
        body
        createdAt
        readAt
        workshop {
          id
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const MarkAllReadDocument = new TypedDocumentString(`
    mutation MarkAllRead {
  markNotificationsRead(input: {all: true}) {
    marked
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<MarkAllReadMutation, MarkAllReadMutationVariables>;
export const NotificationPreferencesDocument = new TypedDocumentString(`
    query NotificationPreferences {
  notificationPreferences {
    reminders
    digests
  }
}
    `) as unknown as TypedDocumentString<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const SaveNotificationPreferencesDocument = new TypedDocumentString(`
    mutation SaveNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) {
    preferences {
      reminders
      digests
    }
  }
}
    `) as unknown as TypedDocumentString<SaveNotificationPreferencesMutation, SaveNotificationPreferencesMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input) {
    accepted
  }
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    token
    user {
      ...Viewer
    }
  }
}
    fragment Viewer on User {
  id
  email
  name
  role
  language
  timeZone
  organization {
    id
    name
    kind
  }
}`) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    user {
      ...Viewer
    }
  }
}
    fragment Viewer on User {
  id
  email
  name
  role
  language
  timeZone
  organization {
    id
    name
    kind
  }
}`) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const ProgrammeDocument = new TypedDocumentString(`
    query Programme($filter: WorkshopFilter, $after: String) {
  workshops(filter: $filter, first: 20, after: $after) {
    edges {
      node {
        ...WorkshopCard
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment WorkshopCard on Workshop {
  id
  kind
  title
  summary
  format
  status
  languages
  topics
  timeZone
  startsAt
  endsAt
  venue {
    name
    city
    country
  }
  times {
    venueStartsAt {
      iso
      local
      abbreviation
      timeZone
    }
    venueEndsAt {
      iso
      abbreviation
    }
    viewerStartsAt {
      iso
      abbreviation
      timeZone
    }
  }
  seats {
    capacity
    confirmed
    waitlisted
    available
  }
}`) as unknown as TypedDocumentString<ProgrammeQuery, ProgrammeQueryVariables>;
export const ProgrammeMonthDocument = new TypedDocumentString(`
    query ProgrammeMonth($filter: WorkshopFilter) {
  workshops(filter: $filter, first: 100) {
    edges {
      node {
        ...WorkshopCard
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    fragment WorkshopCard on Workshop {
  id
  kind
  title
  summary
  format
  status
  languages
  topics
  timeZone
  startsAt
  endsAt
  venue {
    name
    city
    country
  }
  times {
    venueStartsAt {
      iso
      local
      abbreviation
      timeZone
    }
    venueEndsAt {
      iso
      abbreviation
    }
    viewerStartsAt {
      iso
      abbreviation
      timeZone
    }
  }
  seats {
    capacity
    confirmed
    waitlisted
    available
  }
}`) as unknown as TypedDocumentString<ProgrammeMonthQuery, ProgrammeMonthQueryVariables>;
export const ResourcesDocument = new TypedDocumentString(`
    query Resources($filter: ResourceFilter, $after: String) {
  resources(filter: $filter, first: 20, after: $after) {
    totalCount
    facets {
      kinds {
        ...FacetCount
      }
      topics {
        ...FacetCount
      }
      languages {
        ...FacetCount
      }
      regions {
        ...FacetCount
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        description
        kind
        languages
        topics
        externalUrl
        organization {
          name
        }
        editions {
          language
          latest {
            filename
            size
            downloadUrl
          }
        }
      }
    }
  }
}
    fragment FacetCount on FacetCount {
  value
  count
}`) as unknown as TypedDocumentString<ResourcesQuery, ResourcesQueryVariables>;
export const ShareResourceDocument = new TypedDocumentString(`
    mutation ShareResource($input: CreateResourceInput!) {
  createResource(input: $input) {
    resource {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<ShareResourceMutation, ShareResourceMutationVariables>;
export const WorkshopDocument = new TypedDocumentString(`
    query Workshop($id: ID!, $language: String) {
  workshop(id: $id) {
    ...WorkshopCard
    questions {
      ...AskedQuestion
    }
    description
    onlineUrl
    cancellationReason
    registrationClosesAt
    requiresApproval
    selfRegistration
    perGroupQuota
    eligibility {
      regions
    }
    venue {
      address
    }
    sessions {
      id
      title
      facilitator
      location
      times {
        venueStartsAt {
          iso
          abbreviation
        }
      }
    }
  }
}
    fragment AskedQuestion on WorkshopQuestion {
  question {
    id
    key
    type
    label(language: $language)
    choices {
      value
      label(language: $language)
    }
    sensitivity
  }
  required
  showIf {
    question {
      id
    }
    equals
  }
}
fragment WorkshopCard on Workshop {
  id
  kind
  title
  summary
  format
  status
  languages
  topics
  timeZone
  startsAt
  endsAt
  venue {
    name
    city
    country
  }
  times {
    venueStartsAt {
      iso
      local
      abbreviation
      timeZone
    }
    venueEndsAt {
      iso
      abbreviation
    }
    viewerStartsAt {
      iso
      abbreviation
      timeZone
    }
  }
  seats {
    capacity
    confirmed
    waitlisted
    available
  }
}`) as unknown as TypedDocumentString<WorkshopQuery, WorkshopQueryVariables>;
export const RegistrationsDocument = new TypedDocumentString(`
    query Registrations($workshopId: ID!, $filter: RegistrationFilter) {
  registrations(workshopId: $workshopId, filter: $filter, first: 100) {
    edges {
      node {
        id
        status
        waitlistPosition
        attended
        participant {
          name
          email
        }
        organization {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationsQuery, RegistrationsQueryVariables>;
export const RegisterDocument = new TypedDocumentString(`
    mutation Register($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
      status
      waitlistPosition
      participant {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterMutation, RegisterMutationVariables>;
export const CancelDocument = new TypedDocumentString(`
    mutation Cancel($input: CancelRegistrationInput!) {
  cancelRegistration(input: $input) {
    registration {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CancelMutation, CancelMutationVariables>;
export const ReferenceDocument = new TypedDocumentString(`
    query Reference($language: String) {
  regions(language: $language) {
    code
    name
  }
  topics(language: $language) {
    code
    name
  }
  calendarFeeds {
    public {
      ...FeedLink
    }
    regions {
      ...FeedLink
    }
    topics {
      ...FeedLink
    }
  }
}
    fragment FeedLink on CalendarFeedLink {
  name
  https
  webcal
}`) as unknown as TypedDocumentString<ReferenceQuery, ReferenceQueryVariables>;
export const CancelWorkshopDocument = new TypedDocumentString(`
    mutation CancelWorkshop($input: CancelWorkshopInput!) {
  cancelWorkshop(input: $input) {
    workshop {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CancelWorkshopMutation, CancelWorkshopMutationVariables>;
export const FailedDeliveriesDocument = new TypedDocumentString(`
    query FailedDeliveries {
  notificationDeliveries(filter: {states: [FAILED]}, first: 50) {
    edges {
      node {
        id
        kind
        recipientName
        recipientEmail
        attempts
        lastError
        createdAt
        workshop {
          id
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FailedDeliveriesQuery, FailedDeliveriesQueryVariables>;
export const RetryDeliveryDocument = new TypedDocumentString(`
    mutation RetryDelivery($input: RetryNotificationDeliveryInput!) {
  retryNotificationDelivery(input: $input) {
    delivery {
      id
      state
    }
  }
}
    `) as unknown as TypedDocumentString<RetryDeliveryMutation, RetryDeliveryMutationVariables>;
export const FindOrganisationsDocument = new TypedDocumentString(`
    query FindOrganisations($text: String) {
  organizations(filter: {text: $text}, first: 10) {
    totalCount
    edges {
      node {
        id
        name
        country
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FindOrganisationsQuery, FindOrganisationsQueryVariables>;
export const OrganisationsDocument = new TypedDocumentString(`
    query Organisations($filter: OrganizationFilter) {
  organizations(filter: $filter, first: 100) {
    edges {
      node {
        id
        name
        kind
        country
        region
        membershipStatus
      }
    }
    totalCount
    countries {
      value
      count
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationsQuery, OrganisationsQueryVariables>;
export const CreateOrganisationDocument = new TypedDocumentString(`
    mutation CreateOrganisation($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    organization {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const InviteDocument = new TypedDocumentString(`
    mutation Invite($input: InviteUserInput!) {
  inviteUser(input: $input) {
    inviteUrl
  }
}
    `) as unknown as TypedDocumentString<InviteMutation, InviteMutationVariables>;
export const QuestionLibraryDocument = new TypedDocumentString(`
    query QuestionLibrary($includeArchived: Boolean, $language: String) {
  registrationQuestions(includeArchived: $includeArchived) {
    id
    key
    type
    label(language: $language)
    labels {
      en
      fr
      es
    }
    choices {
      value
      labels {
        en
        fr
        es
      }
    }
    sensitivity
    purgeAfterDays
    archived
  }
}
    `) as unknown as TypedDocumentString<QuestionLibraryQuery, QuestionLibraryQueryVariables>;
export const CreateRegistrationQuestionDocument = new TypedDocumentString(`
    mutation CreateRegistrationQuestion($input: CreateRegistrationQuestionInput!) {
  createRegistrationQuestion(input: $input) {
    question {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateRegistrationQuestionMutation, CreateRegistrationQuestionMutationVariables>;
export const UpdateRegistrationQuestionDocument = new TypedDocumentString(`
    mutation UpdateRegistrationQuestion($input: UpdateRegistrationQuestionInput!) {
  updateRegistrationQuestion(input: $input) {
    question {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateRegistrationQuestionMutation, UpdateRegistrationQuestionMutationVariables>;
export const ApprovalsWaitingDocument = new TypedDocumentString(`
    query ApprovalsWaiting {
  approvalQueue {
    total
  }
}
    `) as unknown as TypedDocumentString<ApprovalsWaitingQuery, ApprovalsWaitingQueryVariables>;
export const SecretariatHomeDocument = new TypedDocumentString(`
    query SecretariatHome($now: DateTime!, $weekEnd: DateTime!) {
  approvalQueue {
    total
    workshops {
      workshop {
        ...HomeWorkshop
      }
      pendingApproval
    }
  }
  thisWeek: workshops(
    filter: {status: PUBLISHED, from: $now, to: $weekEnd}
    first: 20
  ) {
    edges {
      node {
        ...HomeWorkshop
      }
    }
    pageInfo {
      hasNextPage
    }
  }
  upcoming: workshops(filter: {status: PUBLISHED, from: $now}, first: 100) {
    edges {
      node {
        ...HomeWorkshop
      }
    }
  }
  failed: notificationDeliveries(filter: {states: [FAILED]}, first: 50) {
    edges {
      node {
        id
      }
    }
    pageInfo {
      hasNextPage
    }
  }
  retrying: notificationDeliveries(filter: {states: [RETRYING]}, first: 50) {
    edges {
      node {
        id
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    fragment HomeWorkshop on Workshop {
  id
  title
  timeZone
  times {
    venueStartsAt {
      iso
    }
  }
  seats {
    capacity
    confirmed
    waitlisted
    available
  }
}`) as unknown as TypedDocumentString<SecretariatHomeQuery, SecretariatHomeQueryVariables>;
export const SaveWorkshopSessionsDocument = new TypedDocumentString(`
    mutation SaveWorkshopSessions($input: UpdateWorkshopInput!) {
  updateWorkshop(input: $input) {
    workshop {
      id
      sessions {
        ...EditableSession
      }
    }
  }
}
    fragment EditableSession on WorkshopSession {
  id
  title
  facilitator
  location
  joiningDetails
  times {
    venueStartsAt {
      local
    }
    venueEndsAt {
      local
    }
  }
}`) as unknown as TypedDocumentString<SaveWorkshopSessionsMutation, SaveWorkshopSessionsMutationVariables>;
export const WorkshopAnswersDocument = new TypedDocumentString(`
    query WorkshopAnswers($workshopId: ID!, $language: String) {
  workshop(id: $workshopId) {
    id
    questions {
      question {
        id
        sensitivity
      }
    }
  }
  registrations(workshopId: $workshopId, first: 100) {
    edges {
      node {
        id
        status
        participant {
          name
          email
        }
        answersComplete
        missingAnswers {
          id
          label(language: $language)
        }
        answers {
          question {
            id
            key
            type
            label(language: $language)
            choices {
              value
              label(language: $language)
            }
          }
          value
          values
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkshopAnswersQuery, WorkshopAnswersQueryVariables>;
export const RemindMissingAnswersDocument = new TypedDocumentString(`
    mutation RemindMissingAnswers($input: RemindMissingAnswersInput!) {
  remindMissingAnswers(input: $input) {
    asked
  }
}
    `) as unknown as TypedDocumentString<RemindMissingAnswersMutation, RemindMissingAnswersMutationVariables>;
export const SecretariatWorkshopDocument = new TypedDocumentString(`
    query SecretariatWorkshop($id: ID!) {
  workshop(id: $id) {
    ...WorkshopCard
    summary
    description
    onlineUrl
    capacity
    perGroupQuota
    requiresApproval
    selfRegistration
    cancellationReason
    venue {
      name
      address
      city
      country
    }
    times {
      venueStartsAt {
        local
      }
      venueEndsAt {
        local
      }
    }
    eligibility {
      regions
    }
    sessions {
      ...EditableSession
    }
  }
}
    fragment WorkshopCard on Workshop {
  id
  kind
  title
  summary
  format
  status
  languages
  topics
  timeZone
  startsAt
  endsAt
  venue {
    name
    city
    country
  }
  times {
    venueStartsAt {
      iso
      local
      abbreviation
      timeZone
    }
    venueEndsAt {
      iso
      abbreviation
    }
    viewerStartsAt {
      iso
      abbreviation
      timeZone
    }
  }
  seats {
    capacity
    confirmed
    waitlisted
    available
  }
}
fragment EditableSession on WorkshopSession {
  id
  title
  facilitator
  location
  joiningDetails
  times {
    venueStartsAt {
      local
    }
    venueEndsAt {
      local
    }
  }
}`) as unknown as TypedDocumentString<SecretariatWorkshopQuery, SecretariatWorkshopQueryVariables>;
export const CreateWorkshopDocument = new TypedDocumentString(`
    mutation CreateWorkshop($input: CreateWorkshopInput!) {
  createWorkshop(input: $input) {
    workshop {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateWorkshopMutation, CreateWorkshopMutationVariables>;
export const CreateWorkshopSeriesDocument = new TypedDocumentString(`
    mutation CreateWorkshopSeries($input: CreateWorkshopSeriesInput!) {
  createWorkshopSeries(input: $input) {
    seriesId
    workshops {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateWorkshopSeriesMutation, CreateWorkshopSeriesMutationVariables>;
export const UpdateWorkshopDocument = new TypedDocumentString(`
    mutation UpdateWorkshop($input: UpdateWorkshopInput!) {
  updateWorkshop(input: $input) {
    workshop {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateWorkshopMutation, UpdateWorkshopMutationVariables>;
export const PublishWorkshopDocument = new TypedDocumentString(`
    mutation PublishWorkshop($input: PublishWorkshopInput!) {
  publishWorkshop(input: $input) {
    workshop {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PublishWorkshopMutation, PublishWorkshopMutationVariables>;
export const SecretariatWorkshopsDocument = new TypedDocumentString(`
    query SecretariatWorkshops($filter: WorkshopFilter) {
  workshops(filter: $filter, first: 100) {
    edges {
      node {
        ...WorkshopCard
      }
    }
  }
}
    fragment WorkshopCard on Workshop {
  id
  kind
  title
  summary
  format
  status
  languages
  topics
  timeZone
  startsAt
  endsAt
  venue {
    name
    city
    country
  }
  times {
    venueStartsAt {
      iso
      local
      abbreviation
      timeZone
    }
    venueEndsAt {
      iso
      abbreviation
    }
    viewerStartsAt {
      iso
      abbreviation
      timeZone
    }
  }
  seats {
    capacity
    confirmed
    waitlisted
    available
  }
}`) as unknown as TypedDocumentString<SecretariatWorkshopsQuery, SecretariatWorkshopsQueryVariables>;
export const WorkshopNeedsDocument = new TypedDocumentString(`
    query WorkshopNeeds($workshopId: ID!, $language: String) {
  workshopReport(workshopId: $workshopId) {
    needs {
      question {
        id
        key
        label(language: $language)
      }
      answered
      answers {
        value
        label(language: $language)
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkshopNeedsQuery, WorkshopNeedsQueryVariables>;
export const WorkshopQuestionsEditorDocument = new TypedDocumentString(`
    query WorkshopQuestionsEditor($id: ID!, $language: String) {
  workshop(id: $id) {
    id
    questions {
      ...AskedQuestion
    }
  }
  registrationQuestions {
    id
    key
    type
    label(language: $language)
    choices {
      value
      label(language: $language)
    }
    sensitivity
  }
}
    fragment AskedQuestion on WorkshopQuestion {
  question {
    id
    key
    type
    label(language: $language)
    choices {
      value
      label(language: $language)
    }
    sensitivity
  }
  required
  showIf {
    question {
      id
    }
    equals
  }
}`) as unknown as TypedDocumentString<WorkshopQuestionsEditorQuery, WorkshopQuestionsEditorQueryVariables>;
export const SetWorkshopQuestionsDocument = new TypedDocumentString(`
    mutation SetWorkshopQuestions($input: SetWorkshopQuestionsInput!) {
  setWorkshopQuestions(input: $input) {
    workshop {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SetWorkshopQuestionsMutation, SetWorkshopQuestionsMutationVariables>;
export const RecordAttendanceDocument = new TypedDocumentString(`
    mutation RecordAttendance($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) {
    registration {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const ApproveDocument = new TypedDocumentString(`
    mutation Approve($input: ApproveRegistrationInput!) {
  approveRegistration(input: $input) {
    registration {
      id
      status
      waitlistPosition
      participant {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApproveMutation, ApproveMutationVariables>;
export const DeclineDocument = new TypedDocumentString(`
    mutation Decline($input: DeclineRegistrationInput!) {
  declineRegistration(input: $input) {
    registration {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DeclineMutation, DeclineMutationVariables>;
export const CancelRegistrationDocument = new TypedDocumentString(`
    mutation CancelRegistration($input: CancelRegistrationInput!) {
  cancelRegistration(input: $input) {
    registration {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CancelRegistrationMutation, CancelRegistrationMutationVariables>;
export const WorkshopReportPageDocument = new TypedDocumentString(`
    query WorkshopReportPage($workshopId: ID!) {
  workshopReport(workshopId: $workshopId) {
    workshop {
      id
      title
      status
      timeZone
      times {
        venueStartsAt {
          iso
        }
      }
      seats {
        capacity
        confirmed
        waitlisted
      }
    }
    byStatus {
      confirmed
      waitlisted
      pendingApproval
      declined
      cancelled
    }
    byRegion {
      code
      confirmed
      attended
    }
    byCountry {
      code
      confirmed
      attended
    }
    byGroup {
      organization {
        id
        name
        country
      }
      confirmed
      attended
    }
    attendanceRate
  }
}
    `) as unknown as TypedDocumentString<WorkshopReportPageQuery, WorkshopReportPageQueryVariables>;
export const CancelImpactDocument = new TypedDocumentString(`
    query CancelImpact($workshopId: ID!) {
  workshopReport(workshopId: $workshopId) {
    byStatus {
      confirmed
      waitlisted
      pendingApproval
    }
    byGroup {
      organization {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CancelImpactQuery, CancelImpactQueryVariables>;