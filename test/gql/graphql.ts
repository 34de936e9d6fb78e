/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** An existing person (userId) or name and email (with optional language and time zone for messages). */
export type ParticipantInput = {
  email?: string | null | undefined;
  language?: string | null | undefined;
  name?: string | null | undefined;
  timeZone?: string | null | undefined;
  userId?: string | number | null | undefined;
};

/** How a freed seat reaches the waiting list. */
export type PromotionMode =
  /** The first in line is confirmed at once. */
  | 'AUTOMATIC'
  /** The first in line is offered the seat and must accept within offerHours; then it passes on. */
  | 'OFFER';

export type RecordAttendanceInput = {
  attended: boolean;
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

export type RegistrationStatus =
  | 'CANCELLED'
  /** Holds a seat. */
  | 'CONFIRMED'
  | 'DECLINED'
  /** Waiting for the Secretariat's approval; holds no seat. */
  | 'PENDING_APPROVAL'
  /** In line for a seat; see waitlistPosition. */
  | 'WAITLISTED';

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

/** What a person may do: the Secretariat plans and sees everything; a coordinator acts for their own group; a member for themself. */
export type Role =
  | 'GROUP_COORDINATOR'
  | 'MEMBER'
  | 'SECRETARIAT_ADMIN'
  | 'SECRETARIAT_STAFF';

export type SignInInput = {
  email: string;
  password: string;
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

export type WorkshopFormat =
  | 'HYBRID'
  | 'IN_PERSON'
  | 'ONLINE';

export type WorkshopKind =
  | 'FORUM'
  | 'WEBINAR'
  | 'WORKSHOP';

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

export type FixturesSignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type FixturesSignInMutation = { signIn: { token: string, user: { id: string, email: string, role: Role } } };

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

export type RegisterWorkshopQueryVariables = Exact<{
  id: string | number;
}>;


export type RegisterWorkshopQuery = { workshop: { onlineUrl: string | null } | null };

export type ResourceFixturesCreateMutationVariables = Exact<{
  input: CreateResourceInput;
}>;


export type ResourceFixturesCreateMutation = { createResource: { resource: { id: string } } };

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
export const RegisterWorkshopDocument = new TypedDocumentString(`
    query RegisterWorkshop($id: ID!) {
  workshop(id: $id) {
    onlineUrl
  }
}
    `) as unknown as TypedDocumentString<RegisterWorkshopQuery, RegisterWorkshopQueryVariables>;
export const ResourceFixturesCreateDocument = new TypedDocumentString(`
    mutation ResourceFixturesCreate($input: CreateResourceInput!) {
  createResource(input: $input) {
    resource {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ResourceFixturesCreateMutation, ResourceFixturesCreateMutationVariables>;
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