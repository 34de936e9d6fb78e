import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import type { Database } from '../../src/db/database';
import type { RegistrationStatus } from '../../src/modules/registrations/registration.model';
import type { WorkshopDoc } from '../../src/modules/workshops/workshop.model';
import type { OrganizationDoc } from '../../src/modules/organizations/organization.model';
import { nameKeyOf } from '../../src/modules/organizations/search-keys';
import type { Role } from '../../src/shared/access/roles';
import { hashPassword } from '../../src/modules/users/secrets';
import type { UserDoc } from '../../src/modules/users/user.model';
import type { QuestionDoc, QuestionLabels, QuestionSensitivity, QuestionType } from '../../src/modules/questions/question.model';
import { startTestApp, type TestApp } from './app';
import { useTestDatabase } from './database';
import { operation } from '../gql';
import { graphql } from './graphql';

export const TEST_PASSWORD = 'correct horse battery staple';

export async function givenOrganization(database: Database, fields: Partial<OrganizationDoc> = {}): Promise<OrganizationDoc> {
  const name = fields.name ?? `Test Group ${randomBytes(3).toString('hex')}`;
  const country = fields.country ?? 'KE';
  const kind = fields.kind ?? 'MEMBER_GROUP';
  const doc = await database.models.Organization.create({
    name,
    nameKey: nameKeyOf(name),
    kind,
    country,
    region: fields.region ?? 'AFRICA',
    membershipStatus: kind === 'MEMBER_GROUP' ? (fields.membershipStatus ?? 'MEMBER') : null,
    topics: fields.topics ?? [],
    languages: fields.languages ?? ['en'],
  });
  return doc.toObject() as OrganizationDoc;
}

let passwordHash: Promise<string> | undefined;

/**
 * A question of the library, stored as the service stores one (its read model hears of it): the
 * key made unique from `key`, labelled `key` in English unless labels are given; an EPHEMERAL one
 * purged 30 days after the workshop unless told otherwise.
 */
export async function givenQuestion(
  database: Database,
  fields: { key: string; type: QuestionType; sensitivity: QuestionSensitivity; labels?: QuestionLabels; choices?: string[]; purgeAfterDays?: number },
): Promise<QuestionDoc> {
  const doc = await database.models.RegistrationQuestion.create({
    key: `${fields.key}-${randomBytes(3).toString('hex')}`,
    type: fields.type,
    labels: fields.labels ?? { en: fields.key },
    choices: (fields.choices ?? []).map((value) => ({ value, labels: { en: value } })),
    sensitivity: fields.sensitivity,
    purgeAfterDays: fields.sensitivity === 'EPHEMERAL' ? (fields.purgeAfterDays ?? 30) : null,
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  return doc.toObject() as QuestionDoc;
}

/** A person with the given role in the given organisation, who can sign in with TEST_PASSWORD. */
export async function givenUser(
  database: Database,
  fields: { role: Role; organizationId: OrganizationDoc['_id']; email?: string; name?: string; disabled?: boolean; emailUnconfirmed?: boolean },
): Promise<UserDoc> {
  const email = fields.email ?? `${fields.role.toLowerCase()}-${randomBytes(4).toString('hex')}@example.org`;
  const user = await database.models.User.create({
    email,
    name: fields.name ?? 'Test Person',
    role: fields.role,
    organizationId: fields.organizationId,
    timeZone: 'Africa/Nairobi',
    language: 'en',
    disabledAt: fields.disabled ? new Date() : null,
    emailVerifiedAt: fields.emailUnconfirmed ? null : new Date(),
  });
  passwordHash ??= hashPassword(TEST_PASSWORD);
  await database.models.Credential.create({ _id: user._id, passwordHash: await passwordHash });
  return user.toObject() as UserDoc;
}

const SIGN_IN = operation(`mutation FixturesSignIn($input: SignInInput!) { signIn(input: $input) { token user { id email role } } }`);

/** Signs in through the real API and returns the bearer token. */
export async function signInAs(url: string, email: string, password = TEST_PASSWORD): Promise<string> {
  const response = await graphql(url, SIGN_IN, { input: { email, password } });
  if (!response.data?.signIn) throw new Error(`sign-in failed: ${JSON.stringify(response.errors)}`);
  return response.data.signIn.token;
}

/** The Secretariat and one member group, with a person of each role, signed in. */
export async function givenNetwork(database: Database, url: string) {
  const secretariat = await givenOrganization(database, { kind: 'SECRETARIAT', name: 'International Secretariat', country: 'TH', region: 'SOUTHEAST_ASIA' });
  const group = await givenOrganization(database, { name: 'Safe Childhood Kenya', country: 'KE' });
  const people = {
    admin: await givenUser(database, { role: 'SECRETARIAT_ADMIN', organizationId: secretariat._id }),
    staff: await givenUser(database, { role: 'SECRETARIAT_STAFF', organizationId: secretariat._id }),
    coordinator: await givenUser(database, { role: 'GROUP_COORDINATOR', organizationId: group._id }),
    member: await givenUser(database, { role: 'MEMBER', organizationId: group._id }),
  };
  const tokens = {
    admin: await signInAs(url, people.admin.email),
    staff: await signInAs(url, people.staff.email),
    coordinator: await signInAs(url, people.coordinator.email),
    member: await signInAs(url, people.member.email),
  };
  return { secretariat, group, people, tokens };
}

export type Network = Awaited<ReturnType<typeof givenNetwork>>;

/**
 * The usual setup of an API test file: its own database, the app over it, and a signed-in network
 * (Secretariat admin and staff, a group's coordinator and member). Read `env.app` / `env.network`
 * inside tests.
 */
export function useNetworkApp(overrides: Parameters<typeof startTestApp>[1] = {}) {
  const db = useTestDatabase();
  let app: TestApp | undefined;
  let network: Network | undefined;
  beforeAll(async () => {
    app = await startTestApp(db.current, overrides);
    network = await givenNetwork(db.current, app.url);
  });
  afterAll(async () => {
    await app?.close();
  });
  return {
    db,
    get app(): TestApp {
      if (!app) throw new Error('useNetworkApp(): used before beforeAll ran');
      return app;
    },
    get network(): Network {
      if (!network) throw new Error('useNetworkApp(): used before beforeAll ran');
      return network;
    },
  };
}

/** A workshop stored directly (published unless told otherwise), for tests of reading and registering. */
export async function givenWorkshop(database: Database, fields: Partial<WorkshopDoc> & { createdBy?: Types.ObjectId } = {}): Promise<WorkshopDoc> {
  const startsAt = fields.startsAt ?? new Date('2026-05-04T02:00:00Z');
  const title = fields.title ?? `Workshop ${randomBytes(3).toString('hex')}`;
  const doc = await database.models.Workshop.create({
    kind: 'WORKSHOP',
    format: 'IN_PERSON',
    venue: { name: 'Community Hall', address: null, city: 'Bangkok', country: 'TH' },
    timeZone: 'Asia/Bangkok',
    endsAt: new Date(startsAt.getTime() + 8 * 3_600_000),
    capacity: 20,
    registrationClosesAt: startsAt,
    status: 'PUBLISHED',
    openToAll: true,
    createdBy: fields.createdBy ?? new Types.ObjectId(),
    ...fields,
    title,
    startsAt,
  });
  return doc.toObject() as WorkshopDoc;
}

/** A registration stored directly (no claims taken), for tests of reading and deciding. */
export async function givenRegistration(
  database: Database,
  fields: { workshopId: Types.ObjectId; organizationId: Types.ObjectId; status?: RegistrationStatus; email?: string },
) {
  const email = fields.email ?? `reg-${randomBytes(4).toString('hex')}@example.org`;
  const doc = await database.models.Registration.create({
    workshopId: fields.workshopId,
    organizationId: fields.organizationId,
    status: fields.status ?? 'CONFIRMED',
    participant: { name: 'Registered Person', email },
    personClaim: `ws:${String(fields.workshopId)}:person:${email}`,
    registeredBy: new Types.ObjectId(),
  });
  return doc.toObject();
}
