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

export type AnswerQuestionsInput = {
  /** Each question once; questions left out keep their answers. */
  answers: Array<AnswerInput>;
  registrationId: string | number;
};

export type ApproveRegistrationInput = {
  id: string | number;
};

export type ArchiveResourceInput = {
  id: string | number;
};

export type CancelWorkshopInput = {
  id: string | number;
  reason: string;
};

export type ChangeUserRoleInput = {
  id: string | number;
  role: Role;
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

export type ConsentItemInput = {
  /** Lower-case letters, digits and -, 2 to 60; each once. */
  key: string;
  required?: boolean | null | undefined;
  /** English required; at most 2,000 characters each. */
  texts: LabelTextsInput;
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

export type DecideInvitationLetterInput = {
  approve: boolean;
  /** Approving: what the host covers. */
  coverage?: Array<LetterCoverage> | null | undefined;
  id: string | number;
  /** Declining: why, at most 1,000 characters; the participant reads it. */
  reason?: string | null | undefined;
  /** Approving: who signs, at most 200 characters (e.g. the Secretariat's director). */
  signatory?: string | null | undefined;
};

export type DeleteResourceInput = {
  id: string | number;
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

export type DisableUserInput = {
  id: string | number;
};

/** Which occurrences of a series an edit applies to. */
export type EditScope =
  /** This occurrence and every later one not yet cancelled or completed; a time change moves each by the same wall-clock shift. */
  | 'THIS_AND_FUTURE'
  /** This workshop only (also the default for workshops outside a series). */
  | 'THIS_OCCURRENCE';

export type EnableUserInput = {
  id: string | number;
};

export type FacilitatorInput = {
  name: string;
  organization?: string | null | undefined;
  userId?: string | number | null | undefined;
};

export type GiveConsentsInput = {
  consents: Array<ConsentInput>;
  registrationId: string | number;
};

export type InvitationLetterStatus =
  | 'APPROVED'
  | 'DECLINED'
  | 'REQUESTED';

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

/** What the host covers, as the letter states it. */
export type LetterCoverage =
  | 'ACCOMMODATION'
  | 'LOCAL_TRANSPORT'
  | 'MEALS'
  | 'TRAVEL'
  | 'VISA_FEES';

export type LinkResourceInput = {
  /**
   * The Secretariat's choice: whether the material goes into the workshop's follow-up email to its
   * participants (default: yes when the Secretariat links it). A group's link is shown on the
   * workshop page only; FORBIDDEN when a group asks for true. A group's later edit of the resource or
   * upload of a new file withdraws the choice until the Secretariat makes it again.
   */
  inFollowUp?: boolean | null | undefined;
  resourceId: string | number;
  workshopId: string | number;
};

/** The Secretariat's decision after assessing an applicant against the membership criteria. */
export type MembershipDecision =
  | 'ADMIT_AS_AFFILIATE'
  | 'ADMIT_AS_MEMBER'
  | 'DECLINE';

/** Where a member group stands in the network's admission process. */
export type MembershipStatus =
  | 'AFFILIATE'
  /** Applied; the Secretariat has not decided yet. Cannot register people or share resources. */
  | 'APPLICANT'
  | 'MEMBER'
  /** Suspended by the Secretariat. Cannot register people or share resources; history is kept. */
  | 'SUSPENDED';

export type NotificationDeliveryFilter = {
  states?: Array<DeliveryState> | null | undefined;
  workshopId?: string | number | null | undefined;
};

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

export type RecordMembershipAssessmentInput = {
  /** The day the decision was taken; defaults to now. */
  decidedOn?: string | null | undefined;
  decision: MembershipDecision;
  notes: string;
  /** The applicant group. */
  organizationId: string | number;
};

export type RegisterInput = {
  /** Defaults to the caller's group. */
  organizationId?: string | number | null | undefined;
  /** Validated as a whole; seats are then given person by person in this order. */
  participants: Array<ParticipantInput>;
  workshopId: string | number;
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

export type ReinstateOrganizationInput = {
  id: string | number;
  reason?: string | null | undefined;
  /** MEMBER (default) or AFFILIATE. */
  status?: MembershipStatus | null | undefined;
};

export type RemindMissingAnswersInput = {
  workshopId: string | number;
};

export type RequestInvitationLetterInput = {
  /** Whom the letter is addressed to, at most 200 characters, e.g. Embassy of France in Nairobi. */
  addressee?: string | null | undefined;
  /** en, fr or es. */
  language: string;
  /** The caller's answers to print (passport number, nationality…): questions of the workshop they have answered. */
  questionIds?: Array<string | number> | null | undefined;
  /** The caller's own registration: confirmed, or holding an offered seat. */
  registrationId: string | number;
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

export type ResourceDownloadReportFilter = {
  /** Downloads from this instant on. */
  from?: string | null | undefined;
  /** One resource only. */
  resourceId?: string | number | null | undefined;
  /** Downloads before this instant. */
  to?: string | null | undefined;
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

export type ResourceSort =
  /** Most downloaded first (by downloadCount). */
  | 'MOST_DOWNLOADED'
  /** Most recently shared first (the default without `filter.text`). */
  | 'NEWEST'
  /** Best matches of `filter.text` first, a title match above a description's (the default with a text; without one, as NEWEST). */
  | 'RELEVANCE';

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

export type SetWorkshopConsentsInput = {
  /** The whole list; an item whose texts change gets the next version (earlier consents no longer count). */
  items: Array<ConsentItemInput>;
  workshopId: string | number;
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

export type SuspendOrganizationInput = {
  id: string | number;
  reason: string;
};

export type UnlinkResourceInput = {
  resourceId: string | number;
  workshopId: string | number;
};

export type UpdateNotificationPreferencesInput = {
  digests?: boolean | null | undefined;
  reminders?: boolean | null | undefined;
};

/** Changes only the fields given; null clears an optional field. */
export type UpdateOrganizationInput = {
  contactEmail?: string | null | undefined;
  country?: string | null | undefined;
  id: string | number;
  languages?: Array<string> | null | undefined;
  name?: string | null | undefined;
  region?: string | null | undefined;
  topics?: Array<string> | null | undefined;
  website?: string | null | undefined;
};

export type UpdateParticipationInput = {
  /** Null or empty: others see the name. */
  displayName?: string | null | undefined;
  listed?: boolean | null | undefined;
  registrationId: string | number;
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

/** Every field but `id` is optional; omitted fields stay as they are. */
export type UpdateResourceInput = {
  countries?: Array<string> | null | undefined;
  description?: string | null | undefined;
  externalUrl?: string | null | undefined;
  id: string | number;
  kind?: ResourceKind | null | undefined;
  /** An edition that has files cannot be removed (CONFLICT). */
  languages?: Array<string> | null | undefined;
  regions?: Array<string> | null | undefined;
  title?: string | null | undefined;
  topics?: Array<string> | null | undefined;
  visibility?: ResourceVisibility | null | undefined;
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

export type OfflineRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type OfflineRegisterMutation = { register: { registrations: Array<{ id: string, status: RegistrationStatus }> } };

export type FixturesSignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type FixturesSignInMutation = { signIn: { token: string, user: { id: string, email: string, role: Role } } };

export type MatrixSignInMutationVariables = Exact<{ [key: string]: never; }>;


export type MatrixSignInMutation = { signIn: { token: string } };

export type MatrixSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type MatrixSignOutMutation = { signOut: { revoked: boolean } };

export type MatrixAcceptMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type MatrixAcceptMutation = { acceptInvitation: { token: string } };

export type MatrixConfirmMutationVariables = Exact<{
  input: ConfirmEmailInput;
}>;


export type MatrixConfirmMutation = { confirmEmail: { emailConfirmed: boolean } };

export type MatrixResetMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type MatrixResetMutation = { resetPassword: { token: string } };

export type MatrixMyRegistrationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixMyRegistrationsQuery = { myRegistrations: { edges: Array<{ node: { id: string } }> } };

export type MatrixChoicesMutationVariables = Exact<{ [key: string]: never; }>;


export type MatrixChoicesMutation = { updateNotificationPreferences: { preferences: { reminders: boolean } } };

export type PrivateFeedsFeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivateFeedsFeedsQuery = { calendarFeeds: { public: { name: string, https: string, webcal: string }, regions: Array<{ name: string, https: string }>, topics: Array<{ name: string, https: string }>, personal: { feed: PrivateCalendarFeed, issuedAt: string, link: { name: string, https: string, webcal: string } | null } | null, group: { feed: PrivateCalendarFeed, issuedAt: string, link: { name: string, https: string, webcal: string } | null } | null } };

export type PrivateFeedsRotateMutationVariables = Exact<{
  input: RotateCalendarTokenInput;
}>;


export type PrivateFeedsRotateMutation = { rotateCalendarToken: { calendarFeeds: { personal: { feed: PrivateCalendarFeed, issuedAt: string, link: { https: string } | null } | null, group: { feed: PrivateCalendarFeed, issuedAt: string, link: { https: string } | null } | null } } };

export type PrivateFeedsRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type PrivateFeedsRegisterMutation = { register: { registrations: Array<{ id: string, status: RegistrationStatus }> } };

export type PrivateFeedsCancelRegistrationMutationVariables = Exact<{
  id: string | number;
}>;


export type PrivateFeedsCancelRegistrationMutation = { cancelRegistration: { registration: { id: string, status: RegistrationStatus } } };

export type PrivateFeedsCancelWorkshopMutationVariables = Exact<{
  id: string | number;
}>;


export type PrivateFeedsCancelWorkshopMutation = { cancelWorkshop: { workshop: { id: string, sequence: number } } };

export type PrivateFeedsDisableUserMutationVariables = Exact<{
  id: string | number;
}>;


export type PrivateFeedsDisableUserMutation = { disableUser: { user: { id: string } } };

export type PrivateFeedsErasePersonMutationVariables = Exact<{
  email: string;
}>;


export type PrivateFeedsErasePersonMutation = { erasePerson: { pseudonym: string } };

export type PrivateFeedsChangeUserRoleMutationVariables = Exact<{
  id: string | number;
}>;


export type PrivateFeedsChangeUserRoleMutation = { changeUserRole: { user: { id: string } } };

export type PublicFeedsCreateMutationVariables = Exact<{
  input: CreateWorkshopInput;
}>;


export type PublicFeedsCreateMutation = { createWorkshop: { workshop: { id: string, sequence: number } } };

export type PublicFeedsPublishMutationVariables = Exact<{
  id: string | number;
}>;


export type PublicFeedsPublishMutation = { publishWorkshop: { workshop: { id: string, sequence: number } } };

export type PublicFeedsUpdateMutationVariables = Exact<{
  input: UpdateWorkshopInput;
}>;


export type PublicFeedsUpdateMutation = { updateWorkshop: { workshop: { id: string, sequence: number } } };

export type PublicFeedsCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type PublicFeedsCancelMutation = { cancelWorkshop: { workshop: { id: string, sequence: number, status: WorkshopStatus } } };

export type PublicFeedsRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type PublicFeedsRegisterMutation = { register: { registrations: Array<{ id: string, status: RegistrationStatus }> } };

export type CalendarTwoProcessesUpdateMutationVariables = Exact<{
  input: UpdateWorkshopInput;
}>;


export type CalendarTwoProcessesUpdateMutation = { updateWorkshop: { workshop: { id: string, sequence: number } } };

export type CalendarTwoProcessesRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type CalendarTwoProcessesRegisterMutation = { register: { registrations: Array<{ id: string, status: RegistrationStatus }> } };

export type CalendarTwoProcessesFeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarTwoProcessesFeedsQuery = { calendarFeeds: { personal: { link: { https: string } | null } | null } };

export type ApiKilledRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type ApiKilledRegisterMutation = { register: { registrations: Array<{ id: string, status: RegistrationStatus }> } };

export type DatabaseOutageRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type DatabaseOutageRegisterMutation = { register: { registrations: Array<{ id: string, status: RegistrationStatus }> } };

export type DatabaseOutageWorkshopsQueryVariables = Exact<{ [key: string]: never; }>;


export type DatabaseOutageWorkshopsQuery = { workshops: { edges: Array<{ node: { id: string } }> } };

export type EmailIdentityFuzzInviteMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type EmailIdentityFuzzInviteMutation = { inviteUser: { inviteUrl: string | null, emailed: boolean, invitation: { email: string, role: Role } } };

export type EmailIdentityFuzzAcceptMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type EmailIdentityFuzzAcceptMutation = { acceptInvitation: { token: string, user: { id: string, emailConfirmed: boolean } } };

export type EmailIdentityFuzzFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type EmailIdentityFuzzFeedMutation = { rotateCalendarToken: { calendarFeeds: { personal: { link: { https: string } | null } | null } } };

export type GraphqlFuzzSearchWorkshopsQueryVariables = Exact<{
  filter?: WorkshopFilter | null | undefined;
}>;


export type GraphqlFuzzSearchWorkshopsQuery = { workshops: { edges: Array<{ cursor: string }> } };

export type GraphqlFuzzSearchResourcesQueryVariables = Exact<{
  filter?: ResourceFilter | null | undefined;
}>;


export type GraphqlFuzzSearchResourcesQuery = { resources: { edges: Array<{ cursor: string }> } };

export type GraphqlFuzzSearchOrganizationsQueryVariables = Exact<{
  filter?: OrganizationFilter | null | undefined;
}>;


export type GraphqlFuzzSearchOrganizationsQuery = { organizations: { edges: Array<{ cursor: string }> } };

export type HttpHostileSignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type HttpHostileSignInMutation = { signIn: { token: string } };

export type RegressionsUpdateThisAndFutureMutationVariables = Exact<{
  input: UpdateWorkshopInput;
}>;


export type RegressionsUpdateThisAndFutureMutation = { updateWorkshop: { workshop: { id: string } } };

export type RegressionsFirstChoicesMutationVariables = Exact<{
  input: UpdateNotificationPreferencesInput;
}>;


export type RegressionsFirstChoicesMutation = { updateNotificationPreferences: { preferences: { digests: boolean } } };

export type LettersRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type LettersRegisterMutation = { register: { registrations: Array<{ id: string }> } };

export type LettersRequestMutationVariables = Exact<{
  input: RequestInvitationLetterInput;
}>;


export type LettersRequestMutation = { requestInvitationLetter: { letter: { id: string, status: InvitationLetterStatus, language: string, verificationCode: string | null, downloadUrl: string | null, questions: Array<{ key: string }> } } };

export type LettersDecideMutationVariables = Exact<{
  input: DecideInvitationLetterInput;
}>;


export type LettersDecideMutation = { decideInvitationLetter: { letter: { id: string, status: InvitationLetterStatus, coverage: Array<LetterCoverage>, signatory: string | null, declineReason: string | null, verificationCode: string | null, downloadUrl: string | null } } };

export type LettersMineQueryVariables = Exact<{ [key: string]: never; }>;


export type LettersMineQuery = { myRegistrations: { edges: Array<{ node: { id: string, invitationLetter: { status: InvitationLetterStatus, verificationCode: string | null } | null } }> } };

export type LettersListQueryVariables = Exact<{
  workshopId: string | number;
}>;


export type LettersListQuery = { registrations: { edges: Array<{ node: { id: string, invitationLetter: { status: InvitationLetterStatus } | null } }> } };

export type LettersOfWorkshopQueryVariables = Exact<{
  workshopId: string | number;
}>;


export type LettersOfWorkshopQuery = { invitationLetters: Array<{ id: string, status: InvitationLetterStatus, registration: { participant: { name: string } } }> };

export type LettersVerifyQueryVariables = Exact<{
  code: string;
}>;


export type LettersVerifyQuery = { verifyInvitationLetter: { name: string, workshopTitle: string, startsAt: string, endsAt: string } | null };

export type DeliveryRacesMarkReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type DeliveryRacesMarkReadMutation = { markNotificationsRead: { marked: number, unreadCount: number } };

export type DeliveryRacesMineQueryVariables = Exact<{ [key: string]: never; }>;


export type DeliveryRacesMineQuery = { notifications: { unreadCount: number, edges: Array<{ node: { id: string, readAt: string | null } }> } };

export type DeliveryReadsRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type DeliveryReadsRegisterMutation = { register: { registrations: Array<{ id: string, status: RegistrationStatus, waitlistPosition: number | null }> } };

export type DeliveryReadsCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type DeliveryReadsCancelMutation = { cancelRegistration: { registration: { id: string, status: RegistrationStatus } } };

export type DeliveryReadsRegistrationsQueryVariables = Exact<{
  id: string | number;
}>;


export type DeliveryReadsRegistrationsQuery = { registrations: { edges: Array<{ node: { status: RegistrationStatus, waitlistPosition: number | null } }> } };

export type DeliveryDeliveriesQueryVariables = Exact<{
  filter?: NotificationDeliveryFilter | null | undefined;
}>;


export type DeliveryDeliveriesQuery = { notificationDeliveries: { edges: Array<{ node: { id: string, kind: NotificationKind, recipientEmail: string, state: DeliveryState, attempts: number, lastError: string | null, nextAttemptAt: string | null, sentAt: string | null } }> } };

export type DeliveryRetryMutationVariables = Exact<{
  id: string | number;
}>;


export type DeliveryRetryMutation = { retryNotificationDelivery: { delivery: { id: string, state: DeliveryState, attempts: number } } };

export type FollowUpLinkMutationVariables = Exact<{
  input: LinkResourceInput;
}>;


export type FollowUpLinkMutation = { linkResource: { resource: { id: string } } };

export type InvitationEmailInviteMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InvitationEmailInviteMutation = { inviteUser: { inviteUrl: string | null } };

export type InvitationEmailAcceptMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type InvitationEmailAcceptMutation = { acceptInvitation: { token: string } };

export type RegistrationMessagesRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegistrationMessagesRegisterMutation = { register: { registrations: Array<{ id: string, status: RegistrationStatus, waitlistPosition: number | null }> } };

export type RegistrationMessagesCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type RegistrationMessagesCancelMutation = { cancelRegistration: { registration: { id: string, status: RegistrationStatus } } };

export type RegistrationMessagesMyNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegistrationMessagesMyNotificationsQuery = { notifications: { unreadCount: number, edges: Array<{ node: { kind: NotificationKind, title: string, body: string, readAt: string | null, workshop: { id: string } | null } }> } };

export type RegistrationMessagesMarkReadMutationVariables = Exact<{ [key: string]: never; }>;


export type RegistrationMessagesMarkReadMutation = { markNotificationsRead: { marked: number, unreadCount: number } };

export type RegistrationMessagesCancelWorkshopMutationVariables = Exact<{
  id: string | number;
}>;


export type RegistrationMessagesCancelWorkshopMutation = { cancelWorkshop: { workshop: { status: WorkshopStatus } } };

export type RemindersCreateMutationVariables = Exact<{
  input: CreateWorkshopInput;
}>;


export type RemindersCreateMutation = { createWorkshop: { workshop: { id: string, reminderHoursBefore: Array<number> } } };

export type RemindersPublishMutationVariables = Exact<{
  id: string | number;
}>;


export type RemindersPublishMutation = { publishWorkshop: { workshop: { id: string, status: WorkshopStatus } } };

export type RemindersUpdateMutationVariables = Exact<{
  input: UpdateWorkshopInput;
}>;


export type RemindersUpdateMutation = { updateWorkshop: { workshop: { id: string, sequence: number } } };

export type RemindersRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RemindersRegisterMutation = { register: { registrations: Array<{ id: string, status: RegistrationStatus }> } };

export type RemindersPreferencesMutationVariables = Exact<{
  input: UpdateNotificationPreferencesInput;
}>;


export type RemindersPreferencesMutation = { updateNotificationPreferences: { preferences: { reminders: boolean, digests: boolean } } };

export type RemindersCancelWorkshopMutationVariables = Exact<{
  id: string | number;
}>;


export type RemindersCancelWorkshopMutation = { cancelWorkshop: { workshop: { status: WorkshopStatus } } };

export type OrganizationsCountriesQueryVariables = Exact<{
  language?: string | null | undefined;
}>;


export type OrganizationsCountriesQuery = { countries: Array<{ code: string, name: string }> };

export type DirectoryScopeResourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryScopeResourcesQuery = { resources: { edges: Array<{ node: { id: string, organization: { id: string, name: string, contactEmail: string | null, statusHistory: Array<{ reason: string | null }> } | null } }> } };

export type DirectoryScopeOrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type DirectoryScopeOrganizationQuery = { organization: { id: string, statusHistory: Array<{ to: MembershipStatus, reason: string | null }> } | null };

export type DirectoryScopeSuspendMutationVariables = Exact<{
  input: SuspendOrganizationInput;
}>;


export type DirectoryScopeSuspendMutation = { suspendOrganization: { organization: { id: string } } };

export type MembershipAssessMutationVariables = Exact<{
  input: RecordMembershipAssessmentInput;
}>;


export type MembershipAssessMutation = { recordMembershipAssessment: { organization: { id: string, membershipStatus: MembershipStatus | null, assessments: Array<{ decision: MembershipDecision, notes: string, decidedOn: string }>, statusHistory: Array<{ from: MembershipStatus | null, to: MembershipStatus, reason: string | null }> } } };

export type MembershipSuspendMutationVariables = Exact<{
  input: SuspendOrganizationInput;
}>;


export type MembershipSuspendMutation = { suspendOrganization: { organization: { membershipStatus: MembershipStatus | null, statusHistory: Array<{ from: MembershipStatus | null, to: MembershipStatus, reason: string | null }> } } };

export type MembershipReinstateMutationVariables = Exact<{
  input: ReinstateOrganizationInput;
}>;


export type MembershipReinstateMutation = { reinstateOrganization: { organization: { membershipStatus: MembershipStatus | null } } };

export type MembershipReadQueryVariables = Exact<{
  id: string | number;
}>;


export type MembershipReadQuery = { organization: { membershipStatus: MembershipStatus | null, assessments: Array<{ decision: MembershipDecision, notes: string }>, statusHistory: Array<{ to: MembershipStatus }> } | null };

export type MembershipCreateMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type MembershipCreateMutation = { createOrganization: { organization: { id: string } } };

export type OrganizationsCreateMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type OrganizationsCreateMutation = { createOrganization: { organization: { id: string, name: string, kind: OrganizationKind, country: string, region: string, membershipStatus: MembershipStatus | null, topics: Array<string>, languages: Array<string>, website: string | null, contactEmail: string | null, statusHistory: Array<{ from: MembershipStatus | null, to: MembershipStatus }> } } };

export type OrganizationsUpdateMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type OrganizationsUpdateMutation = { updateOrganization: { organization: { id: string, name: string, country: string, region: string, website: string | null, contactEmail: string | null, topics: Array<string> } } };

export type OrganizationsListQueryVariables = Exact<{
  filter?: OrganizationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganizationsListQuery = { organizations: { edges: Array<{ cursor: string, node: { id: string, name: string, country: string, region: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OrganizationsOrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganizationsOrganizationQuery = { organization: { id: string } | null };

export type OrganizationsByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganizationsByIdQuery = { organization: { id: string, name: string } | null };

export type ReferenceNamesQueryVariables = Exact<{
  language?: string | null | undefined;
}>;


export type ReferenceNamesQuery = { regions: Array<{ code: string, name: string }>, topics: Array<{ code: string, name: string }> };

export type PlatformCommandCounterServerInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformCommandCounterServerInfoQuery = { serverInfo: { name: string } };

export type PlatformExplorerSchemaQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformExplorerSchemaQuery = { __schema: { queryType: { name: string | null } } };

export type GraphqlHttpServerNameQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphqlHttpServerNameQuery = { serverInfo: { name: string } };

export type GraphqlHttpServerInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphqlHttpServerInfoQuery = { serverInfo: { name: string, version: string, time: string } };

export type LostUpdatesUpdateWorkshopMutationVariables = Exact<{
  input: UpdateWorkshopInput;
}>;


export type LostUpdatesUpdateWorkshopMutation = { updateWorkshop: { workshop: { id: string } } };

export type LostUpdatesRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type LostUpdatesRegisterMutation = { register: { registrations: Array<{ id: string }> } };

export type LostUpdatesUpdateGroupMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type LostUpdatesUpdateGroupMutation = { updateOrganization: { organization: { id: string } } };

export type LostUpdatesSuspendMutationVariables = Exact<{
  input: SuspendOrganizationInput;
}>;


export type LostUpdatesSuspendMutation = { suspendOrganization: { organization: { id: string } } };

export type LostUpdatesReinstateMutationVariables = Exact<{
  input: ReinstateOrganizationInput;
}>;


export type LostUpdatesReinstateMutation = { reinstateOrganization: { organization: { id: string } } };

export type LostUpdatesRoleMutationVariables = Exact<{
  input: ChangeUserRoleInput;
}>;


export type LostUpdatesRoleMutation = { changeUserRole: { user: { id: string } } };

export type LostUpdatesDisableMutationVariables = Exact<{
  input: DisableUserInput;
}>;


export type LostUpdatesDisableMutation = { disableUser: { user: { id: string } } };

export type LostUpdatesEnableMutationVariables = Exact<{
  input: EnableUserInput;
}>;


export type LostUpdatesEnableMutation = { enableUser: { user: { id: string } } };

export type PlatformPortalServerNameQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformPortalServerNameQuery = { serverInfo: { name: string } };

export type QueryTimeoutWorkshopIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type QueryTimeoutWorkshopIdsQuery = { workshops: { edges: Array<{ node: { id: string } }> } };

export type QueryTimeoutWorkshopTitlesQueryVariables = Exact<{ [key: string]: never; }>;


export type QueryTimeoutWorkshopTitlesQuery = { workshops: { edges: Array<{ node: { id: string, title: string } }> } };

export type ReadModelsListQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadModelsListQuery = { workshops: { edges: Array<{ node: { id: string, title: string } }> } };

export type ReadModelsUpdateWorkshopMutationVariables = Exact<{
  input: UpdateWorkshopInput;
}>;


export type ReadModelsUpdateWorkshopMutation = { updateWorkshop: { workshop: { id: string } } };

export type ReadModelsRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type ReadModelsRegisterMutation = { register: { registrations: Array<{ id: string }> } };

export type ReadinessServerInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadinessServerInfoQuery = { serverInfo: { name: string } };

export type PlatformTwoProcessesListQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformTwoProcessesListQuery = { workshops: { edges: Array<{ node: { id: string, title: string, status: WorkshopStatus } }> } };

export type PlatformTwoProcessesUpdateMutationVariables = Exact<{
  input: UpdateWorkshopInput;
}>;


export type PlatformTwoProcessesUpdateMutation = { updateWorkshop: { workshop: { id: string, title: string } } };

export type PlatformTwoProcessesPublishMutationVariables = Exact<{
  input: PublishWorkshopInput;
}>;


export type PlatformTwoProcessesPublishMutation = { publishWorkshop: { workshop: { id: string, status: WorkshopStatus } } };

export type PlatformTwoProcessesRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type PlatformTwoProcessesRegisterMutation = { register: { registrations: Array<{ id: string, status: RegistrationStatus }> } };

export type PlatformTwoProcessesSeatsQueryVariables = Exact<{
  id: string | number;
}>;


export type PlatformTwoProcessesSeatsQuery = { workshop: { seats: { confirmed: number, waitlisted: number, available: number } } | null };

export type PlatformTwoProcessesShareMutationVariables = Exact<{
  input: CreateResourceInput;
}>;


export type PlatformTwoProcessesShareMutation = { createResource: { resource: { id: string } } };

export type PlatformTwoProcessesSearchQueryVariables = Exact<{
  text?: string | null | undefined;
}>;


export type PlatformTwoProcessesSearchQuery = { resources: { edges: Array<{ node: { id: string } }> } };

export type PlatformTwoProcessesNamesQueryVariables = Exact<{
  text?: string | null | undefined;
}>;


export type PlatformTwoProcessesNamesQuery = { organizations: { edges: Array<{ node: { id: string, name: string } }> } };

export type PlatformTwoProcessesRenameMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type PlatformTwoProcessesRenameMutation = { updateOrganization: { organization: { id: string } } };

export type PlatformTwoProcessesMeQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformTwoProcessesMeQuery = { me: { id: string, role: Role } | null };

export type PlatformTwoProcessesSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type PlatformTwoProcessesSignOutMutation = { signOut: { revoked: boolean } };

export type PlatformTwoProcessesChangeUserRoleMutationVariables = Exact<{
  input: ChangeUserRoleInput;
}>;


export type PlatformTwoProcessesChangeUserRoleMutation = { changeUserRole: { user: { id: string, role: Role } } };

export type PlatformTwoProcessesDisableUserMutationVariables = Exact<{
  input: DisableUserInput;
}>;


export type PlatformTwoProcessesDisableUserMutation = { disableUser: { user: { id: string } } };

export type AnswerLinksMineQueryVariables = Exact<{ [key: string]: never; }>;


export type AnswerLinksMineQuery = { myRegistrations: { edges: Array<{ node: { id: string, answerLink: string | null } }> } };

export type AnswerLinksListQueryVariables = Exact<{
  workshopId: string | number;
}>;


export type AnswerLinksListQuery = { registrations: { edges: Array<{ node: { id: string, answerLink: string | null } }> } };

export type AnswerLinksOpenQueryVariables = Exact<{
  token: string;
}>;


export type AnswerLinksOpenQuery = { answerLinkQuestions: { answered: Array<string>, workshop: { id: string, title: string }, questions: Array<{ required: boolean, question: { id: string, key: string } }>, missing: Array<{ key: string }> } };

export type AnswerLinksUseMutationVariables = Exact<{
  input: AnswerByLinkInput;
}>;


export type AnswerLinksUseMutation = { answerByLink: { answersComplete: boolean, missing: Array<{ key: string }> } };

export type AnswersEmailRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type AnswersEmailRegisterMutation = { register: { registrations: Array<{ id: string }> } };

export type AnswersEmailSetMutationVariables = Exact<{
  input: SetWorkshopQuestionsInput;
}>;


export type AnswersEmailSetMutation = { setWorkshopQuestions: { workshop: { id: string } } };

export type AnswersEmailRemindMutationVariables = Exact<{
  input: RemindMissingAnswersInput;
}>;


export type AnswersEmailRemindMutation = { remindMissingAnswers: { asked: number } };

export type AnswersEmailUseMutationVariables = Exact<{
  input: AnswerByLinkInput;
}>;


export type AnswersEmailUseMutation = { answerByLink: { answersComplete: boolean } };

export type AnswersEmailInAppQueryVariables = Exact<{ [key: string]: never; }>;


export type AnswersEmailInAppQuery = { notifications: { edges: Array<{ node: { kind: NotificationKind } }> } };

export type ConsentsSetMutationVariables = Exact<{
  input: SetWorkshopConsentsInput;
}>;


export type ConsentsSetMutation = { setWorkshopConsents: { workshop: { id: string, consentItems: Array<{ key: string, version: number, required: boolean, text: string }> } } };

export type ConsentsRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type ConsentsRegisterMutation = { register: { registrations: Array<{ id: string, consentsComplete: boolean | null }> } };

export type ConsentsGiveMutationVariables = Exact<{
  input: GiveConsentsInput;
}>;


export type ConsentsGiveMutation = { giveConsents: { registration: { id: string, consentsComplete: boolean | null, consents: Array<{ version: number, given: boolean, current: boolean, item: { key: string } }> } } };

export type ConsentsListQueryVariables = Exact<{
  workshopId: string | number;
}>;


export type ConsentsListQuery = { registrations: { edges: Array<{ node: { id: string, consentsComplete: boolean | null, consents: Array<{ given: boolean, current: boolean, item: { key: string } }> } }> } };

export type ConsentsOpenQueryVariables = Exact<{
  token: string;
}>;


export type ConsentsOpenQuery = { answerLinkQuestions: { consented: Array<string>, consentItems: Array<{ key: string, version: number }> } };

export type ConsentsUseMutationVariables = Exact<{
  input: AnswerByLinkInput;
}>;


export type ConsentsUseMutation = { answerByLink: { answersComplete: boolean } };

export type PrivacyRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type PrivacyRegisterMutation = { register: { registrations: Array<{ id: string, answers: Array<{ value: string | null }> }> } };

export type PrivacyListQueryVariables = Exact<{
  workshopId: string | number;
}>;


export type PrivacyListQuery = { registrations: { edges: Array<{ node: { id: string, answersComplete: boolean, missingAnswers: Array<{ key: string }>, answers: Array<{ value: string | null, question: { key: string } }> } }> } };

export type PrivacyMineQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacyMineQuery = { myRegistrations: { edges: Array<{ node: { id: string, answers: Array<{ value: string | null }> } }> } };

export type PrivacyOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacyOverviewQuery = { groupOverview: { workshops: Array<{ confirmed: number, workshop: { id: string, title: string } }> } };

export type PrivacyReportQueryVariables = Exact<{
  id: string | number;
}>;


export type PrivacyReportQuery = { workshopReport: { needs: Array<{ answered: number, question: { key: string }, answers: Array<{ value: string, count: number }> }> } };

export type PrivacyFeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacyFeedsQuery = { calendarFeeds: { personal: { link: { https: string } | null } | null, group: { link: { https: string } | null } | null } };

export type QuestionsCreateMutationVariables = Exact<{
  input: CreateRegistrationQuestionInput;
}>;


export type QuestionsCreateMutation = { createRegistrationQuestion: { question: { id: string, key: string, type: QuestionType, label: string, sensitivity: QuestionSensitivity, purgeAfterDays: number | null, archived: boolean, choices: Array<{ value: string, label: string }> } } };

export type QuestionsUpdateMutationVariables = Exact<{
  input: UpdateRegistrationQuestionInput;
}>;


export type QuestionsUpdateMutation = { updateRegistrationQuestion: { question: { id: string, label: string, sensitivity: QuestionSensitivity, choices: Array<{ value: string, label: string }> } } };

export type QuestionsLibraryQueryVariables = Exact<{
  all?: boolean | null | undefined;
}>;


export type QuestionsLibraryQuery = { registrationQuestions: Array<{ key: string, label: string }> };

export type QuestionsSetMutationVariables = Exact<{
  input: SetWorkshopQuestionsInput;
}>;


export type QuestionsSetMutation = { setWorkshopQuestions: { workshop: { id: string, questions: Array<{ required: boolean, question: { key: string }, showIf: { equals: string, question: { key: string } } | null }> } } };

export type QuestionsAskedQueryVariables = Exact<{
  id: string | number;
}>;


export type QuestionsAskedQuery = { workshop: { questions: Array<{ required: boolean, question: { key: string, label: string } }> } | null };

export type QuestionsRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type QuestionsRegisterMutation = { register: { registrations: Array<{ id: string }> } };

export type QuestionsAnswersQueryVariables = Exact<{
  workshopId: string | number;
}>;


export type QuestionsAnswersQuery = { registrations: { edges: Array<{ node: { id: string, answersComplete: boolean, participant: { email: string }, missingAnswers: Array<{ key: string }>, answers: Array<{ value: string | null, values: Array<string>, question: { key: string } }> } }> } };

export type QuestionsMineQueryVariables = Exact<{ [key: string]: never; }>;


export type QuestionsMineQuery = { myRegistrations: { edges: Array<{ node: { id: string, answersComplete: boolean, missingAnswers: Array<{ key: string }>, answers: Array<{ value: string | null, question: { key: string } }> } }> } };

export type QuestionsReportQueryVariables = Exact<{
  id: string | number;
}>;


export type QuestionsReportQuery = { workshopReport: { needs: Array<{ answered: number, question: { key: string }, answers: Array<{ value: string, label: string, count: number }> }> } };

export type QuestionsEraseMutationVariables = Exact<{
  email: string;
}>;


export type QuestionsEraseMutation = { erasePerson: { registrations: number } };

export type QuestionsAnswerMutationVariables = Exact<{
  input: AnswerQuestionsInput;
}>;


export type QuestionsAnswerMutation = { answerQuestions: { registration: { id: string, answersComplete: boolean, answers: Array<{ value: string | null, values: Array<string>, question: { key: string } }> } } };

export type ShownNamesRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type ShownNamesRegisterMutation = { register: { registrations: Array<{ id: string, participant: { name: string, displayName: string | null, listed: boolean } }> } };

export type ShownNamesFellowsQueryVariables = Exact<{
  id: string | number;
}>;


export type ShownNamesFellowsQuery = { workshopParticipants: Array<{ name: string, organization: { name: string } }> };

export type ShownNamesUpdateMutationVariables = Exact<{
  input: UpdateParticipationInput;
}>;


export type ShownNamesUpdateMutation = { updateParticipation: { registration: { participant: { name: string, displayName: string | null, listed: boolean } } } };

export type AttendanceRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type AttendanceRegisterMutation = { register: { registrations: Array<{ id: string, status: RegistrationStatus }> } };

export type AttendanceAttendMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type AttendanceAttendMutation = { recordAttendance: { registration: { id: string, attended: boolean | null } } };

export type AttendanceReportQueryVariables = Exact<{
  id: string | number;
}>;


export type AttendanceReportQuery = { workshopReport: { attendanceRate: number | null, byStatus: { confirmed: number, waitlisted: number, pendingApproval: number, cancelled: number, declined: number }, byGroup: Array<{ confirmed: number, attended: number, organization: { name: string } }>, byRegion: Array<{ code: string, confirmed: number, attended: number }>, byCountry: Array<{ code: string, confirmed: number, attended: number }> } };

export type OffersRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type OffersRegisterMutation = { register: { registrations: Array<{ id: string, status: RegistrationStatus, waitlistPosition: number | null }> } };

export type OffersCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type OffersCancelMutation = { cancelRegistration: { registration: { id: string, status: RegistrationStatus } } };

export type OffersAcceptMutationVariables = Exact<{
  id: string | number;
}>;


export type OffersAcceptMutation = { acceptOffer: { registration: { id: string, status: RegistrationStatus, offerExpiresAt: string | null } } };

export type OffersSeatsQueryVariables = Exact<{
  id: string | number;
}>;


export type OffersSeatsQuery = { workshop: { seats: { capacity: number, confirmed: number, waitlisted: number, available: number } } | null };

export type OverviewRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type OverviewRegisterMutation = { register: { registrations: Array<{ id: string, status: RegistrationStatus }> } };

export type OverviewApproveMutationVariables = Exact<{
  input: ApproveRegistrationInput;
}>;


export type OverviewApproveMutation = { approveRegistration: { registration: { id: string, status: RegistrationStatus } } };

export type OverviewCancelWorkshopMutationVariables = Exact<{
  input: CancelWorkshopInput;
}>;


export type OverviewCancelWorkshopMutation = { cancelWorkshop: { workshop: { id: string } } };

export type OverviewOfGroupQueryVariables = Exact<{
  organizationId?: string | number | null | undefined;
}>;


export type OverviewOfGroupQuery = { groupOverview: { confirmed: number, waitlisted: number, offers: number, pendingApproval: number, organization: { id: string, name: string }, workshops: Array<{ confirmed: number, waitlisted: number, offers: number, pendingApproval: number, workshop: { id: string, title: string } }> } };

export type OverviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewQueueQuery = { approvalQueue: { total: number, workshops: Array<{ pendingApproval: number, workshop: { id: string } }> } };

export type ParticipantsExportRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type ParticipantsExportRegisterMutation = { register: { registrations: Array<{ id: string }> } };

export type PersonalDataRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type PersonalDataRegisterMutation = { register: { registrations: Array<{ id: string, status: RegistrationStatus }> } };

export type PersonalDataEraseMutationVariables = Exact<{
  email: string;
}>;


export type PersonalDataEraseMutation = { erasePerson: { pseudonym: string, registrations: number, account: boolean } };

export type PersonalDataUpdateNotificationPreferencesMutationVariables = Exact<{ [key: string]: never; }>;


export type PersonalDataUpdateNotificationPreferencesMutation = { updateNotificationPreferences: { preferences: { reminders: boolean } } };

export type PersonalDataMeQueryVariables = Exact<{ [key: string]: never; }>;


export type PersonalDataMeQuery = { me: { id: string } | null };

export type RegistrationsReconcileRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegistrationsReconcileRegisterMutation = { register: { registrations: Array<{ id: string }> } };

export type RegistrationsReconcileRegisterWithStatusMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegistrationsReconcileRegisterWithStatusMutation = { register: { registrations: Array<{ id: string, status: RegistrationStatus }> } };

export type RegistrationsReconcileCancelWorkshopMutationVariables = Exact<{
  id: string | number;
}>;


export type RegistrationsReconcileCancelWorkshopMutation = { cancelWorkshop: { workshop: { status: WorkshopStatus } } };

export type RegistrationsReconcileCompleteWorkshopMutationVariables = Exact<{
  id: string | number;
}>;


export type RegistrationsReconcileCompleteWorkshopMutation = { completeWorkshop: { workshop: { status: WorkshopStatus } } };

export type RegisterPrivacyRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterPrivacyRegisterMutation = { register: { registrations: Array<{ id: string, status: RegistrationStatus, participant: { email: string } }> } };

export type RegisterPrivacyListQueryVariables = Exact<{
  workshopId: string | number;
}>;


export type RegisterPrivacyListQuery = { registrations: { edges: Array<{ node: { id: string, organization: { id: string }, participant: { email: string } } }> } };

export type RegisterRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterRegisterMutation = { register: { registrations: Array<{ id: string, status: RegistrationStatus, waitlistPosition: number | null, participant: { name: string, email: string } }> } };

export type RegisterCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type RegisterCancelMutation = { cancelRegistration: { registration: { id: string, status: RegistrationStatus } } };

export type RegisterListQueryVariables = Exact<{
  workshopId: string | number;
  first?: number | null | undefined;
}>;


export type RegisterListQuery = { registrations: { edges: Array<{ node: { id: string, status: RegistrationStatus, waitlistPosition: number | null, organization: { id: string }, participant: { email: string } } }> } };

export type RegisterPagedQueryVariables = Exact<{
  workshopId: string | number;
  after?: string | null | undefined;
}>;


export type RegisterPagedQuery = { registrations: { edges: Array<{ node: { status: RegistrationStatus, waitlistPosition: number | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RegisterApproveMutationVariables = Exact<{
  id: string | number;
}>;


export type RegisterApproveMutation = { approveRegistration: { registration: { status: RegistrationStatus } } };

export type RegisterDeclineMutationVariables = Exact<{
  id: string | number;
}>;


export type RegisterDeclineMutation = { declineRegistration: { registration: { status: RegistrationStatus } } };

export type RegisterRaiseMutationVariables = Exact<{
  input: UpdateWorkshopInput;
}>;


export type RegisterRaiseMutation = { updateWorkshop: { workshop: { seats: { capacity: number, confirmed: number, waitlisted: number, available: number } } } };

export type RegisterRaiseQuotaMutationVariables = Exact<{
  input: UpdateWorkshopInput;
}>;


export type RegisterRaiseQuotaMutation = { updateWorkshop: { workshop: { perGroupQuota: number | null } } };

export type RegisterCancelWorkshopMutationVariables = Exact<{
  id: string | number;
}>;


export type RegisterCancelWorkshopMutation = { cancelWorkshop: { workshop: { status: WorkshopStatus } } };

export type RegisterWorkshopQueryVariables = Exact<{
  id: string | number;
}>;


export type RegisterWorkshopQuery = { workshop: { onlineUrl: string | null } | null };

export type FollowUpChoiceLinkMutationVariables = Exact<{
  input: LinkResourceInput;
}>;


export type FollowUpChoiceLinkMutation = { linkResource: { resource: { id: string } } };

export type FollowUpChoiceUpdateMutationVariables = Exact<{
  input: UpdateResourceInput;
}>;


export type FollowUpChoiceUpdateMutation = { updateResource: { resource: { id: string } } };

export type ResourceFixturesCreateMutationVariables = Exact<{
  input: CreateResourceInput;
}>;


export type ResourceFixturesCreateMutation = { createResource: { resource: { id: string } } };

export type ResourcesResourceQueryVariables = Exact<{
  id: string | number;
}>;


export type ResourcesResourceQuery = { resource: { id: string, title: string, description: string | null, kind: ResourceKind, visibility: ResourceVisibility, topics: Array<string>, languages: Array<string>, regions: Array<string>, countries: Array<string>, archived: boolean, externalUrl: string | null, downloadCount: number, viewerCanManage: boolean, organization: { id: string } | null, workshops: Array<{ id: string }>, versions: Array<{ number: number, language: string, filename: string, contentType: string, size: number, sha256: string, downloadUrl: string }> } | null };

export type ResourcesListQueryVariables = Exact<{
  filter?: ResourceFilter | null | undefined;
  sort?: ResourceSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ResourcesListQuery = { resources: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, title: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ResourcesUpdateMutationVariables = Exact<{
  input: UpdateResourceInput;
}>;


export type ResourcesUpdateMutation = { updateResource: { resource: { id: string, title: string, topics: Array<string>, languages: Array<string>, kind: ResourceKind, externalUrl: string | null } } };

export type ResourcesCreateResourceMutationVariables = Exact<{
  input: CreateResourceInput;
}>;


export type ResourcesCreateResourceMutation = { createResource: { resource: { id: string, title: string, kind: ResourceKind, visibility: ResourceVisibility, topics: Array<string>, languages: Array<string>, regions: Array<string>, countries: Array<string>, organization: { id: string } | null, workshops: Array<{ id: string }>, versions: Array<{ number: number }> } } };

export type ResourcesCreateRefusedMutationVariables = Exact<{
  input: CreateResourceInput;
}>;


export type ResourcesCreateRefusedMutation = { createResource: { resource: { id: string } } };

export type ResourcesCreateForGroupMutationVariables = Exact<{
  input: CreateResourceInput;
}>;


export type ResourcesCreateForGroupMutation = { createResource: { resource: { organization: { id: string } | null } } };

export type ResourcesArchiveResourceMutationVariables = Exact<{
  input: ArchiveResourceInput;
}>;


export type ResourcesArchiveResourceMutation = { archiveResource: { resource: { archived: boolean } } };

export type ResourcesDeleteMutationVariables = Exact<{
  input: DeleteResourceInput;
}>;


export type ResourcesDeleteMutation = { deleteResource: { deletedId: string } };

export type ResourcesLinkMutationVariables = Exact<{
  input: LinkResourceInput;
}>;


export type ResourcesLinkMutation = { linkResource: { resource: { workshops: Array<{ id: string }> } } };

export type ResourcesUnlinkMutationVariables = Exact<{
  input: UnlinkResourceInput;
}>;


export type ResourcesUnlinkMutation = { unlinkResource: { resource: { workshops: Array<{ id: string }> } } };

export type ResourcesResourcesOfQueryVariables = Exact<{
  id: string | number;
}>;


export type ResourcesResourcesOfQuery = { workshop: { resources: Array<{ id: string }> } | null };

export type ResourcesCountedSampleQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ResourcesCountedSampleQuery = { resources: { totalCount: number, edges: Array<{ node: { id: string, organization: { name: string } | null, workshops: Array<{ title: string }>, versions: Array<{ number: number, downloadUrl: string }>, editions: Array<{ language: string, latest: { number: number } }>, download: { number: number } | null } }> } };

export type ResourcesReportQueryVariables = Exact<{
  filter?: ResourceDownloadReportFilter | null | undefined;
}>;


export type ResourcesReportQuery = { resourceDownloadReport: { total: number, byResource: Array<{ resourceId: string, count: number, resource: { title: string } | null }>, byOrganization: Array<{ organizationId: string | null, count: number }> } };

export type SearchSearchQueryVariables = Exact<{
  filter?: ResourceFilter | null | undefined;
  sort?: ResourceSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchSearchQuery = { resources: { totalCount: number, edges: Array<{ node: { id: string, title: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null }, facets: { kinds: Array<{ value: string, count: number }>, topics: Array<{ value: string, count: number }>, languages: Array<{ value: string, count: number }>, regions: Array<{ value: string, count: number }> } } };

export type SearchUpdateResourceMutationVariables = Exact<{
  input: UpdateResourceInput;
}>;


export type SearchUpdateResourceMutation = { updateResource: { resource: { id: string } } };

export type SharingRightsLinkMutationVariables = Exact<{
  input: LinkResourceInput;
}>;


export type SharingRightsLinkMutation = { linkResource: { resource: { id: string, workshops: Array<{ id: string }> } } };

export type SharingRightsUpdateMutationVariables = Exact<{
  input: UpdateResourceInput;
}>;


export type SharingRightsUpdateMutation = { updateResource: { resource: { id: string, title: string } } };

export type SharingRightsCreateMutationVariables = Exact<{
  input: CreateResourceInput;
}>;


export type SharingRightsCreateMutation = { createResource: { resource: { id: string } } };

export type SharingRightsWorkshopResourcesQueryVariables = Exact<{
  id: string | number;
}>;


export type SharingRightsWorkshopResourcesQuery = { workshop: { resources: Array<{ id: string }> } | null };

export type PlacementCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type PlacementCancelMutation = { cancelRegistration: { registration: { id: string, status: RegistrationStatus } } };

export type PlacementUpdateMutationVariables = Exact<{
  input: UpdateWorkshopInput;
}>;


export type PlacementUpdateMutation = { updateWorkshop: { workshop: { capacity: number } } };

export type PositionsListQueryVariables = Exact<{
  workshopId: string | number;
}>;


export type PositionsListQuery = { registrations: { edges: Array<{ node: { id: string, status: RegistrationStatus, waitlistPosition: number | null } }> } };

export type RacesCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type RacesCancelMutation = { cancelRegistration: { registration: { id: string, status: RegistrationStatus } } };

export type RacesApproveMutationVariables = Exact<{
  id: string | number;
}>;


export type RacesApproveMutation = { approveRegistration: { registration: { id: string, status: RegistrationStatus } } };

export type RacesDeclineMutationVariables = Exact<{
  id: string | number;
}>;


export type RacesDeclineMutation = { declineRegistration: { registration: { id: string, status: RegistrationStatus } } };

export type RacesAcceptMutationVariables = Exact<{
  id: string | number;
}>;


export type RacesAcceptMutation = { acceptOffer: { registration: { id: string, status: RegistrationStatus } } };

export type RacesEraseMutationVariables = Exact<{
  email: string;
}>;


export type RacesEraseMutation = { erasePerson: { pseudonym: string } };

export type RacesUpdateMutationVariables = Exact<{
  input: UpdateWorkshopInput;
}>;


export type RacesUpdateMutation = { updateWorkshop: { workshop: { capacity: number } } };

export type RacesSetQuotaMutationVariables = Exact<{
  input: UpdateWorkshopInput;
}>;


export type RacesSetQuotaMutation = { updateWorkshop: { workshop: { perGroupQuota: number | null } } };

export type RacesAttendMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type RacesAttendMutation = { recordAttendance: { registration: { id: string, attended: boolean | null } } };

export type RoundTripsRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RoundTripsRegisterMutation = { register: { registrations: Array<{ id: string, status: RegistrationStatus, waitlistPosition: number | null }> } };

export type RoundTripsCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type RoundTripsCancelMutation = { cancelRegistration: { registration: { id: string, status: RegistrationStatus } } };

export type RoundTripsApproveMutationVariables = Exact<{
  id: string | number;
}>;


export type RoundTripsApproveMutation = { approveRegistration: { registration: { id: string, status: RegistrationStatus } } };

export type SeatingRegFragment = { id: string, status: RegistrationStatus, waitlistPosition: number | null };

export type SeatingRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type SeatingRegisterMutation = { register: { registrations: Array<{ id: string, status: RegistrationStatus, waitlistPosition: number | null }> } };

export type SettlingCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type SettlingCancelMutation = { cancelRegistration: { registration: { id: string, status: RegistrationStatus } } };

export type SettlingAcceptMutationVariables = Exact<{
  id: string | number;
}>;


export type SettlingAcceptMutation = { acceptOffer: { registration: { id: string, status: RegistrationStatus } } };

export type SettlingUpdateMutationVariables = Exact<{
  input: UpdateWorkshopInput;
}>;


export type SettlingUpdateMutation = { updateWorkshop: { workshop: { capacity: number } } };

export type SettlingWorkshopQueryVariables = Exact<{
  id: string | number;
}>;


export type SettlingWorkshopQuery = { workshop: { seats: { confirmed: number, waitlisted: number, available: number } } | null };

export type StressRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type StressRegisterMutation = { register: { registrations: Array<{ id: string, status: RegistrationStatus, waitlistPosition: number | null }> } };

export type StressCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type StressCancelMutation = { cancelRegistration: { registration: { id: string, status: RegistrationStatus } } };

export type StressApproveMutationVariables = Exact<{
  id: string | number;
}>;


export type StressApproveMutation = { approveRegistration: { registration: { id: string, status: RegistrationStatus } } };

export type StressDeclineMutationVariables = Exact<{
  id: string | number;
}>;


export type StressDeclineMutation = { declineRegistration: { registration: { id: string, status: RegistrationStatus } } };

export type StressAcceptMutationVariables = Exact<{
  id: string | number;
}>;


export type StressAcceptMutation = { acceptOffer: { registration: { id: string, status: RegistrationStatus } } };

export type StressUpdateMutationVariables = Exact<{
  input: UpdateWorkshopInput;
}>;


export type StressUpdateMutation = { updateWorkshop: { workshop: { id: string, capacity: number } } };

export type StressListQueryVariables = Exact<{
  workshopId: string | number;
}>;


export type StressListQuery = { registrations: { edges: Array<{ node: { id: string, status: RegistrationStatus, waitlistPosition: number | null } }> } };

export type AuditPseudonymRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type AuditPseudonymRegisterMutation = { register: { registrations: Array<{ id: string, status: RegistrationStatus }> } };

export type AuditPseudonymEraseMutationVariables = Exact<{
  email: string;
}>;


export type AuditPseudonymEraseMutation = { erasePerson: { pseudonym: string } };

export type SecretsNotLoggedRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type SecretsNotLoggedRegisterMutation = { register: { registrations: Array<{ id: string }> } };

export type SecretsNotLoggedSignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SecretsNotLoggedSignInMutation = { signIn: { token: string } };

export type SecretsNotLoggedMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SecretsNotLoggedMeQuery = { me: { id: string, email: string } | null };

export type SecretsNotLoggedInviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type SecretsNotLoggedInviteUserMutation = { inviteUser: { inviteUrl: string | null } };

export type SecretsNotLoggedRotateCalendarTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type SecretsNotLoggedRotateCalendarTokenMutation = { rotateCalendarToken: { calendarFeeds: { personal: { link: { https: string } | null } | null } } };

export type SecretsNotLoggedSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SecretsNotLoggedSignOutMutation = { signOut: { revoked: boolean } };

export type SecretsNotLoggedMyIdQueryVariables = Exact<{ [key: string]: never; }>;


export type SecretsNotLoggedMyIdQuery = { me: { id: string } | null };

export type DemoSeedMeQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoSeedMeQuery = { me: { role: Role, organization: { kind: OrganizationKind } } | null };

export type DemoSeedOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoSeedOrganizationsQuery = { organizations: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean } } };

export type DemoSeedWorkshopsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoSeedWorkshopsQuery = { workshops: { edges: Array<{ node: { id: string } }> } };

export type DemoSeedResourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoSeedResourcesQuery = { resources: { totalCount: number, edges: Array<{ node: { title: string, download: { downloadUrl: string } | null } }> } };

export type AdminCreateMyRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCreateMyRoleQuery = { me: { role: Role, organization: { kind: OrganizationKind } } | null };

export type AdminCreateMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCreateMeQuery = { me: { id: string } | null };

export type EmailIdentityInviteMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type EmailIdentityInviteMutation = { inviteUser: { inviteUrl: string | null, emailed: boolean, invitation: { email: string } } };

export type EmailIdentityAcceptMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type EmailIdentityAcceptMutation = { acceptInvitation: { token: string, user: { emailConfirmed: boolean } } };

export type EmailIdentityMineQueryVariables = Exact<{ [key: string]: never; }>;


export type EmailIdentityMineQuery = { myRegistrations: { edges: Array<{ node: { id: string, participant: { name: string, email: string } } }> } };

export type EmailIdentitySetPreferencesMutationVariables = Exact<{ [key: string]: never; }>;


export type EmailIdentitySetPreferencesMutation = { updateNotificationPreferences: { preferences: { reminders: boolean } } };

export type EmailIdentityPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type EmailIdentityPreferencesQuery = { notificationPreferences: { reminders: boolean } };

export type EmailIdentityPersonalFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type EmailIdentityPersonalFeedMutation = { rotateCalendarToken: { calendarFeeds: { personal: { link: { https: string } | null } | null } } };

export type EmailIdentityRequestConfirmationMutationVariables = Exact<{ [key: string]: never; }>;


export type EmailIdentityRequestConfirmationMutation = { requestEmailConfirmation: { sent: boolean, emailConfirmed: boolean } };

export type EmailIdentityConfirmMutationVariables = Exact<{
  input: ConfirmEmailInput;
}>;


export type EmailIdentityConfirmMutation = { confirmEmail: { emailConfirmed: boolean } };

export type EmailIdentityNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type EmailIdentityNotificationsQuery = { notifications: { edges: Array<{ node: { body: string } }> } };

export type EmailIdentitySignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type EmailIdentitySignInMutation = { signIn: { token: string } };

export type InvitationsInviteMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InvitationsInviteMutation = { inviteUser: { inviteUrl: string | null, invitation: { email: string, role: Role, expiresAt: string, organization: { id: string, kind: OrganizationKind } } } };

export type InvitationsAcceptMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type InvitationsAcceptMutation = { acceptInvitation: { token: string, expiresAt: string, user: { id: string, email: string, name: string, role: Role, timeZone: string, language: string, organization: { id: string } } } };

export type InvitationsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitationsMeQuery = { me: { email: string } | null };

export type ResetRequestMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type ResetRequestMutation = { requestPasswordReset: { accepted: boolean } };

export type ResetWithLinkMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetWithLinkMutation = { resetPassword: { token: string, expiresAt: string, user: { id: string, email: string, emailConfirmed: boolean } } };

export type ResetSignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type ResetSignInMutation = { signIn: { token: string } };

export type ResetDisableMutationVariables = Exact<{
  input: DisableUserInput;
}>;


export type ResetDisableMutation = { disableUser: { user: { id: string, disabled: boolean } } };

export type ResetMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ResetMeQuery = { me: { id: string } | null };

export type ProfileUpdateMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type ProfileUpdateMutation = { updateProfile: { user: { id: string, name: string, language: string, timeZone: string, email: string, role: Role } } };

export type ProfileMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ProfileMeQuery = { me: { name: string, language: string, timeZone: string } | null };

export type ProfileTimesQueryVariables = Exact<{
  id: string | number;
}>;


export type ProfileTimesQuery = { workshop: { times: { viewerStartsAt: { timeZone: string, local: string } | null } } | null };

export type SignInSignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInSignInMutation = { signIn: { token: string, expiresAt: string, user: { id: string, email: string, role: Role } } };

export type SignInMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInMeQuery = { me: { id: string, email: string, name: string, role: Role, timeZone: string, organization: { id: string, name: string, kind: OrganizationKind } } | null };

export type SignInSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignInSignOutMutation = { signOut: { revoked: boolean } };

export type UserAdminDisableMutationVariables = Exact<{
  input: DisableUserInput;
}>;


export type UserAdminDisableMutation = { disableUser: { user: { id: string, disabled: boolean } } };

export type UserAdminEnableMutationVariables = Exact<{
  input: EnableUserInput;
}>;


export type UserAdminEnableMutation = { enableUser: { user: { id: string, disabled: boolean } } };

export type UserAdminRoleMutationVariables = Exact<{
  input: ChangeUserRoleInput;
}>;


export type UserAdminRoleMutation = { changeUserRole: { user: { id: string, role: Role } } };

export type UserAdminMeQueryVariables = Exact<{ [key: string]: never; }>;


export type UserAdminMeQuery = { me: { id: string } | null };

export type UserAdminMyRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type UserAdminMyRoleQuery = { me: { role: Role } | null };

export type AnswerCachePageQueryVariables = Exact<{ [key: string]: never; }>;


export type AnswerCachePageQuery = { workshops: { edges: Array<{ node: { id: string, title: string, seats: { confirmed: number, available: number } } }> } };

export type AnswerCacheWithResourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type AnswerCacheWithResourcesQuery = { workshops: { edges: Array<{ node: { id: string, resources: Array<{ id: string }> } }> } };

export type AnswerCacheHeldReadQueryVariables = Exact<{ [key: string]: never; }>;


export type AnswerCacheHeldReadQuery = { workshops: { edges: Array<{ node: { id: string, title: string } }> } };

export type CancelledDraftsCreateMutationVariables = Exact<{
  input: CreateWorkshopInput;
}>;


export type CancelledDraftsCreateMutation = { createWorkshop: { workshop: { id: string } } };

export type CancelledDraftsPublishMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelledDraftsPublishMutation = { publishWorkshop: { workshop: { id: string } } };

export type CancelledDraftsCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelledDraftsCancelMutation = { cancelWorkshop: { workshop: { id: string, status: WorkshopStatus } } };

export type CancelledDraftsReadQueryVariables = Exact<{
  id: string | number;
}>;


export type CancelledDraftsReadQuery = { workshop: { id: string, description: string | null, cancellationReason: string | null, venue: { address: string | null } | null } | null };

export type CancelledDraftsCancelledQueryVariables = Exact<{ [key: string]: never; }>;


export type CancelledDraftsCancelledQuery = { workshops: { edges: Array<{ node: { id: string } }> } };

export type WorkshopsJoiningDetailsReadQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkshopsJoiningDetailsReadQuery = { workshop: { sessions: Array<{ title: string, location: string | null, joiningDetails: string | null }> } | null };

export type PlanningWorkshopFragment = { id: string, title: string, status: WorkshopStatus, sequence: number, format: WorkshopFormat, timeZone: string, startsAt: string, endsAt: string, onlineUrl: string | null, capacity: number, perGroupQuota: number | null, registrationClosesAt: string | null, requiresApproval: boolean, topics: Array<string>, languages: Array<string>, venue: { name: string, city: string, country: string } | null, sessions: Array<{ title: string, startsAt: string, endsAt: string }>, eligibility: { regions: Array<string>, organizationIds: Array<string> }, seats: { capacity: number, confirmed: number, waitlisted: number, available: number } };

export type PlanningCreateMutationVariables = Exact<{
  input: CreateWorkshopInput;
}>;


export type PlanningCreateMutation = { createWorkshop: { workshop: { id: string, title: string, status: WorkshopStatus, sequence: number, format: WorkshopFormat, timeZone: string, startsAt: string, endsAt: string, onlineUrl: string | null, capacity: number, perGroupQuota: number | null, registrationClosesAt: string | null, requiresApproval: boolean, topics: Array<string>, languages: Array<string>, venue: { name: string, city: string, country: string } | null, sessions: Array<{ title: string, startsAt: string, endsAt: string }>, eligibility: { regions: Array<string>, organizationIds: Array<string> }, seats: { capacity: number, confirmed: number, waitlisted: number, available: number } } } };

export type PlanningUpdateMutationVariables = Exact<{
  input: UpdateWorkshopInput;
}>;


export type PlanningUpdateMutation = { updateWorkshop: { workshop: { id: string, title: string, status: WorkshopStatus, sequence: number, format: WorkshopFormat, timeZone: string, startsAt: string, endsAt: string, onlineUrl: string | null, capacity: number, perGroupQuota: number | null, registrationClosesAt: string | null, requiresApproval: boolean, topics: Array<string>, languages: Array<string>, venue: { name: string, city: string, country: string } | null, sessions: Array<{ title: string, startsAt: string, endsAt: string }>, eligibility: { regions: Array<string>, organizationIds: Array<string> }, seats: { capacity: number, confirmed: number, waitlisted: number, available: number } } } };

export type PlanningPublishMutationVariables = Exact<{
  id: string | number;
}>;


export type PlanningPublishMutation = { publishWorkshop: { workshop: { id: string, status: WorkshopStatus, sequence: number } } };

export type PlanningCancelMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type PlanningCancelMutation = { cancelWorkshop: { workshop: { id: string, status: WorkshopStatus, sequence: number, cancellationReason: string | null } } };

export type PlanningCompleteMutationVariables = Exact<{
  id: string | number;
}>;


export type PlanningCompleteMutation = { completeWorkshop: { workshop: { id: string, status: WorkshopStatus } } };

export type ProgrammeSearchListQueryVariables = Exact<{
  filter?: WorkshopFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProgrammeSearchListQuery = { workshops: { edges: Array<{ node: { id: string, title: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ProgrammeSearchOrganizationsQueryVariables = Exact<{
  text?: string | null | undefined;
}>;


export type ProgrammeSearchOrganizationsQuery = { organizations: { edges: Array<{ node: { name: string } }> } };

export type ReadingListQueryVariables = Exact<{
  filter?: WorkshopFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReadingListQuery = { workshops: { edges: Array<{ cursor: string, node: { id: string, title: string, status: WorkshopStatus, onlineUrl: string | null, startsAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReadingOneQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadingOneQuery = { workshop: { id: string, title: string, onlineUrl: string | null, times: { venueStartsAt: { iso: string, local: string, timeZone: string, offset: string, abbreviation: string }, viewerStartsAt: { iso: string, local: string, timeZone: string, offset: string } | null }, sessions: Array<{ title: string, location: string | null, times: { venueStartsAt: { local: string }, viewerStartsAt: { local: string } | null } }> } | null };

export type ReadingQueryQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ReadingQueryQuery = { workshops: { edges: Array<{ node: { id: string, title: string, seats: { capacity: number, confirmed: number, waitlisted: number, available: number }, facilitators: Array<{ name: string }>, sessions: Array<{ title: string, times: { venueStartsAt: { local: string }, viewerStartsAt: { local: string } | null } }>, times: { venueStartsAt: { iso: string }, viewerStartsAt: { iso: string } | null } } }> } };

export type SeriesCreateSeriesMutationVariables = Exact<{
  input: CreateWorkshopSeriesInput;
}>;


export type SeriesCreateSeriesMutation = { createWorkshopSeries: { seriesId: string, workshops: Array<{ id: string, seriesId: string | null, status: WorkshopStatus, startsAt: string, endsAt: string, registrationClosesAt: string | null, times: { venueStartsAt: { local: string } }, sessions: Array<{ title: string, times: { venueStartsAt: { local: string }, venueEndsAt: { local: string } } }> }> } };

export type SeriesUpdateMutationVariables = Exact<{
  input: UpdateWorkshopInput;
}>;


export type SeriesUpdateMutation = { updateWorkshop: { workshop: { id: string, title: string, sequence: number, times: { venueStartsAt: { local: string } } }, alsoUpdated: Array<{ id: string, title: string, sequence: number, times: { venueStartsAt: { local: string } } }> } };

export type SeriesPublishWorkshopMutationVariables = Exact<{
  id: string | number;
}>;


export type SeriesPublishWorkshopMutation = { publishWorkshop: { workshop: { id: string } } };

export type SessionLocationLinksCreateMutationVariables = Exact<{
  input: CreateWorkshopInput;
}>;


export type SessionLocationLinksCreateMutation = { createWorkshop: { workshop: { id: string } } };

export type SessionLocationLinksPublishMutationVariables = Exact<{
  id: string | number;
}>;


export type SessionLocationLinksPublishMutation = { publishWorkshop: { workshop: { id: string, status: WorkshopStatus } } };

export type SessionLocationLinksUpdateMutationVariables = Exact<{
  input: UpdateWorkshopInput;
}>;


export type SessionLocationLinksUpdateMutation = { updateWorkshop: { workshop: { id: string } } };

export type SessionLocationLinksSessionsQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionLocationLinksSessionsQuery = { workshop: { sessions: Array<{ title: string, location: string | null, joiningDetails: string | null }> } | null };

export type SessionLocationLinksListQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionLocationLinksListQuery = { workshops: { edges: Array<{ node: { id: string, sessions: Array<{ title: string, location: string | null, joiningDetails: string | null }> } }> } };

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
export const SeatingRegFragmentDoc = new TypedDocumentString(`
    fragment SeatingReg on Registration {
  id
  status
  waitlistPosition
}
    `, {"fragmentName":"SeatingReg"}) as unknown as TypedDocumentString<SeatingRegFragment, unknown>;
export const PlanningWorkshopFragmentDoc = new TypedDocumentString(`
    fragment PlanningWorkshop on Workshop {
  id
  title
  status
  sequence
  format
  timeZone
  startsAt
  endsAt
  onlineUrl
  capacity
  perGroupQuota
  registrationClosesAt
  requiresApproval
  venue {
    name
    city
    country
  }
  topics
  languages
  sessions {
    title
    startsAt
    endsAt
  }
  eligibility {
    regions
    organizationIds
  }
  seats {
    capacity
    confirmed
    waitlisted
    available
  }
}
    `, {"fragmentName":"PlanningWorkshop"}) as unknown as TypedDocumentString<PlanningWorkshopFragment, unknown>;
export const OfflineRegisterDocument = new TypedDocumentString(`
    mutation OfflineRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<OfflineRegisterMutation, OfflineRegisterMutationVariables>;
export const FixturesSignInDocument = new TypedDocumentString(`
    mutation FixturesSignIn($input: SignInInput!) {
  signIn(input: $input) {
    token
    user {
      id
      email
      role
    }
  }
}
    `) as unknown as TypedDocumentString<FixturesSignInMutation, FixturesSignInMutationVariables>;
export const MatrixSignInDocument = new TypedDocumentString(`
    mutation MatrixSignIn {
  signIn(input: {email: "a@example.org", password: "x"}) {
    token
  }
}
    `) as unknown as TypedDocumentString<MatrixSignInMutation, MatrixSignInMutationVariables>;
export const MatrixSignOutDocument = new TypedDocumentString(`
    mutation MatrixSignOut {
  signOut {
    revoked
  }
}
    `) as unknown as TypedDocumentString<MatrixSignOutMutation, MatrixSignOutMutationVariables>;
export const MatrixAcceptDocument = new TypedDocumentString(`
    mutation MatrixAccept($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<MatrixAcceptMutation, MatrixAcceptMutationVariables>;
export const MatrixConfirmDocument = new TypedDocumentString(`
    mutation MatrixConfirm($input: ConfirmEmailInput!) {
  confirmEmail(input: $input) {
    emailConfirmed
  }
}
    `) as unknown as TypedDocumentString<MatrixConfirmMutation, MatrixConfirmMutationVariables>;
export const MatrixResetDocument = new TypedDocumentString(`
    mutation MatrixReset($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<MatrixResetMutation, MatrixResetMutationVariables>;
export const MatrixMyRegistrationsDocument = new TypedDocumentString(`
    query MatrixMyRegistrations {
  myRegistrations {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixMyRegistrationsQuery, MatrixMyRegistrationsQueryVariables>;
export const MatrixChoicesDocument = new TypedDocumentString(`
    mutation MatrixChoices {
  updateNotificationPreferences(input: {reminders: false}) {
    preferences {
      reminders
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixChoicesMutation, MatrixChoicesMutationVariables>;
export const PrivateFeedsFeedsDocument = new TypedDocumentString(`
    query PrivateFeedsFeeds {
  calendarFeeds {
    public {
      name
      https
      webcal
    }
    regions {
      name
      https
    }
    topics {
      name
      https
    }
    personal {
      feed
      issuedAt
      link {
        name
        https
        webcal
      }
    }
    group {
      feed
      issuedAt
      link {
        name
        https
        webcal
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrivateFeedsFeedsQuery, PrivateFeedsFeedsQueryVariables>;
export const PrivateFeedsRotateDocument = new TypedDocumentString(`
    mutation PrivateFeedsRotate($input: RotateCalendarTokenInput!) {
  rotateCalendarToken(input: $input) {
    calendarFeeds {
      personal {
        feed
        issuedAt
        link {
          https
        }
      }
      group {
        feed
        issuedAt
        link {
          https
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrivateFeedsRotateMutation, PrivateFeedsRotateMutationVariables>;
export const PrivateFeedsRegisterDocument = new TypedDocumentString(`
    mutation PrivateFeedsRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PrivateFeedsRegisterMutation, PrivateFeedsRegisterMutationVariables>;
export const PrivateFeedsCancelRegistrationDocument = new TypedDocumentString(`
    mutation PrivateFeedsCancelRegistration($id: ID!) {
  cancelRegistration(input: {id: $id}) {
    registration {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PrivateFeedsCancelRegistrationMutation, PrivateFeedsCancelRegistrationMutationVariables>;
export const PrivateFeedsCancelWorkshopDocument = new TypedDocumentString(`
    mutation PrivateFeedsCancelWorkshop($id: ID!) {
  cancelWorkshop(input: {id: $id, reason: "Postponed."}) {
    workshop {
      id
      sequence
    }
  }
}
    `) as unknown as TypedDocumentString<PrivateFeedsCancelWorkshopMutation, PrivateFeedsCancelWorkshopMutationVariables>;
export const PrivateFeedsDisableUserDocument = new TypedDocumentString(`
    mutation PrivateFeedsDisableUser($id: ID!) {
  disableUser(input: {id: $id}) {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PrivateFeedsDisableUserMutation, PrivateFeedsDisableUserMutationVariables>;
export const PrivateFeedsErasePersonDocument = new TypedDocumentString(`
    mutation PrivateFeedsErasePerson($email: String!) {
  erasePerson(input: {email: $email}) {
    pseudonym
  }
}
    `) as unknown as TypedDocumentString<PrivateFeedsErasePersonMutation, PrivateFeedsErasePersonMutationVariables>;
export const PrivateFeedsChangeUserRoleDocument = new TypedDocumentString(`
    mutation PrivateFeedsChangeUserRole($id: ID!) {
  changeUserRole(input: {id: $id, role: MEMBER}) {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PrivateFeedsChangeUserRoleMutation, PrivateFeedsChangeUserRoleMutationVariables>;
export const PublicFeedsCreateDocument = new TypedDocumentString(`
    mutation PublicFeedsCreate($input: CreateWorkshopInput!) {
  createWorkshop(input: $input) {
    workshop {
      id
      sequence
    }
  }
}
    `) as unknown as TypedDocumentString<PublicFeedsCreateMutation, PublicFeedsCreateMutationVariables>;
export const PublicFeedsPublishDocument = new TypedDocumentString(`
    mutation PublicFeedsPublish($id: ID!) {
  publishWorkshop(input: {id: $id}) {
    workshop {
      id
      sequence
    }
  }
}
    `) as unknown as TypedDocumentString<PublicFeedsPublishMutation, PublicFeedsPublishMutationVariables>;
export const PublicFeedsUpdateDocument = new TypedDocumentString(`
    mutation PublicFeedsUpdate($input: UpdateWorkshopInput!) {
  updateWorkshop(input: $input) {
    workshop {
      id
      sequence
    }
  }
}
    `) as unknown as TypedDocumentString<PublicFeedsUpdateMutation, PublicFeedsUpdateMutationVariables>;
export const PublicFeedsCancelDocument = new TypedDocumentString(`
    mutation PublicFeedsCancel($id: ID!) {
  cancelWorkshop(input: {id: $id, reason: "The venue closed."}) {
    workshop {
      id
      sequence
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PublicFeedsCancelMutation, PublicFeedsCancelMutationVariables>;
export const PublicFeedsRegisterDocument = new TypedDocumentString(`
    mutation PublicFeedsRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PublicFeedsRegisterMutation, PublicFeedsRegisterMutationVariables>;
export const CalendarTwoProcessesUpdateDocument = new TypedDocumentString(`
    mutation CalendarTwoProcessesUpdate($input: UpdateWorkshopInput!) {
  updateWorkshop(input: $input) {
    workshop {
      id
      sequence
    }
  }
}
    `) as unknown as TypedDocumentString<CalendarTwoProcessesUpdateMutation, CalendarTwoProcessesUpdateMutationVariables>;
export const CalendarTwoProcessesRegisterDocument = new TypedDocumentString(`
    mutation CalendarTwoProcessesRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CalendarTwoProcessesRegisterMutation, CalendarTwoProcessesRegisterMutationVariables>;
export const CalendarTwoProcessesFeedsDocument = new TypedDocumentString(`
    query CalendarTwoProcessesFeeds {
  calendarFeeds {
    personal {
      link {
        https
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CalendarTwoProcessesFeedsQuery, CalendarTwoProcessesFeedsQueryVariables>;
export const ApiKilledRegisterDocument = new TypedDocumentString(`
    mutation ApiKilledRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ApiKilledRegisterMutation, ApiKilledRegisterMutationVariables>;
export const DatabaseOutageRegisterDocument = new TypedDocumentString(`
    mutation DatabaseOutageRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<DatabaseOutageRegisterMutation, DatabaseOutageRegisterMutationVariables>;
export const DatabaseOutageWorkshopsDocument = new TypedDocumentString(`
    query DatabaseOutageWorkshops {
  workshops(first: 5) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DatabaseOutageWorkshopsQuery, DatabaseOutageWorkshopsQueryVariables>;
export const EmailIdentityFuzzInviteDocument = new TypedDocumentString(`
    mutation EmailIdentityFuzzInvite($input: InviteUserInput!) {
  inviteUser(input: $input) {
    inviteUrl
    emailed
    invitation {
      email
      role
    }
  }
}
    `) as unknown as TypedDocumentString<EmailIdentityFuzzInviteMutation, EmailIdentityFuzzInviteMutationVariables>;
export const EmailIdentityFuzzAcceptDocument = new TypedDocumentString(`
    mutation EmailIdentityFuzzAccept($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    token
    user {
      id
      emailConfirmed
    }
  }
}
    `) as unknown as TypedDocumentString<EmailIdentityFuzzAcceptMutation, EmailIdentityFuzzAcceptMutationVariables>;
export const EmailIdentityFuzzFeedDocument = new TypedDocumentString(`
    mutation EmailIdentityFuzzFeed {
  rotateCalendarToken(input: {feed: PERSONAL}) {
    calendarFeeds {
      personal {
        link {
          https
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EmailIdentityFuzzFeedMutation, EmailIdentityFuzzFeedMutationVariables>;
export const GraphqlFuzzSearchWorkshopsDocument = new TypedDocumentString(`
    query GraphqlFuzzSearchWorkshops($filter: WorkshopFilter) {
  workshops(first: 50, filter: $filter) {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<GraphqlFuzzSearchWorkshopsQuery, GraphqlFuzzSearchWorkshopsQueryVariables>;
export const GraphqlFuzzSearchResourcesDocument = new TypedDocumentString(`
    query GraphqlFuzzSearchResources($filter: ResourceFilter) {
  resources(first: 50, filter: $filter) {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<GraphqlFuzzSearchResourcesQuery, GraphqlFuzzSearchResourcesQueryVariables>;
export const GraphqlFuzzSearchOrganizationsDocument = new TypedDocumentString(`
    query GraphqlFuzzSearchOrganizations($filter: OrganizationFilter) {
  organizations(first: 50, filter: $filter) {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<GraphqlFuzzSearchOrganizationsQuery, GraphqlFuzzSearchOrganizationsQueryVariables>;
export const HttpHostileSignInDocument = new TypedDocumentString(`
    mutation HttpHostileSignIn($input: SignInInput!) {
  signIn(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<HttpHostileSignInMutation, HttpHostileSignInMutationVariables>;
export const RegressionsUpdateThisAndFutureDocument = new TypedDocumentString(`
    mutation RegressionsUpdateThisAndFuture($input: UpdateWorkshopInput!) {
  updateWorkshop(input: $input) {
    workshop {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RegressionsUpdateThisAndFutureMutation, RegressionsUpdateThisAndFutureMutationVariables>;
export const RegressionsFirstChoicesDocument = new TypedDocumentString(`
    mutation RegressionsFirstChoices($input: UpdateNotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) {
    preferences {
      digests
    }
  }
}
    `) as unknown as TypedDocumentString<RegressionsFirstChoicesMutation, RegressionsFirstChoicesMutationVariables>;
export const LettersRegisterDocument = new TypedDocumentString(`
    mutation LettersRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LettersRegisterMutation, LettersRegisterMutationVariables>;
export const LettersRequestDocument = new TypedDocumentString(`
    mutation LettersRequest($input: RequestInvitationLetterInput!) {
  requestInvitationLetter(input: $input) {
    letter {
      id
      status
      language
      questions {
        key
      }
      verificationCode
      downloadUrl
    }
  }
}
    `) as unknown as TypedDocumentString<LettersRequestMutation, LettersRequestMutationVariables>;
export const LettersDecideDocument = new TypedDocumentString(`
    mutation LettersDecide($input: DecideInvitationLetterInput!) {
  decideInvitationLetter(input: $input) {
    letter {
      id
      status
      coverage
      signatory
      declineReason
      verificationCode
      downloadUrl
    }
  }
}
    `) as unknown as TypedDocumentString<LettersDecideMutation, LettersDecideMutationVariables>;
export const LettersMineDocument = new TypedDocumentString(`
    query LettersMine {
  myRegistrations {
    edges {
      node {
        id
        invitationLetter {
          status
          verificationCode
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LettersMineQuery, LettersMineQueryVariables>;
export const LettersListDocument = new TypedDocumentString(`
    query LettersList($workshopId: ID!) {
  registrations(workshopId: $workshopId) {
    edges {
      node {
        id
        invitationLetter {
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LettersListQuery, LettersListQueryVariables>;
export const LettersOfWorkshopDocument = new TypedDocumentString(`
    query LettersOfWorkshop($workshopId: ID!) {
  invitationLetters(workshopId: $workshopId) {
    id
    status
    registration {
      participant {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LettersOfWorkshopQuery, LettersOfWorkshopQueryVariables>;
export const LettersVerifyDocument = new TypedDocumentString(`
    query LettersVerify($code: String!) {
  verifyInvitationLetter(code: $code) {
    name
    workshopTitle
    startsAt
    endsAt
  }
}
    `) as unknown as TypedDocumentString<LettersVerifyQuery, LettersVerifyQueryVariables>;
export const DeliveryRacesMarkReadDocument = new TypedDocumentString(`
    mutation DeliveryRacesMarkRead($ids: [ID!]) {
  markNotificationsRead(input: {ids: $ids}) {
    marked
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<DeliveryRacesMarkReadMutation, DeliveryRacesMarkReadMutationVariables>;
export const DeliveryRacesMineDocument = new TypedDocumentString(`
    query DeliveryRacesMine {
  notifications(first: 20) {
    unreadCount
    edges {
      node {
        id
        readAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryRacesMineQuery, DeliveryRacesMineQueryVariables>;
export const DeliveryReadsRegisterDocument = new TypedDocumentString(`
    mutation DeliveryReadsRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
      status
      waitlistPosition
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryReadsRegisterMutation, DeliveryReadsRegisterMutationVariables>;
export const DeliveryReadsCancelDocument = new TypedDocumentString(`
    mutation DeliveryReadsCancel($id: ID!) {
  cancelRegistration(input: {id: $id}) {
    registration {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryReadsCancelMutation, DeliveryReadsCancelMutationVariables>;
export const DeliveryReadsRegistrationsDocument = new TypedDocumentString(`
    query DeliveryReadsRegistrations($id: ID!) {
  registrations(workshopId: $id, first: 20) {
    edges {
      node {
        status
        waitlistPosition
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryReadsRegistrationsQuery, DeliveryReadsRegistrationsQueryVariables>;
export const DeliveryDeliveriesDocument = new TypedDocumentString(`
    query DeliveryDeliveries($filter: NotificationDeliveryFilter) {
  notificationDeliveries(filter: $filter, first: 50) {
    edges {
      node {
        id
        kind
        recipientEmail
        state
        attempts
        lastError
        nextAttemptAt
        sentAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryDeliveriesQuery, DeliveryDeliveriesQueryVariables>;
export const DeliveryRetryDocument = new TypedDocumentString(`
    mutation DeliveryRetry($id: ID!) {
  retryNotificationDelivery(input: {id: $id}) {
    delivery {
      id
      state
      attempts
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveryRetryMutation, DeliveryRetryMutationVariables>;
export const FollowUpLinkDocument = new TypedDocumentString(`
    mutation FollowUpLink($input: LinkResourceInput!) {
  linkResource(input: $input) {
    resource {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpLinkMutation, FollowUpLinkMutationVariables>;
export const InvitationEmailInviteDocument = new TypedDocumentString(`
    mutation InvitationEmailInvite($input: InviteUserInput!) {
  inviteUser(input: $input) {
    inviteUrl
  }
}
    `) as unknown as TypedDocumentString<InvitationEmailInviteMutation, InvitationEmailInviteMutationVariables>;
export const InvitationEmailAcceptDocument = new TypedDocumentString(`
    mutation InvitationEmailAccept($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<InvitationEmailAcceptMutation, InvitationEmailAcceptMutationVariables>;
export const RegistrationMessagesRegisterDocument = new TypedDocumentString(`
    mutation RegistrationMessagesRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
      status
      waitlistPosition
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationMessagesRegisterMutation, RegistrationMessagesRegisterMutationVariables>;
export const RegistrationMessagesCancelDocument = new TypedDocumentString(`
    mutation RegistrationMessagesCancel($id: ID!) {
  cancelRegistration(input: {id: $id}) {
    registration {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationMessagesCancelMutation, RegistrationMessagesCancelMutationVariables>;
export const RegistrationMessagesMyNotificationsDocument = new TypedDocumentString(`
    query RegistrationMessagesMyNotifications {
  notifications(first: 10) {
    unreadCount
    edges {
      node {
        kind
        title
        body
        readAt
        workshop {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationMessagesMyNotificationsQuery, RegistrationMessagesMyNotificationsQueryVariables>;
export const RegistrationMessagesMarkReadDocument = new TypedDocumentString(`
    mutation RegistrationMessagesMarkRead {
  markNotificationsRead(input: {all: true}) {
    marked
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<RegistrationMessagesMarkReadMutation, RegistrationMessagesMarkReadMutationVariables>;
export const RegistrationMessagesCancelWorkshopDocument = new TypedDocumentString(`
    mutation RegistrationMessagesCancelWorkshop($id: ID!) {
  cancelWorkshop(input: {id: $id, reason: "The venue closed"}) {
    workshop {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationMessagesCancelWorkshopMutation, RegistrationMessagesCancelWorkshopMutationVariables>;
export const RemindersCreateDocument = new TypedDocumentString(`
    mutation RemindersCreate($input: CreateWorkshopInput!) {
  createWorkshop(input: $input) {
    workshop {
      id
      reminderHoursBefore
    }
  }
}
    `) as unknown as TypedDocumentString<RemindersCreateMutation, RemindersCreateMutationVariables>;
export const RemindersPublishDocument = new TypedDocumentString(`
    mutation RemindersPublish($id: ID!) {
  publishWorkshop(input: {id: $id}) {
    workshop {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RemindersPublishMutation, RemindersPublishMutationVariables>;
export const RemindersUpdateDocument = new TypedDocumentString(`
    mutation RemindersUpdate($input: UpdateWorkshopInput!) {
  updateWorkshop(input: $input) {
    workshop {
      id
      sequence
    }
  }
}
    `) as unknown as TypedDocumentString<RemindersUpdateMutation, RemindersUpdateMutationVariables>;
export const RemindersRegisterDocument = new TypedDocumentString(`
    mutation RemindersRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RemindersRegisterMutation, RemindersRegisterMutationVariables>;
export const RemindersPreferencesDocument = new TypedDocumentString(`
    mutation RemindersPreferences($input: UpdateNotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) {
    preferences {
      reminders
      digests
    }
  }
}
    `) as unknown as TypedDocumentString<RemindersPreferencesMutation, RemindersPreferencesMutationVariables>;
export const RemindersCancelWorkshopDocument = new TypedDocumentString(`
    mutation RemindersCancelWorkshop($id: ID!) {
  cancelWorkshop(input: {id: $id, reason: "Postponed"}) {
    workshop {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RemindersCancelWorkshopMutation, RemindersCancelWorkshopMutationVariables>;
export const OrganizationsCountriesDocument = new TypedDocumentString(`
    query OrganizationsCountries($language: String) {
  countries(language: $language) {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<OrganizationsCountriesQuery, OrganizationsCountriesQueryVariables>;
export const DirectoryScopeResourcesDocument = new TypedDocumentString(`
    query DirectoryScopeResources {
  resources(first: 20) {
    edges {
      node {
        id
        organization {
          id
          name
          contactEmail
          statusHistory {
            reason
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DirectoryScopeResourcesQuery, DirectoryScopeResourcesQueryVariables>;
export const DirectoryScopeOrganizationDocument = new TypedDocumentString(`
    query DirectoryScopeOrganization($id: ID!) {
  organization(id: $id) {
    id
    statusHistory {
      to
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<DirectoryScopeOrganizationQuery, DirectoryScopeOrganizationQueryVariables>;
export const DirectoryScopeSuspendDocument = new TypedDocumentString(`
    mutation DirectoryScopeSuspend($input: SuspendOrganizationInput!) {
  suspendOrganization(input: $input) {
    organization {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DirectoryScopeSuspendMutation, DirectoryScopeSuspendMutationVariables>;
export const MembershipAssessDocument = new TypedDocumentString(`
    mutation MembershipAssess($input: RecordMembershipAssessmentInput!) {
  recordMembershipAssessment(input: $input) {
    organization {
      id
      membershipStatus
      assessments {
        decision
        notes
        decidedOn
      }
      statusHistory {
        from
        to
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MembershipAssessMutation, MembershipAssessMutationVariables>;
export const MembershipSuspendDocument = new TypedDocumentString(`
    mutation MembershipSuspend($input: SuspendOrganizationInput!) {
  suspendOrganization(input: $input) {
    organization {
      membershipStatus
      statusHistory {
        from
        to
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MembershipSuspendMutation, MembershipSuspendMutationVariables>;
export const MembershipReinstateDocument = new TypedDocumentString(`
    mutation MembershipReinstate($input: ReinstateOrganizationInput!) {
  reinstateOrganization(input: $input) {
    organization {
      membershipStatus
    }
  }
}
    `) as unknown as TypedDocumentString<MembershipReinstateMutation, MembershipReinstateMutationVariables>;
export const MembershipReadDocument = new TypedDocumentString(`
    query MembershipRead($id: ID!) {
  organization(id: $id) {
    membershipStatus
    assessments {
      decision
      notes
    }
    statusHistory {
      to
    }
  }
}
    `) as unknown as TypedDocumentString<MembershipReadQuery, MembershipReadQueryVariables>;
export const MembershipCreateDocument = new TypedDocumentString(`
    mutation MembershipCreate($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    organization {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MembershipCreateMutation, MembershipCreateMutationVariables>;
export const OrganizationsCreateDocument = new TypedDocumentString(`
    mutation OrganizationsCreate($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    organization {
      id
      name
      kind
      country
      region
      membershipStatus
      topics
      languages
      website
      contactEmail
      statusHistory {
        from
        to
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationsCreateMutation, OrganizationsCreateMutationVariables>;
export const OrganizationsUpdateDocument = new TypedDocumentString(`
    mutation OrganizationsUpdate($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    organization {
      id
      name
      country
      region
      website
      contactEmail
      topics
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationsUpdateMutation, OrganizationsUpdateMutationVariables>;
export const OrganizationsListDocument = new TypedDocumentString(`
    query OrganizationsList($filter: OrganizationFilter, $first: Int, $after: String) {
  organizations(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        name
        country
        region
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationsListQuery, OrganizationsListQueryVariables>;
export const OrganizationsOrganizationDocument = new TypedDocumentString(`
    query OrganizationsOrganization($id: ID!) {
  organization(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<OrganizationsOrganizationQuery, OrganizationsOrganizationQueryVariables>;
export const OrganizationsByIdDocument = new TypedDocumentString(`
    query OrganizationsById($id: ID!) {
  organization(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<OrganizationsByIdQuery, OrganizationsByIdQueryVariables>;
export const ReferenceNamesDocument = new TypedDocumentString(`
    query ReferenceNames($language: String) {
  regions(language: $language) {
    code
    name
  }
  topics(language: $language) {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<ReferenceNamesQuery, ReferenceNamesQueryVariables>;
export const PlatformCommandCounterServerInfoDocument = new TypedDocumentString(`
    query PlatformCommandCounterServerInfo {
  serverInfo {
    name
  }
}
    `) as unknown as TypedDocumentString<PlatformCommandCounterServerInfoQuery, PlatformCommandCounterServerInfoQueryVariables>;
export const PlatformExplorerSchemaDocument = new TypedDocumentString(`
    query PlatformExplorerSchema {
  __schema {
    queryType {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformExplorerSchemaQuery, PlatformExplorerSchemaQueryVariables>;
export const GraphqlHttpServerNameDocument = new TypedDocumentString(`
    query GraphqlHttpServerName {
  serverInfo {
    name
  }
}
    `) as unknown as TypedDocumentString<GraphqlHttpServerNameQuery, GraphqlHttpServerNameQueryVariables>;
export const GraphqlHttpServerInfoDocument = new TypedDocumentString(`
    query GraphqlHttpServerInfo {
  serverInfo {
    name
    version
    time
  }
}
    `) as unknown as TypedDocumentString<GraphqlHttpServerInfoQuery, GraphqlHttpServerInfoQueryVariables>;
export const LostUpdatesUpdateWorkshopDocument = new TypedDocumentString(`
    mutation LostUpdatesUpdateWorkshop($input: UpdateWorkshopInput!) {
  updateWorkshop(input: $input) {
    workshop {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesUpdateWorkshopMutation, LostUpdatesUpdateWorkshopMutationVariables>;
export const LostUpdatesRegisterDocument = new TypedDocumentString(`
    mutation LostUpdatesRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesRegisterMutation, LostUpdatesRegisterMutationVariables>;
export const LostUpdatesUpdateGroupDocument = new TypedDocumentString(`
    mutation LostUpdatesUpdateGroup($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    organization {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesUpdateGroupMutation, LostUpdatesUpdateGroupMutationVariables>;
export const LostUpdatesSuspendDocument = new TypedDocumentString(`
    mutation LostUpdatesSuspend($input: SuspendOrganizationInput!) {
  suspendOrganization(input: $input) {
    organization {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesSuspendMutation, LostUpdatesSuspendMutationVariables>;
export const LostUpdatesReinstateDocument = new TypedDocumentString(`
    mutation LostUpdatesReinstate($input: ReinstateOrganizationInput!) {
  reinstateOrganization(input: $input) {
    organization {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesReinstateMutation, LostUpdatesReinstateMutationVariables>;
export const LostUpdatesRoleDocument = new TypedDocumentString(`
    mutation LostUpdatesRole($input: ChangeUserRoleInput!) {
  changeUserRole(input: $input) {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesRoleMutation, LostUpdatesRoleMutationVariables>;
export const LostUpdatesDisableDocument = new TypedDocumentString(`
    mutation LostUpdatesDisable($input: DisableUserInput!) {
  disableUser(input: $input) {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesDisableMutation, LostUpdatesDisableMutationVariables>;
export const LostUpdatesEnableDocument = new TypedDocumentString(`
    mutation LostUpdatesEnable($input: EnableUserInput!) {
  enableUser(input: $input) {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesEnableMutation, LostUpdatesEnableMutationVariables>;
export const PlatformPortalServerNameDocument = new TypedDocumentString(`
    query PlatformPortalServerName {
  serverInfo {
    name
  }
}
    `) as unknown as TypedDocumentString<PlatformPortalServerNameQuery, PlatformPortalServerNameQueryVariables>;
export const QueryTimeoutWorkshopIdsDocument = new TypedDocumentString(`
    query QueryTimeoutWorkshopIds {
  workshops(first: 5) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueryTimeoutWorkshopIdsQuery, QueryTimeoutWorkshopIdsQueryVariables>;
export const QueryTimeoutWorkshopTitlesDocument = new TypedDocumentString(`
    query QueryTimeoutWorkshopTitles {
  workshops(first: 5) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueryTimeoutWorkshopTitlesQuery, QueryTimeoutWorkshopTitlesQueryVariables>;
export const ReadModelsListDocument = new TypedDocumentString(`
    query ReadModelsList {
  workshops(first: 100, filter: {from: "2026-01-01T00:00:00Z"}) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadModelsListQuery, ReadModelsListQueryVariables>;
export const ReadModelsUpdateWorkshopDocument = new TypedDocumentString(`
    mutation ReadModelsUpdateWorkshop($input: UpdateWorkshopInput!) {
  updateWorkshop(input: $input) {
    workshop {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReadModelsUpdateWorkshopMutation, ReadModelsUpdateWorkshopMutationVariables>;
export const ReadModelsRegisterDocument = new TypedDocumentString(`
    mutation ReadModelsRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReadModelsRegisterMutation, ReadModelsRegisterMutationVariables>;
export const ReadinessServerInfoDocument = new TypedDocumentString(`
    query ReadinessServerInfo {
  serverInfo {
    name
  }
}
    `) as unknown as TypedDocumentString<ReadinessServerInfoQuery, ReadinessServerInfoQueryVariables>;
export const PlatformTwoProcessesListDocument = new TypedDocumentString(`
    query PlatformTwoProcessesList {
  workshops(first: 100, filter: {from: "2027-01-01T00:00:00Z"}) {
    edges {
      node {
        id
        title
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformTwoProcessesListQuery, PlatformTwoProcessesListQueryVariables>;
export const PlatformTwoProcessesUpdateDocument = new TypedDocumentString(`
    mutation PlatformTwoProcessesUpdate($input: UpdateWorkshopInput!) {
  updateWorkshop(input: $input) {
    workshop {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformTwoProcessesUpdateMutation, PlatformTwoProcessesUpdateMutationVariables>;
export const PlatformTwoProcessesPublishDocument = new TypedDocumentString(`
    mutation PlatformTwoProcessesPublish($input: PublishWorkshopInput!) {
  publishWorkshop(input: $input) {
    workshop {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformTwoProcessesPublishMutation, PlatformTwoProcessesPublishMutationVariables>;
export const PlatformTwoProcessesRegisterDocument = new TypedDocumentString(`
    mutation PlatformTwoProcessesRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformTwoProcessesRegisterMutation, PlatformTwoProcessesRegisterMutationVariables>;
export const PlatformTwoProcessesSeatsDocument = new TypedDocumentString(`
    query PlatformTwoProcessesSeats($id: ID!) {
  workshop(id: $id) {
    seats {
      confirmed
      waitlisted
      available
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformTwoProcessesSeatsQuery, PlatformTwoProcessesSeatsQueryVariables>;
export const PlatformTwoProcessesShareDocument = new TypedDocumentString(`
    mutation PlatformTwoProcessesShare($input: CreateResourceInput!) {
  createResource(input: $input) {
    resource {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformTwoProcessesShareMutation, PlatformTwoProcessesShareMutationVariables>;
export const PlatformTwoProcessesSearchDocument = new TypedDocumentString(`
    query PlatformTwoProcessesSearch($text: String) {
  resources(filter: {text: $text}) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformTwoProcessesSearchQuery, PlatformTwoProcessesSearchQueryVariables>;
export const PlatformTwoProcessesNamesDocument = new TypedDocumentString(`
    query PlatformTwoProcessesNames($text: String) {
  organizations(filter: {text: $text}) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformTwoProcessesNamesQuery, PlatformTwoProcessesNamesQueryVariables>;
export const PlatformTwoProcessesRenameDocument = new TypedDocumentString(`
    mutation PlatformTwoProcessesRename($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    organization {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformTwoProcessesRenameMutation, PlatformTwoProcessesRenameMutationVariables>;
export const PlatformTwoProcessesMeDocument = new TypedDocumentString(`
    query PlatformTwoProcessesMe {
  me {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<PlatformTwoProcessesMeQuery, PlatformTwoProcessesMeQueryVariables>;
export const PlatformTwoProcessesSignOutDocument = new TypedDocumentString(`
    mutation PlatformTwoProcessesSignOut {
  signOut {
    revoked
  }
}
    `) as unknown as TypedDocumentString<PlatformTwoProcessesSignOutMutation, PlatformTwoProcessesSignOutMutationVariables>;
export const PlatformTwoProcessesChangeUserRoleDocument = new TypedDocumentString(`
    mutation PlatformTwoProcessesChangeUserRole($input: ChangeUserRoleInput!) {
  changeUserRole(input: $input) {
    user {
      id
      role
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformTwoProcessesChangeUserRoleMutation, PlatformTwoProcessesChangeUserRoleMutationVariables>;
export const PlatformTwoProcessesDisableUserDocument = new TypedDocumentString(`
    mutation PlatformTwoProcessesDisableUser($input: DisableUserInput!) {
  disableUser(input: $input) {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformTwoProcessesDisableUserMutation, PlatformTwoProcessesDisableUserMutationVariables>;
export const AnswerLinksMineDocument = new TypedDocumentString(`
    query AnswerLinksMine {
  myRegistrations {
    edges {
      node {
        id
        answerLink
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnswerLinksMineQuery, AnswerLinksMineQueryVariables>;
export const AnswerLinksListDocument = new TypedDocumentString(`
    query AnswerLinksList($workshopId: ID!) {
  registrations(workshopId: $workshopId) {
    edges {
      node {
        id
        answerLink
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnswerLinksListQuery, AnswerLinksListQueryVariables>;
export const AnswerLinksOpenDocument = new TypedDocumentString(`
    query AnswerLinksOpen($token: String!) {
  answerLinkQuestions(token: $token) {
    workshop {
      id
      title
    }
    questions {
      question {
        id
        key
      }
      required
    }
    answered
    missing {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<AnswerLinksOpenQuery, AnswerLinksOpenQueryVariables>;
export const AnswerLinksUseDocument = new TypedDocumentString(`
    mutation AnswerLinksUse($input: AnswerByLinkInput!) {
  answerByLink(input: $input) {
    answersComplete
    missing {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<AnswerLinksUseMutation, AnswerLinksUseMutationVariables>;
export const AnswersEmailRegisterDocument = new TypedDocumentString(`
    mutation AnswersEmailRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AnswersEmailRegisterMutation, AnswersEmailRegisterMutationVariables>;
export const AnswersEmailSetDocument = new TypedDocumentString(`
    mutation AnswersEmailSet($input: SetWorkshopQuestionsInput!) {
  setWorkshopQuestions(input: $input) {
    workshop {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AnswersEmailSetMutation, AnswersEmailSetMutationVariables>;
export const AnswersEmailRemindDocument = new TypedDocumentString(`
    mutation AnswersEmailRemind($input: RemindMissingAnswersInput!) {
  remindMissingAnswers(input: $input) {
    asked
  }
}
    `) as unknown as TypedDocumentString<AnswersEmailRemindMutation, AnswersEmailRemindMutationVariables>;
export const AnswersEmailUseDocument = new TypedDocumentString(`
    mutation AnswersEmailUse($input: AnswerByLinkInput!) {
  answerByLink(input: $input) {
    answersComplete
  }
}
    `) as unknown as TypedDocumentString<AnswersEmailUseMutation, AnswersEmailUseMutationVariables>;
export const AnswersEmailInAppDocument = new TypedDocumentString(`
    query AnswersEmailInApp {
  notifications(first: 50) {
    edges {
      node {
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnswersEmailInAppQuery, AnswersEmailInAppQueryVariables>;
export const ConsentsSetDocument = new TypedDocumentString(`
    mutation ConsentsSet($input: SetWorkshopConsentsInput!) {
  setWorkshopConsents(input: $input) {
    workshop {
      id
      consentItems {
        key
        version
        required
        text(language: "fr")
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsentsSetMutation, ConsentsSetMutationVariables>;
export const ConsentsRegisterDocument = new TypedDocumentString(`
    mutation ConsentsRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
      consentsComplete
    }
  }
}
    `) as unknown as TypedDocumentString<ConsentsRegisterMutation, ConsentsRegisterMutationVariables>;
export const ConsentsGiveDocument = new TypedDocumentString(`
    mutation ConsentsGive($input: GiveConsentsInput!) {
  giveConsents(input: $input) {
    registration {
      id
      consentsComplete
      consents {
        item {
          key
        }
        version
        given
        current
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsentsGiveMutation, ConsentsGiveMutationVariables>;
export const ConsentsListDocument = new TypedDocumentString(`
    query ConsentsList($workshopId: ID!) {
  registrations(workshopId: $workshopId) {
    edges {
      node {
        id
        consentsComplete
        consents {
          item {
            key
          }
          given
          current
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsentsListQuery, ConsentsListQueryVariables>;
export const ConsentsOpenDocument = new TypedDocumentString(`
    query ConsentsOpen($token: String!) {
  answerLinkQuestions(token: $token) {
    consentItems {
      key
      version
    }
    consented
  }
}
    `) as unknown as TypedDocumentString<ConsentsOpenQuery, ConsentsOpenQueryVariables>;
export const ConsentsUseDocument = new TypedDocumentString(`
    mutation ConsentsUse($input: AnswerByLinkInput!) {
  answerByLink(input: $input) {
    answersComplete
  }
}
    `) as unknown as TypedDocumentString<ConsentsUseMutation, ConsentsUseMutationVariables>;
export const PrivacyRegisterDocument = new TypedDocumentString(`
    mutation PrivacyRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
      answers {
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyRegisterMutation, PrivacyRegisterMutationVariables>;
export const PrivacyListDocument = new TypedDocumentString(`
    query PrivacyList($workshopId: ID!) {
  registrations(workshopId: $workshopId) {
    edges {
      node {
        id
        answersComplete
        missingAnswers {
          key
        }
        answers {
          question {
            key
          }
          value
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyListQuery, PrivacyListQueryVariables>;
export const PrivacyMineDocument = new TypedDocumentString(`
    query PrivacyMine {
  myRegistrations {
    edges {
      node {
        id
        answers {
          value
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyMineQuery, PrivacyMineQueryVariables>;
export const PrivacyOverviewDocument = new TypedDocumentString(`
    query PrivacyOverview {
  groupOverview {
    workshops {
      workshop {
        id
        title
      }
      confirmed
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyOverviewQuery, PrivacyOverviewQueryVariables>;
export const PrivacyReportDocument = new TypedDocumentString(`
    query PrivacyReport($id: ID!) {
  workshopReport(workshopId: $id) {
    needs {
      question {
        key
      }
      answered
      answers {
        value
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyReportQuery, PrivacyReportQueryVariables>;
export const PrivacyFeedsDocument = new TypedDocumentString(`
    query PrivacyFeeds {
  calendarFeeds {
    personal {
      link {
        https
      }
    }
    group {
      link {
        https
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyFeedsQuery, PrivacyFeedsQueryVariables>;
export const QuestionsCreateDocument = new TypedDocumentString(`
    mutation QuestionsCreate($input: CreateRegistrationQuestionInput!) {
  createRegistrationQuestion(input: $input) {
    question {
      id
      key
      type
      label
      sensitivity
      purgeAfterDays
      archived
      choices {
        value
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QuestionsCreateMutation, QuestionsCreateMutationVariables>;
export const QuestionsUpdateDocument = new TypedDocumentString(`
    mutation QuestionsUpdate($input: UpdateRegistrationQuestionInput!) {
  updateRegistrationQuestion(input: $input) {
    question {
      id
      label(language: "fr")
      sensitivity
      choices {
        value
        label(language: "es")
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QuestionsUpdateMutation, QuestionsUpdateMutationVariables>;
export const QuestionsLibraryDocument = new TypedDocumentString(`
    query QuestionsLibrary($all: Boolean) {
  registrationQuestions(includeArchived: $all) {
    key
    label
  }
}
    `) as unknown as TypedDocumentString<QuestionsLibraryQuery, QuestionsLibraryQueryVariables>;
export const QuestionsSetDocument = new TypedDocumentString(`
    mutation QuestionsSet($input: SetWorkshopQuestionsInput!) {
  setWorkshopQuestions(input: $input) {
    workshop {
      id
      questions {
        question {
          key
        }
        required
        showIf {
          question {
            key
          }
          equals
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QuestionsSetMutation, QuestionsSetMutationVariables>;
export const QuestionsAskedDocument = new TypedDocumentString(`
    query QuestionsAsked($id: ID!) {
  workshop(id: $id) {
    questions {
      question {
        key
        label(language: "fr")
      }
      required
    }
  }
}
    `) as unknown as TypedDocumentString<QuestionsAskedQuery, QuestionsAskedQueryVariables>;
export const QuestionsRegisterDocument = new TypedDocumentString(`
    mutation QuestionsRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<QuestionsRegisterMutation, QuestionsRegisterMutationVariables>;
export const QuestionsAnswersDocument = new TypedDocumentString(`
    query QuestionsAnswers($workshopId: ID!) {
  registrations(workshopId: $workshopId) {
    edges {
      node {
        id
        participant {
          email
        }
        answersComplete
        missingAnswers {
          key
        }
        answers {
          question {
            key
          }
          value
          values
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QuestionsAnswersQuery, QuestionsAnswersQueryVariables>;
export const QuestionsMineDocument = new TypedDocumentString(`
    query QuestionsMine {
  myRegistrations {
    edges {
      node {
        id
        answersComplete
        missingAnswers {
          key
        }
        answers {
          question {
            key
          }
          value
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QuestionsMineQuery, QuestionsMineQueryVariables>;
export const QuestionsReportDocument = new TypedDocumentString(`
    query QuestionsReport($id: ID!) {
  workshopReport(workshopId: $id) {
    needs {
      question {
        key
      }
      answered
      answers {
        value
        label(language: "fr")
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QuestionsReportQuery, QuestionsReportQueryVariables>;
export const QuestionsEraseDocument = new TypedDocumentString(`
    mutation QuestionsErase($email: String!) {
  erasePerson(input: {email: $email}) {
    registrations
  }
}
    `) as unknown as TypedDocumentString<QuestionsEraseMutation, QuestionsEraseMutationVariables>;
export const QuestionsAnswerDocument = new TypedDocumentString(`
    mutation QuestionsAnswer($input: AnswerQuestionsInput!) {
  answerQuestions(input: $input) {
    registration {
      id
      answersComplete
      answers {
        question {
          key
        }
        value
        values
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QuestionsAnswerMutation, QuestionsAnswerMutationVariables>;
export const ShownNamesRegisterDocument = new TypedDocumentString(`
    mutation ShownNamesRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
      participant {
        name
        displayName
        listed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ShownNamesRegisterMutation, ShownNamesRegisterMutationVariables>;
export const ShownNamesFellowsDocument = new TypedDocumentString(`
    query ShownNamesFellows($id: ID!) {
  workshopParticipants(workshopId: $id) {
    name
    organization {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ShownNamesFellowsQuery, ShownNamesFellowsQueryVariables>;
export const ShownNamesUpdateDocument = new TypedDocumentString(`
    mutation ShownNamesUpdate($input: UpdateParticipationInput!) {
  updateParticipation(input: $input) {
    registration {
      participant {
        name
        displayName
        listed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ShownNamesUpdateMutation, ShownNamesUpdateMutationVariables>;
export const AttendanceRegisterDocument = new TypedDocumentString(`
    mutation AttendanceRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AttendanceRegisterMutation, AttendanceRegisterMutationVariables>;
export const AttendanceAttendDocument = new TypedDocumentString(`
    mutation AttendanceAttend($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) {
    registration {
      id
      attended
    }
  }
}
    `) as unknown as TypedDocumentString<AttendanceAttendMutation, AttendanceAttendMutationVariables>;
export const AttendanceReportDocument = new TypedDocumentString(`
    query AttendanceReport($id: ID!) {
  workshopReport(workshopId: $id) {
    byStatus {
      confirmed
      waitlisted
      pendingApproval
      cancelled
      declined
    }
    byGroup {
      organization {
        name
      }
      confirmed
      attended
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
    attendanceRate
  }
}
    `) as unknown as TypedDocumentString<AttendanceReportQuery, AttendanceReportQueryVariables>;
export const OffersRegisterDocument = new TypedDocumentString(`
    mutation OffersRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
      status
      waitlistPosition
    }
  }
}
    `) as unknown as TypedDocumentString<OffersRegisterMutation, OffersRegisterMutationVariables>;
export const OffersCancelDocument = new TypedDocumentString(`
    mutation OffersCancel($id: ID!) {
  cancelRegistration(input: {id: $id}) {
    registration {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<OffersCancelMutation, OffersCancelMutationVariables>;
export const OffersAcceptDocument = new TypedDocumentString(`
    mutation OffersAccept($id: ID!) {
  acceptOffer(input: {id: $id}) {
    registration {
      id
      status
      offerExpiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<OffersAcceptMutation, OffersAcceptMutationVariables>;
export const OffersSeatsDocument = new TypedDocumentString(`
    query OffersSeats($id: ID!) {
  workshop(id: $id) {
    seats {
      capacity
      confirmed
      waitlisted
      available
    }
  }
}
    `) as unknown as TypedDocumentString<OffersSeatsQuery, OffersSeatsQueryVariables>;
export const OverviewRegisterDocument = new TypedDocumentString(`
    mutation OverviewRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewRegisterMutation, OverviewRegisterMutationVariables>;
export const OverviewApproveDocument = new TypedDocumentString(`
    mutation OverviewApprove($input: ApproveRegistrationInput!) {
  approveRegistration(input: $input) {
    registration {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewApproveMutation, OverviewApproveMutationVariables>;
export const OverviewCancelWorkshopDocument = new TypedDocumentString(`
    mutation OverviewCancelWorkshop($input: CancelWorkshopInput!) {
  cancelWorkshop(input: $input) {
    workshop {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewCancelWorkshopMutation, OverviewCancelWorkshopMutationVariables>;
export const OverviewOfGroupDocument = new TypedDocumentString(`
    query OverviewOfGroup($organizationId: ID) {
  groupOverview(organizationId: $organizationId) {
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
      }
      confirmed
      waitlisted
      offers
      pendingApproval
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewOfGroupQuery, OverviewOfGroupQueryVariables>;
export const OverviewQueueDocument = new TypedDocumentString(`
    query OverviewQueue {
  approvalQueue {
    total
    workshops {
      workshop {
        id
      }
      pendingApproval
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewQueueQuery, OverviewQueueQueryVariables>;
export const ParticipantsExportRegisterDocument = new TypedDocumentString(`
    mutation ParticipantsExportRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ParticipantsExportRegisterMutation, ParticipantsExportRegisterMutationVariables>;
export const PersonalDataRegisterDocument = new TypedDocumentString(`
    mutation PersonalDataRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PersonalDataRegisterMutation, PersonalDataRegisterMutationVariables>;
export const PersonalDataEraseDocument = new TypedDocumentString(`
    mutation PersonalDataErase($email: String!) {
  erasePerson(input: {email: $email}) {
    pseudonym
    registrations
    account
  }
}
    `) as unknown as TypedDocumentString<PersonalDataEraseMutation, PersonalDataEraseMutationVariables>;
export const PersonalDataUpdateNotificationPreferencesDocument = new TypedDocumentString(`
    mutation PersonalDataUpdateNotificationPreferences {
  updateNotificationPreferences(input: {reminders: false}) {
    preferences {
      reminders
    }
  }
}
    `) as unknown as TypedDocumentString<PersonalDataUpdateNotificationPreferencesMutation, PersonalDataUpdateNotificationPreferencesMutationVariables>;
export const PersonalDataMeDocument = new TypedDocumentString(`
    query PersonalDataMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<PersonalDataMeQuery, PersonalDataMeQueryVariables>;
export const RegistrationsReconcileRegisterDocument = new TypedDocumentString(`
    mutation RegistrationsReconcileRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationsReconcileRegisterMutation, RegistrationsReconcileRegisterMutationVariables>;
export const RegistrationsReconcileRegisterWithStatusDocument = new TypedDocumentString(`
    mutation RegistrationsReconcileRegisterWithStatus($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationsReconcileRegisterWithStatusMutation, RegistrationsReconcileRegisterWithStatusMutationVariables>;
export const RegistrationsReconcileCancelWorkshopDocument = new TypedDocumentString(`
    mutation RegistrationsReconcileCancelWorkshop($id: ID!) {
  cancelWorkshop(input: {id: $id, reason: "Venue closed"}) {
    workshop {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationsReconcileCancelWorkshopMutation, RegistrationsReconcileCancelWorkshopMutationVariables>;
export const RegistrationsReconcileCompleteWorkshopDocument = new TypedDocumentString(`
    mutation RegistrationsReconcileCompleteWorkshop($id: ID!) {
  completeWorkshop(input: {id: $id}) {
    workshop {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationsReconcileCompleteWorkshopMutation, RegistrationsReconcileCompleteWorkshopMutationVariables>;
export const RegisterPrivacyRegisterDocument = new TypedDocumentString(`
    mutation RegisterPrivacyRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
      status
      participant {
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterPrivacyRegisterMutation, RegisterPrivacyRegisterMutationVariables>;
export const RegisterPrivacyListDocument = new TypedDocumentString(`
    query RegisterPrivacyList($workshopId: ID!) {
  registrations(workshopId: $workshopId, first: 50) {
    edges {
      node {
        id
        organization {
          id
        }
        participant {
          email
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterPrivacyListQuery, RegisterPrivacyListQueryVariables>;
export const RegisterRegisterDocument = new TypedDocumentString(`
    mutation RegisterRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
      status
      waitlistPosition
      participant {
        name
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterRegisterMutation, RegisterRegisterMutationVariables>;
export const RegisterCancelDocument = new TypedDocumentString(`
    mutation RegisterCancel($id: ID!) {
  cancelRegistration(input: {id: $id}) {
    registration {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterCancelMutation, RegisterCancelMutationVariables>;
export const RegisterListDocument = new TypedDocumentString(`
    query RegisterList($workshopId: ID!, $first: Int) {
  registrations(workshopId: $workshopId, first: $first) {
    edges {
      node {
        id
        status
        waitlistPosition
        organization {
          id
        }
        participant {
          email
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterListQuery, RegisterListQueryVariables>;
export const RegisterPagedDocument = new TypedDocumentString(`
    query RegisterPaged($workshopId: ID!, $after: String) {
  registrations(workshopId: $workshopId, first: 100, after: $after) {
    edges {
      node {
        status
        waitlistPosition
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterPagedQuery, RegisterPagedQueryVariables>;
export const RegisterApproveDocument = new TypedDocumentString(`
    mutation RegisterApprove($id: ID!) {
  approveRegistration(input: {id: $id}) {
    registration {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterApproveMutation, RegisterApproveMutationVariables>;
export const RegisterDeclineDocument = new TypedDocumentString(`
    mutation RegisterDecline($id: ID!) {
  declineRegistration(input: {id: $id, reason: "Not the right profile"}) {
    registration {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterDeclineMutation, RegisterDeclineMutationVariables>;
export const RegisterRaiseDocument = new TypedDocumentString(`
    mutation RegisterRaise($input: UpdateWorkshopInput!) {
  updateWorkshop(input: $input) {
    workshop {
      seats {
        capacity
        confirmed
        waitlisted
        available
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterRaiseMutation, RegisterRaiseMutationVariables>;
export const RegisterRaiseQuotaDocument = new TypedDocumentString(`
    mutation RegisterRaiseQuota($input: UpdateWorkshopInput!) {
  updateWorkshop(input: $input) {
    workshop {
      perGroupQuota
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterRaiseQuotaMutation, RegisterRaiseQuotaMutationVariables>;
export const RegisterCancelWorkshopDocument = new TypedDocumentString(`
    mutation RegisterCancelWorkshop($id: ID!) {
  cancelWorkshop(input: {id: $id, reason: "Postponed"}) {
    workshop {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterCancelWorkshopMutation, RegisterCancelWorkshopMutationVariables>;
export const RegisterWorkshopDocument = new TypedDocumentString(`
    query RegisterWorkshop($id: ID!) {
  workshop(id: $id) {
    onlineUrl
  }
}
    `) as unknown as TypedDocumentString<RegisterWorkshopQuery, RegisterWorkshopQueryVariables>;
export const FollowUpChoiceLinkDocument = new TypedDocumentString(`
    mutation FollowUpChoiceLink($input: LinkResourceInput!) {
  linkResource(input: $input) {
    resource {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpChoiceLinkMutation, FollowUpChoiceLinkMutationVariables>;
export const FollowUpChoiceUpdateDocument = new TypedDocumentString(`
    mutation FollowUpChoiceUpdate($input: UpdateResourceInput!) {
  updateResource(input: $input) {
    resource {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpChoiceUpdateMutation, FollowUpChoiceUpdateMutationVariables>;
export const ResourceFixturesCreateDocument = new TypedDocumentString(`
    mutation ResourceFixturesCreate($input: CreateResourceInput!) {
  createResource(input: $input) {
    resource {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ResourceFixturesCreateMutation, ResourceFixturesCreateMutationVariables>;
export const ResourcesResourceDocument = new TypedDocumentString(`
    query ResourcesResource($id: ID!) {
  resource(id: $id) {
    id
    title
    description
    kind
    visibility
    topics
    languages
    regions
    countries
    archived
    organization {
      id
    }
    workshops {
      id
    }
    externalUrl
    downloadCount
    viewerCanManage
    versions {
      number
      language
      filename
      contentType
      size
      sha256
      downloadUrl
    }
  }
}
    `) as unknown as TypedDocumentString<ResourcesResourceQuery, ResourcesResourceQueryVariables>;
export const ResourcesListDocument = new TypedDocumentString(`
    query ResourcesList($filter: ResourceFilter, $sort: ResourceSort, $first: Int, $after: String) {
  resources(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        id
        title
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ResourcesListQuery, ResourcesListQueryVariables>;
export const ResourcesUpdateDocument = new TypedDocumentString(`
    mutation ResourcesUpdate($input: UpdateResourceInput!) {
  updateResource(input: $input) {
    resource {
      id
      title
      topics
      languages
      kind
      externalUrl
    }
  }
}
    `) as unknown as TypedDocumentString<ResourcesUpdateMutation, ResourcesUpdateMutationVariables>;
export const ResourcesCreateResourceDocument = new TypedDocumentString(`
    mutation ResourcesCreateResource($input: CreateResourceInput!) {
  createResource(input: $input) {
    resource {
      id
      title
      kind
      visibility
      topics
      languages
      regions
      countries
      organization {
        id
      }
      workshops {
        id
      }
      versions {
        number
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResourcesCreateResourceMutation, ResourcesCreateResourceMutationVariables>;
export const ResourcesCreateRefusedDocument = new TypedDocumentString(`
    mutation ResourcesCreateRefused($input: CreateResourceInput!) {
  createResource(input: $input) {
    resource {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ResourcesCreateRefusedMutation, ResourcesCreateRefusedMutationVariables>;
export const ResourcesCreateForGroupDocument = new TypedDocumentString(`
    mutation ResourcesCreateForGroup($input: CreateResourceInput!) {
  createResource(input: $input) {
    resource {
      organization {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResourcesCreateForGroupMutation, ResourcesCreateForGroupMutationVariables>;
export const ResourcesArchiveResourceDocument = new TypedDocumentString(`
    mutation ResourcesArchiveResource($input: ArchiveResourceInput!) {
  archiveResource(input: $input) {
    resource {
      archived
    }
  }
}
    `) as unknown as TypedDocumentString<ResourcesArchiveResourceMutation, ResourcesArchiveResourceMutationVariables>;
export const ResourcesDeleteDocument = new TypedDocumentString(`
    mutation ResourcesDelete($input: DeleteResourceInput!) {
  deleteResource(input: $input) {
    deletedId
  }
}
    `) as unknown as TypedDocumentString<ResourcesDeleteMutation, ResourcesDeleteMutationVariables>;
export const ResourcesLinkDocument = new TypedDocumentString(`
    mutation ResourcesLink($input: LinkResourceInput!) {
  linkResource(input: $input) {
    resource {
      workshops {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResourcesLinkMutation, ResourcesLinkMutationVariables>;
export const ResourcesUnlinkDocument = new TypedDocumentString(`
    mutation ResourcesUnlink($input: UnlinkResourceInput!) {
  unlinkResource(input: $input) {
    resource {
      workshops {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResourcesUnlinkMutation, ResourcesUnlinkMutationVariables>;
export const ResourcesResourcesOfDocument = new TypedDocumentString(`
    query ResourcesResourcesOf($id: ID!) {
  workshop(id: $id) {
    resources {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ResourcesResourcesOfQuery, ResourcesResourcesOfQueryVariables>;
export const ResourcesCountedSampleDocument = new TypedDocumentString(`
    query ResourcesCountedSample($first: Int) {
  resources(first: $first, filter: {text: "counted sample"}) {
    totalCount
    edges {
      node {
        id
        organization {
          name
        }
        workshops {
          title
        }
        versions {
          number
          downloadUrl
        }
        editions {
          language
          latest {
            number
          }
        }
        download {
          number
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResourcesCountedSampleQuery, ResourcesCountedSampleQueryVariables>;
export const ResourcesReportDocument = new TypedDocumentString(`
    query ResourcesReport($filter: ResourceDownloadReportFilter) {
  resourceDownloadReport(filter: $filter) {
    total
    byResource {
      resourceId
      count
      resource {
        title
      }
    }
    byOrganization {
      organizationId
      count
    }
  }
}
    `) as unknown as TypedDocumentString<ResourcesReportQuery, ResourcesReportQueryVariables>;
export const SearchSearchDocument = new TypedDocumentString(`
    query SearchSearch($filter: ResourceFilter, $sort: ResourceSort, $first: Int, $after: String) {
  resources(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    edges {
      node {
        id
        title
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    facets {
      kinds {
        value
        count
      }
      topics {
        value
        count
      }
      languages {
        value
        count
      }
      regions {
        value
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchSearchQuery, SearchSearchQueryVariables>;
export const SearchUpdateResourceDocument = new TypedDocumentString(`
    mutation SearchUpdateResource($input: UpdateResourceInput!) {
  updateResource(input: $input) {
    resource {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SearchUpdateResourceMutation, SearchUpdateResourceMutationVariables>;
export const SharingRightsLinkDocument = new TypedDocumentString(`
    mutation SharingRightsLink($input: LinkResourceInput!) {
  linkResource(input: $input) {
    resource {
      id
      workshops {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SharingRightsLinkMutation, SharingRightsLinkMutationVariables>;
export const SharingRightsUpdateDocument = new TypedDocumentString(`
    mutation SharingRightsUpdate($input: UpdateResourceInput!) {
  updateResource(input: $input) {
    resource {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<SharingRightsUpdateMutation, SharingRightsUpdateMutationVariables>;
export const SharingRightsCreateDocument = new TypedDocumentString(`
    mutation SharingRightsCreate($input: CreateResourceInput!) {
  createResource(input: $input) {
    resource {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SharingRightsCreateMutation, SharingRightsCreateMutationVariables>;
export const SharingRightsWorkshopResourcesDocument = new TypedDocumentString(`
    query SharingRightsWorkshopResources($id: ID!) {
  workshop(id: $id) {
    resources {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SharingRightsWorkshopResourcesQuery, SharingRightsWorkshopResourcesQueryVariables>;
export const PlacementCancelDocument = new TypedDocumentString(`
    mutation PlacementCancel($id: ID!) {
  cancelRegistration(input: {id: $id}) {
    registration {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PlacementCancelMutation, PlacementCancelMutationVariables>;
export const PlacementUpdateDocument = new TypedDocumentString(`
    mutation PlacementUpdate($input: UpdateWorkshopInput!) {
  updateWorkshop(input: $input) {
    workshop {
      capacity
    }
  }
}
    `) as unknown as TypedDocumentString<PlacementUpdateMutation, PlacementUpdateMutationVariables>;
export const PositionsListDocument = new TypedDocumentString(`
    query PositionsList($workshopId: ID!) {
  registrations(workshopId: $workshopId, first: 100) {
    edges {
      node {
        ...SeatingReg
      }
    }
  }
}
    fragment SeatingReg on Registration {
  id
  status
  waitlistPosition
}`) as unknown as TypedDocumentString<PositionsListQuery, PositionsListQueryVariables>;
export const RacesCancelDocument = new TypedDocumentString(`
    mutation RacesCancel($id: ID!) {
  cancelRegistration(input: {id: $id}) {
    registration {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RacesCancelMutation, RacesCancelMutationVariables>;
export const RacesApproveDocument = new TypedDocumentString(`
    mutation RacesApprove($id: ID!) {
  approveRegistration(input: {id: $id}) {
    registration {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RacesApproveMutation, RacesApproveMutationVariables>;
export const RacesDeclineDocument = new TypedDocumentString(`
    mutation RacesDecline($id: ID!) {
  declineRegistration(input: {id: $id, reason: "No"}) {
    registration {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RacesDeclineMutation, RacesDeclineMutationVariables>;
export const RacesAcceptDocument = new TypedDocumentString(`
    mutation RacesAccept($id: ID!) {
  acceptOffer(input: {id: $id}) {
    registration {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RacesAcceptMutation, RacesAcceptMutationVariables>;
export const RacesEraseDocument = new TypedDocumentString(`
    mutation RacesErase($email: String!) {
  erasePerson(input: {email: $email}) {
    pseudonym
  }
}
    `) as unknown as TypedDocumentString<RacesEraseMutation, RacesEraseMutationVariables>;
export const RacesUpdateDocument = new TypedDocumentString(`
    mutation RacesUpdate($input: UpdateWorkshopInput!) {
  updateWorkshop(input: $input) {
    workshop {
      capacity
    }
  }
}
    `) as unknown as TypedDocumentString<RacesUpdateMutation, RacesUpdateMutationVariables>;
export const RacesSetQuotaDocument = new TypedDocumentString(`
    mutation RacesSetQuota($input: UpdateWorkshopInput!) {
  updateWorkshop(input: $input) {
    workshop {
      perGroupQuota
    }
  }
}
    `) as unknown as TypedDocumentString<RacesSetQuotaMutation, RacesSetQuotaMutationVariables>;
export const RacesAttendDocument = new TypedDocumentString(`
    mutation RacesAttend($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) {
    registration {
      id
      attended
    }
  }
}
    `) as unknown as TypedDocumentString<RacesAttendMutation, RacesAttendMutationVariables>;
export const RoundTripsRegisterDocument = new TypedDocumentString(`
    mutation RoundTripsRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
      status
      waitlistPosition
    }
  }
}
    `) as unknown as TypedDocumentString<RoundTripsRegisterMutation, RoundTripsRegisterMutationVariables>;
export const RoundTripsCancelDocument = new TypedDocumentString(`
    mutation RoundTripsCancel($id: ID!) {
  cancelRegistration(input: {id: $id}) {
    registration {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RoundTripsCancelMutation, RoundTripsCancelMutationVariables>;
export const RoundTripsApproveDocument = new TypedDocumentString(`
    mutation RoundTripsApprove($id: ID!) {
  approveRegistration(input: {id: $id}) {
    registration {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RoundTripsApproveMutation, RoundTripsApproveMutationVariables>;
export const SeatingRegisterDocument = new TypedDocumentString(`
    mutation SeatingRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      ...SeatingReg
    }
  }
}
    fragment SeatingReg on Registration {
  id
  status
  waitlistPosition
}`) as unknown as TypedDocumentString<SeatingRegisterMutation, SeatingRegisterMutationVariables>;
export const SettlingCancelDocument = new TypedDocumentString(`
    mutation SettlingCancel($id: ID!) {
  cancelRegistration(input: {id: $id}) {
    registration {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<SettlingCancelMutation, SettlingCancelMutationVariables>;
export const SettlingAcceptDocument = new TypedDocumentString(`
    mutation SettlingAccept($id: ID!) {
  acceptOffer(input: {id: $id}) {
    registration {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<SettlingAcceptMutation, SettlingAcceptMutationVariables>;
export const SettlingUpdateDocument = new TypedDocumentString(`
    mutation SettlingUpdate($input: UpdateWorkshopInput!) {
  updateWorkshop(input: $input) {
    workshop {
      capacity
    }
  }
}
    `) as unknown as TypedDocumentString<SettlingUpdateMutation, SettlingUpdateMutationVariables>;
export const SettlingWorkshopDocument = new TypedDocumentString(`
    query SettlingWorkshop($id: ID!) {
  workshop(id: $id) {
    seats {
      confirmed
      waitlisted
      available
    }
  }
}
    `) as unknown as TypedDocumentString<SettlingWorkshopQuery, SettlingWorkshopQueryVariables>;
export const StressRegisterDocument = new TypedDocumentString(`
    mutation StressRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
      status
      waitlistPosition
    }
  }
}
    `) as unknown as TypedDocumentString<StressRegisterMutation, StressRegisterMutationVariables>;
export const StressCancelDocument = new TypedDocumentString(`
    mutation StressCancel($id: ID!) {
  cancelRegistration(input: {id: $id}) {
    registration {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<StressCancelMutation, StressCancelMutationVariables>;
export const StressApproveDocument = new TypedDocumentString(`
    mutation StressApprove($id: ID!) {
  approveRegistration(input: {id: $id}) {
    registration {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<StressApproveMutation, StressApproveMutationVariables>;
export const StressDeclineDocument = new TypedDocumentString(`
    mutation StressDecline($id: ID!) {
  declineRegistration(input: {id: $id}) {
    registration {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<StressDeclineMutation, StressDeclineMutationVariables>;
export const StressAcceptDocument = new TypedDocumentString(`
    mutation StressAccept($id: ID!) {
  acceptOffer(input: {id: $id}) {
    registration {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<StressAcceptMutation, StressAcceptMutationVariables>;
export const StressUpdateDocument = new TypedDocumentString(`
    mutation StressUpdate($input: UpdateWorkshopInput!) {
  updateWorkshop(input: $input) {
    workshop {
      id
      capacity
    }
  }
}
    `) as unknown as TypedDocumentString<StressUpdateMutation, StressUpdateMutationVariables>;
export const StressListDocument = new TypedDocumentString(`
    query StressList($workshopId: ID!) {
  registrations(workshopId: $workshopId, first: 100) {
    edges {
      node {
        id
        status
        waitlistPosition
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StressListQuery, StressListQueryVariables>;
export const AuditPseudonymRegisterDocument = new TypedDocumentString(`
    mutation AuditPseudonymRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AuditPseudonymRegisterMutation, AuditPseudonymRegisterMutationVariables>;
export const AuditPseudonymEraseDocument = new TypedDocumentString(`
    mutation AuditPseudonymErase($email: String!) {
  erasePerson(input: {email: $email}) {
    pseudonym
  }
}
    `) as unknown as TypedDocumentString<AuditPseudonymEraseMutation, AuditPseudonymEraseMutationVariables>;
export const SecretsNotLoggedRegisterDocument = new TypedDocumentString(`
    mutation SecretsNotLoggedRegister($input: RegisterInput!) {
  register(input: $input) {
    registrations {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SecretsNotLoggedRegisterMutation, SecretsNotLoggedRegisterMutationVariables>;
export const SecretsNotLoggedSignInDocument = new TypedDocumentString(`
    mutation SecretsNotLoggedSignIn($input: SignInInput!) {
  signIn(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<SecretsNotLoggedSignInMutation, SecretsNotLoggedSignInMutationVariables>;
export const SecretsNotLoggedMeDocument = new TypedDocumentString(`
    query SecretsNotLoggedMe {
  me {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<SecretsNotLoggedMeQuery, SecretsNotLoggedMeQueryVariables>;
export const SecretsNotLoggedInviteUserDocument = new TypedDocumentString(`
    mutation SecretsNotLoggedInviteUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    inviteUrl
  }
}
    `) as unknown as TypedDocumentString<SecretsNotLoggedInviteUserMutation, SecretsNotLoggedInviteUserMutationVariables>;
export const SecretsNotLoggedRotateCalendarTokenDocument = new TypedDocumentString(`
    mutation SecretsNotLoggedRotateCalendarToken {
  rotateCalendarToken(input: {feed: PERSONAL}) {
    calendarFeeds {
      personal {
        link {
          https
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SecretsNotLoggedRotateCalendarTokenMutation, SecretsNotLoggedRotateCalendarTokenMutationVariables>;
export const SecretsNotLoggedSignOutDocument = new TypedDocumentString(`
    mutation SecretsNotLoggedSignOut {
  signOut {
    revoked
  }
}
    `) as unknown as TypedDocumentString<SecretsNotLoggedSignOutMutation, SecretsNotLoggedSignOutMutationVariables>;
export const SecretsNotLoggedMyIdDocument = new TypedDocumentString(`
    query SecretsNotLoggedMyId {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<SecretsNotLoggedMyIdQuery, SecretsNotLoggedMyIdQueryVariables>;
export const DemoSeedMeDocument = new TypedDocumentString(`
    query DemoSeedMe {
  me {
    role
    organization {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<DemoSeedMeQuery, DemoSeedMeQueryVariables>;
export const DemoSeedOrganizationsDocument = new TypedDocumentString(`
    query DemoSeedOrganizations {
  organizations(first: 50, filter: {region: "AFRICA"}) {
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
    `) as unknown as TypedDocumentString<DemoSeedOrganizationsQuery, DemoSeedOrganizationsQueryVariables>;
export const DemoSeedWorkshopsDocument = new TypedDocumentString(`
    query DemoSeedWorkshops {
  workshops(first: 50) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DemoSeedWorkshopsQuery, DemoSeedWorkshopsQueryVariables>;
export const DemoSeedResourcesDocument = new TypedDocumentString(`
    query DemoSeedResources {
  resources(first: 10, filter: {text: "code of conduct"}) {
    totalCount
    edges {
      node {
        title
        download(language: "fr") {
          downloadUrl
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DemoSeedResourcesQuery, DemoSeedResourcesQueryVariables>;
export const AdminCreateMyRoleDocument = new TypedDocumentString(`
    query AdminCreateMyRole {
  me {
    role
    organization {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCreateMyRoleQuery, AdminCreateMyRoleQueryVariables>;
export const AdminCreateMeDocument = new TypedDocumentString(`
    query AdminCreateMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminCreateMeQuery, AdminCreateMeQueryVariables>;
export const EmailIdentityInviteDocument = new TypedDocumentString(`
    mutation EmailIdentityInvite($input: InviteUserInput!) {
  inviteUser(input: $input) {
    inviteUrl
    emailed
    invitation {
      email
    }
  }
}
    `) as unknown as TypedDocumentString<EmailIdentityInviteMutation, EmailIdentityInviteMutationVariables>;
export const EmailIdentityAcceptDocument = new TypedDocumentString(`
    mutation EmailIdentityAccept($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    token
    user {
      emailConfirmed
    }
  }
}
    `) as unknown as TypedDocumentString<EmailIdentityAcceptMutation, EmailIdentityAcceptMutationVariables>;
export const EmailIdentityMineDocument = new TypedDocumentString(`
    query EmailIdentityMine {
  myRegistrations {
    edges {
      node {
        id
        participant {
          name
          email
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EmailIdentityMineQuery, EmailIdentityMineQueryVariables>;
export const EmailIdentitySetPreferencesDocument = new TypedDocumentString(`
    mutation EmailIdentitySetPreferences {
  updateNotificationPreferences(input: {reminders: false}) {
    preferences {
      reminders
    }
  }
}
    `) as unknown as TypedDocumentString<EmailIdentitySetPreferencesMutation, EmailIdentitySetPreferencesMutationVariables>;
export const EmailIdentityPreferencesDocument = new TypedDocumentString(`
    query EmailIdentityPreferences {
  notificationPreferences {
    reminders
  }
}
    `) as unknown as TypedDocumentString<EmailIdentityPreferencesQuery, EmailIdentityPreferencesQueryVariables>;
export const EmailIdentityPersonalFeedDocument = new TypedDocumentString(`
    mutation EmailIdentityPersonalFeed {
  rotateCalendarToken(input: {feed: PERSONAL}) {
    calendarFeeds {
      personal {
        link {
          https
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EmailIdentityPersonalFeedMutation, EmailIdentityPersonalFeedMutationVariables>;
export const EmailIdentityRequestConfirmationDocument = new TypedDocumentString(`
    mutation EmailIdentityRequestConfirmation {
  requestEmailConfirmation {
    sent
    emailConfirmed
  }
}
    `) as unknown as TypedDocumentString<EmailIdentityRequestConfirmationMutation, EmailIdentityRequestConfirmationMutationVariables>;
export const EmailIdentityConfirmDocument = new TypedDocumentString(`
    mutation EmailIdentityConfirm($input: ConfirmEmailInput!) {
  confirmEmail(input: $input) {
    emailConfirmed
  }
}
    `) as unknown as TypedDocumentString<EmailIdentityConfirmMutation, EmailIdentityConfirmMutationVariables>;
export const EmailIdentityNotificationsDocument = new TypedDocumentString(`
    query EmailIdentityNotifications {
  notifications {
    edges {
      node {
        body
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EmailIdentityNotificationsQuery, EmailIdentityNotificationsQueryVariables>;
export const EmailIdentitySignInDocument = new TypedDocumentString(`
    mutation EmailIdentitySignIn($input: SignInInput!) {
  signIn(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<EmailIdentitySignInMutation, EmailIdentitySignInMutationVariables>;
export const InvitationsInviteDocument = new TypedDocumentString(`
    mutation InvitationsInvite($input: InviteUserInput!) {
  inviteUser(input: $input) {
    invitation {
      email
      role
      expiresAt
      organization {
        id
        kind
      }
    }
    inviteUrl
  }
}
    `) as unknown as TypedDocumentString<InvitationsInviteMutation, InvitationsInviteMutationVariables>;
export const InvitationsAcceptDocument = new TypedDocumentString(`
    mutation InvitationsAccept($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    token
    expiresAt
    user {
      id
      email
      name
      role
      timeZone
      language
      organization {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InvitationsAcceptMutation, InvitationsAcceptMutationVariables>;
export const InvitationsMeDocument = new TypedDocumentString(`
    query InvitationsMe {
  me {
    email
  }
}
    `) as unknown as TypedDocumentString<InvitationsMeQuery, InvitationsMeQueryVariables>;
export const ResetRequestDocument = new TypedDocumentString(`
    mutation ResetRequest($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input) {
    accepted
  }
}
    `) as unknown as TypedDocumentString<ResetRequestMutation, ResetRequestMutationVariables>;
export const ResetWithLinkDocument = new TypedDocumentString(`
    mutation ResetWithLink($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    token
    expiresAt
    user {
      id
      email
      emailConfirmed
    }
  }
}
    `) as unknown as TypedDocumentString<ResetWithLinkMutation, ResetWithLinkMutationVariables>;
export const ResetSignInDocument = new TypedDocumentString(`
    mutation ResetSignIn($input: SignInInput!) {
  signIn(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<ResetSignInMutation, ResetSignInMutationVariables>;
export const ResetDisableDocument = new TypedDocumentString(`
    mutation ResetDisable($input: DisableUserInput!) {
  disableUser(input: $input) {
    user {
      id
      disabled
    }
  }
}
    `) as unknown as TypedDocumentString<ResetDisableMutation, ResetDisableMutationVariables>;
export const ResetMeDocument = new TypedDocumentString(`
    query ResetMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<ResetMeQuery, ResetMeQueryVariables>;
export const ProfileUpdateDocument = new TypedDocumentString(`
    mutation ProfileUpdate($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    user {
      id
      name
      language
      timeZone
      email
      role
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileUpdateMutation, ProfileUpdateMutationVariables>;
export const ProfileMeDocument = new TypedDocumentString(`
    query ProfileMe {
  me {
    name
    language
    timeZone
  }
}
    `) as unknown as TypedDocumentString<ProfileMeQuery, ProfileMeQueryVariables>;
export const ProfileTimesDocument = new TypedDocumentString(`
    query ProfileTimes($id: ID!) {
  workshop(id: $id) {
    times {
      viewerStartsAt {
        timeZone
        local
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileTimesQuery, ProfileTimesQueryVariables>;
export const SignInSignInDocument = new TypedDocumentString(`
    mutation SignInSignIn($input: SignInInput!) {
  signIn(input: $input) {
    token
    expiresAt
    user {
      id
      email
      role
    }
  }
}
    `) as unknown as TypedDocumentString<SignInSignInMutation, SignInSignInMutationVariables>;
export const SignInMeDocument = new TypedDocumentString(`
    query SignInMe {
  me {
    id
    email
    name
    role
    timeZone
    organization {
      id
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMeQuery, SignInMeQueryVariables>;
export const SignInSignOutDocument = new TypedDocumentString(`
    mutation SignInSignOut {
  signOut {
    revoked
  }
}
    `) as unknown as TypedDocumentString<SignInSignOutMutation, SignInSignOutMutationVariables>;
export const UserAdminDisableDocument = new TypedDocumentString(`
    mutation UserAdminDisable($input: DisableUserInput!) {
  disableUser(input: $input) {
    user {
      id
      disabled
    }
  }
}
    `) as unknown as TypedDocumentString<UserAdminDisableMutation, UserAdminDisableMutationVariables>;
export const UserAdminEnableDocument = new TypedDocumentString(`
    mutation UserAdminEnable($input: EnableUserInput!) {
  enableUser(input: $input) {
    user {
      id
      disabled
    }
  }
}
    `) as unknown as TypedDocumentString<UserAdminEnableMutation, UserAdminEnableMutationVariables>;
export const UserAdminRoleDocument = new TypedDocumentString(`
    mutation UserAdminRole($input: ChangeUserRoleInput!) {
  changeUserRole(input: $input) {
    user {
      id
      role
    }
  }
}
    `) as unknown as TypedDocumentString<UserAdminRoleMutation, UserAdminRoleMutationVariables>;
export const UserAdminMeDocument = new TypedDocumentString(`
    query UserAdminMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<UserAdminMeQuery, UserAdminMeQueryVariables>;
export const UserAdminMyRoleDocument = new TypedDocumentString(`
    query UserAdminMyRole {
  me {
    role
  }
}
    `) as unknown as TypedDocumentString<UserAdminMyRoleQuery, UserAdminMyRoleQueryVariables>;
export const AnswerCachePageDocument = new TypedDocumentString(`
    query AnswerCachePage {
  workshops(first: 20, filter: {from: "2026-01-01T00:00:00Z"}) {
    edges {
      node {
        id
        title
        seats {
          confirmed
          available
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnswerCachePageQuery, AnswerCachePageQueryVariables>;
export const AnswerCacheWithResourcesDocument = new TypedDocumentString(`
    query AnswerCacheWithResources {
  workshops(first: 20, filter: {from: "2026-01-01T00:00:00Z"}) {
    edges {
      node {
        id
        resources {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnswerCacheWithResourcesQuery, AnswerCacheWithResourcesQueryVariables>;
export const AnswerCacheHeldReadDocument = new TypedDocumentString(`
    query AnswerCacheHeldRead {
  workshops(first: 50, filter: {from: "2026-08-03T00:00:00Z"}) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnswerCacheHeldReadQuery, AnswerCacheHeldReadQueryVariables>;
export const CancelledDraftsCreateDocument = new TypedDocumentString(`
    mutation CancelledDraftsCreate($input: CreateWorkshopInput!) {
  createWorkshop(input: $input) {
    workshop {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CancelledDraftsCreateMutation, CancelledDraftsCreateMutationVariables>;
export const CancelledDraftsPublishDocument = new TypedDocumentString(`
    mutation CancelledDraftsPublish($id: ID!) {
  publishWorkshop(input: {id: $id}) {
    workshop {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CancelledDraftsPublishMutation, CancelledDraftsPublishMutationVariables>;
export const CancelledDraftsCancelDocument = new TypedDocumentString(`
    mutation CancelledDraftsCancel($id: ID!) {
  cancelWorkshop(input: {id: $id, reason: "Safeguarding concern at the venue."}) {
    workshop {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CancelledDraftsCancelMutation, CancelledDraftsCancelMutationVariables>;
export const CancelledDraftsReadDocument = new TypedDocumentString(`
    query CancelledDraftsRead($id: ID!) {
  workshop(id: $id) {
    id
    description
    venue {
      address
    }
    cancellationReason
  }
}
    `) as unknown as TypedDocumentString<CancelledDraftsReadQuery, CancelledDraftsReadQueryVariables>;
export const CancelledDraftsCancelledDocument = new TypedDocumentString(`
    query CancelledDraftsCancelled {
  workshops(filter: {status: CANCELLED}) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CancelledDraftsCancelledQuery, CancelledDraftsCancelledQueryVariables>;
export const WorkshopsJoiningDetailsReadDocument = new TypedDocumentString(`
    query WorkshopsJoiningDetailsRead($id: ID!) {
  workshop(id: $id) {
    sessions {
      title
      location
      joiningDetails
    }
  }
}
    `) as unknown as TypedDocumentString<WorkshopsJoiningDetailsReadQuery, WorkshopsJoiningDetailsReadQueryVariables>;
export const PlanningCreateDocument = new TypedDocumentString(`
    mutation PlanningCreate($input: CreateWorkshopInput!) {
  createWorkshop(input: $input) {
    workshop {
      ...PlanningWorkshop
    }
  }
}
    fragment PlanningWorkshop on Workshop {
  id
  title
  status
  sequence
  format
  timeZone
  startsAt
  endsAt
  onlineUrl
  capacity
  perGroupQuota
  registrationClosesAt
  requiresApproval
  venue {
    name
    city
    country
  }
  topics
  languages
  sessions {
    title
    startsAt
    endsAt
  }
  eligibility {
    regions
    organizationIds
  }
  seats {
    capacity
    confirmed
    waitlisted
    available
  }
}`) as unknown as TypedDocumentString<PlanningCreateMutation, PlanningCreateMutationVariables>;
export const PlanningUpdateDocument = new TypedDocumentString(`
    mutation PlanningUpdate($input: UpdateWorkshopInput!) {
  updateWorkshop(input: $input) {
    workshop {
      ...PlanningWorkshop
    }
  }
}
    fragment PlanningWorkshop on Workshop {
  id
  title
  status
  sequence
  format
  timeZone
  startsAt
  endsAt
  onlineUrl
  capacity
  perGroupQuota
  registrationClosesAt
  requiresApproval
  venue {
    name
    city
    country
  }
  topics
  languages
  sessions {
    title
    startsAt
    endsAt
  }
  eligibility {
    regions
    organizationIds
  }
  seats {
    capacity
    confirmed
    waitlisted
    available
  }
}`) as unknown as TypedDocumentString<PlanningUpdateMutation, PlanningUpdateMutationVariables>;
export const PlanningPublishDocument = new TypedDocumentString(`
    mutation PlanningPublish($id: ID!) {
  publishWorkshop(input: {id: $id}) {
    workshop {
      id
      status
      sequence
    }
  }
}
    `) as unknown as TypedDocumentString<PlanningPublishMutation, PlanningPublishMutationVariables>;
export const PlanningCancelDocument = new TypedDocumentString(`
    mutation PlanningCancel($id: ID!, $reason: String!) {
  cancelWorkshop(input: {id: $id, reason: $reason}) {
    workshop {
      id
      status
      sequence
      cancellationReason
    }
  }
}
    `) as unknown as TypedDocumentString<PlanningCancelMutation, PlanningCancelMutationVariables>;
export const PlanningCompleteDocument = new TypedDocumentString(`
    mutation PlanningComplete($id: ID!) {
  completeWorkshop(input: {id: $id}) {
    workshop {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PlanningCompleteMutation, PlanningCompleteMutationVariables>;
export const ProgrammeSearchListDocument = new TypedDocumentString(`
    query ProgrammeSearchList($filter: WorkshopFilter, $first: Int, $after: String) {
  workshops(filter: $filter, first: $first, after: $after) {
    edges {
      node {
        id
        title
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammeSearchListQuery, ProgrammeSearchListQueryVariables>;
export const ProgrammeSearchOrganizationsDocument = new TypedDocumentString(`
    query ProgrammeSearchOrganizations($text: String) {
  organizations(filter: {text: $text}) {
    edges {
      node {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammeSearchOrganizationsQuery, ProgrammeSearchOrganizationsQueryVariables>;
export const ReadingListDocument = new TypedDocumentString(`
    query ReadingList($filter: WorkshopFilter, $first: Int, $after: String) {
  workshops(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        title
        status
        onlineUrl
        startsAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ReadingListQuery, ReadingListQueryVariables>;
export const ReadingOneDocument = new TypedDocumentString(`
    query ReadingOne($id: ID!) {
  workshop(id: $id) {
    id
    title
    onlineUrl
    times {
      venueStartsAt {
        iso
        local
        timeZone
        offset
        abbreviation
      }
      viewerStartsAt {
        iso
        local
        timeZone
        offset
      }
    }
    sessions {
      title
      location
      times {
        venueStartsAt {
          local
        }
        viewerStartsAt {
          local
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadingOneQuery, ReadingOneQueryVariables>;
export const ReadingQueryDocument = new TypedDocumentString(`
    query ReadingQuery($first: Int) {
  workshops(first: $first, filter: {from: "2026-05-31T00:00:00Z"}) {
    edges {
      node {
        id
        title
        seats {
          capacity
          confirmed
          waitlisted
          available
        }
        facilitators {
          name
        }
        sessions {
          title
          times {
            venueStartsAt {
              local
            }
            viewerStartsAt {
              local
            }
          }
        }
        times {
          venueStartsAt {
            iso
          }
          viewerStartsAt {
            iso
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadingQueryQuery, ReadingQueryQueryVariables>;
export const SeriesCreateSeriesDocument = new TypedDocumentString(`
    mutation SeriesCreateSeries($input: CreateWorkshopSeriesInput!) {
  createWorkshopSeries(input: $input) {
    seriesId
    workshops {
      id
      seriesId
      status
      startsAt
      endsAt
      registrationClosesAt
      times {
        venueStartsAt {
          local
        }
      }
      sessions {
        title
        times {
          venueStartsAt {
            local
          }
          venueEndsAt {
            local
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeriesCreateSeriesMutation, SeriesCreateSeriesMutationVariables>;
export const SeriesUpdateDocument = new TypedDocumentString(`
    mutation SeriesUpdate($input: UpdateWorkshopInput!) {
  updateWorkshop(input: $input) {
    workshop {
      id
      title
      sequence
      times {
        venueStartsAt {
          local
        }
      }
    }
    alsoUpdated {
      id
      title
      sequence
      times {
        venueStartsAt {
          local
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeriesUpdateMutation, SeriesUpdateMutationVariables>;
export const SeriesPublishWorkshopDocument = new TypedDocumentString(`
    mutation SeriesPublishWorkshop($id: ID!) {
  publishWorkshop(input: {id: $id}) {
    workshop {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SeriesPublishWorkshopMutation, SeriesPublishWorkshopMutationVariables>;
export const SessionLocationLinksCreateDocument = new TypedDocumentString(`
    mutation SessionLocationLinksCreate($input: CreateWorkshopInput!) {
  createWorkshop(input: $input) {
    workshop {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SessionLocationLinksCreateMutation, SessionLocationLinksCreateMutationVariables>;
export const SessionLocationLinksPublishDocument = new TypedDocumentString(`
    mutation SessionLocationLinksPublish($id: ID!) {
  publishWorkshop(input: {id: $id}) {
    workshop {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<SessionLocationLinksPublishMutation, SessionLocationLinksPublishMutationVariables>;
export const SessionLocationLinksUpdateDocument = new TypedDocumentString(`
    mutation SessionLocationLinksUpdate($input: UpdateWorkshopInput!) {
  updateWorkshop(input: $input) {
    workshop {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SessionLocationLinksUpdateMutation, SessionLocationLinksUpdateMutationVariables>;
export const SessionLocationLinksSessionsDocument = new TypedDocumentString(`
    query SessionLocationLinksSessions($id: ID!) {
  workshop(id: $id) {
    sessions {
      title
      location
      joiningDetails
    }
  }
}
    `) as unknown as TypedDocumentString<SessionLocationLinksSessionsQuery, SessionLocationLinksSessionsQueryVariables>;
export const SessionLocationLinksListDocument = new TypedDocumentString(`
    query SessionLocationLinksList {
  workshops(first: 50) {
    edges {
      node {
        id
        sessions {
          title
          location
          joiningDetails
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SessionLocationLinksListQuery, SessionLocationLinksListQueryVariables>;