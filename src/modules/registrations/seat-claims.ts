// Other modules name people by the same pseudonym as the person claims.
export { personClaimId, pseudonymOf } from './seating/seat-claims';
