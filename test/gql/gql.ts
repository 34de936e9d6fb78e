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
    "mutation FixturesSignIn($input: SignInInput!) { signIn(input: $input) { token user { id email role } } }": typeof types.FixturesSignInDocument,
    "mutation AttendanceRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }": typeof types.AttendanceRegisterDocument,
    "mutation AttendanceAttend($input: RecordAttendanceInput!) { recordAttendance(input: $input) { registration { id attended } } }": typeof types.AttendanceAttendDocument,
    "query AttendanceReport($id: ID!) { workshopReport(workshopId: $id) {\n  byStatus { confirmed waitlisted pendingApproval cancelled declined }\n  byGroup { organization { name } confirmed attended } byRegion { code confirmed attended } byCountry { code confirmed attended }\n  attendanceRate } }": typeof types.AttendanceReportDocument,
    "mutation OffersRegister($input: RegisterInput!) { register(input: $input) { registrations { id status waitlistPosition } } }": typeof types.OffersRegisterDocument,
    "mutation OffersCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }": typeof types.OffersCancelDocument,
    "mutation OffersAccept($id: ID!) { acceptOffer(input: { id: $id }) { registration { id status offerExpiresAt } } }": typeof types.OffersAcceptDocument,
    "query OffersSeats($id: ID!) { workshop(id: $id) { seats { capacity confirmed waitlisted available } } }": typeof types.OffersSeatsDocument,
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
    "query RegisterWorkshop($id: ID!) { workshop(id: $id) { onlineUrl } }": typeof types.RegisterWorkshopDocument,
    "mutation ResourceFixturesCreate($input: CreateResourceInput!) { createResource(input: $input) { resource { id } } }": typeof types.ResourceFixturesCreateDocument,
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
};
const documents: Documents = {
    "mutation FixturesSignIn($input: SignInInput!) { signIn(input: $input) { token user { id email role } } }": types.FixturesSignInDocument,
    "mutation AttendanceRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }": types.AttendanceRegisterDocument,
    "mutation AttendanceAttend($input: RecordAttendanceInput!) { recordAttendance(input: $input) { registration { id attended } } }": types.AttendanceAttendDocument,
    "query AttendanceReport($id: ID!) { workshopReport(workshopId: $id) {\n  byStatus { confirmed waitlisted pendingApproval cancelled declined }\n  byGroup { organization { name } confirmed attended } byRegion { code confirmed attended } byCountry { code confirmed attended }\n  attendanceRate } }": types.AttendanceReportDocument,
    "mutation OffersRegister($input: RegisterInput!) { register(input: $input) { registrations { id status waitlistPosition } } }": types.OffersRegisterDocument,
    "mutation OffersCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }": types.OffersCancelDocument,
    "mutation OffersAccept($id: ID!) { acceptOffer(input: { id: $id }) { registration { id status offerExpiresAt } } }": types.OffersAcceptDocument,
    "query OffersSeats($id: ID!) { workshop(id: $id) { seats { capacity confirmed waitlisted available } } }": types.OffersSeatsDocument,
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
    "query RegisterWorkshop($id: ID!) { workshop(id: $id) { onlineUrl } }": types.RegisterWorkshopDocument,
    "mutation ResourceFixturesCreate($input: CreateResourceInput!) { createResource(input: $input) { resource { id } } }": types.ResourceFixturesCreateDocument,
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
};

/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation FixturesSignIn($input: SignInInput!) { signIn(input: $input) { token user { id email role } } }"): typeof import('./graphql').FixturesSignInDocument;
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
export function operation(source: "query RegisterWorkshop($id: ID!) { workshop(id: $id) { onlineUrl } }"): typeof import('./graphql').RegisterWorkshopDocument;
/**
 * The operation function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function operation(source: "mutation ResourceFixturesCreate($input: CreateResourceInput!) { createResource(input: $input) { resource { id } } }"): typeof import('./graphql').ResourceFixturesCreateDocument;
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


export function operation(source: string) {
  return (documents as any)[source] ?? {};
}
