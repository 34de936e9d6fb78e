import type { AppDeps } from '../../app/context';
import { tryClaim } from '../../db/claims';
import { ConflictError } from '../../shared/errors';
import type { OrganizationDoc } from './organization.model';
import { nameKeyOf } from './search-keys';

export const SECRETARIAT_CLAIM = 'org:secretariat';

/** Takes the one Secretariat claim, or answers CONFLICT (also for a Secretariat stored before claims). */
export async function claimSecretariat(deps: Pick<AppDeps, 'database'>, now: Date): Promise<void> {
  const exists = await deps.database.models.Organization.exists({ kind: 'SECRETARIAT' });
  if (exists || !(await tryClaim(deps.database.db, SECRETARIAT_CLAIM, { kind: 'organization', now }))) {
    throw new ConflictError('The network already has its Secretariat.', 'SECRETARIAT_EXISTS');
  }
}

/** The one Secretariat, for start-up tools (admin:create, seed); the API path is createOrganization. */
export async function createSecretariat(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  fields: { name?: string; country?: string; region?: string } = {},
): Promise<OrganizationDoc> {
  await claimSecretariat(deps, deps.clock.now());
  const name = fields.name ?? 'International Secretariat';
  const created = await deps.database.models.Organization.create({
    name,
    nameKey: nameKeyOf(name),
    kind: 'SECRETARIAT',
    country: fields.country ?? 'TH',
    region: fields.region ?? 'SOUTHEAST_ASIA',
    membershipStatus: null,
  });
  return created.toObject() as OrganizationDoc;
}
