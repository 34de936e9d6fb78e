/**
 * Seeds `size` workshops and `size` registrations into a database, fast (insertMany in batches,
 * no claims: reading and counting do not need them). Used by bench/scale.ts; runnable alone:
 *
 *   MONGODB_URI=mongodb://… MONGODB_DB_NAME=scale npx tsx bench/seed-scale.ts 10000
 *
 * It creates the Secretariat, two member groups, an admin and a coordinator (password
 * SCALE_PASSWORD), `size` published workshops spread over the coming two years (registration open)
 * and `size` registrations spread over them, half of them the coordinator's group; member groups
 * up to 1,000 across regions, and a tenth as many resources as workshops in three languages.
 */
import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import { claimsCollection } from '../src/db/claims';
import { connectDatabase, type Database } from '../src/db/database';
import { personClaimId, seatClaimId } from '../src/modules/registrations/seating/seat-claims';
import { createLogger } from '../src/logger';
import { DEFAULT_TOPICS } from '../src/modules/organizations/reference/topics';
import { nameKeyOf } from '../src/modules/organizations/search-keys';
import type { Role } from '../src/shared/access/roles';
import { hashPassword } from '../src/modules/users/secrets';

export const SCALE_PASSWORD = 'scale bench passphrase 2026';
const BATCH = 1_000;
const TOPICS = ['ONLINE_SAFETY', 'TRAFFICKING', 'CHILD_PARTICIPATION', 'LAW_ENFORCEMENT', 'SURVIVOR_SUPPORT'];
const FORMATS = ['IN_PERSON', 'ONLINE', 'HYBRID'] as const;

export interface ScaleSeed {
  adminEmail: string;
  coordinatorEmail: string;
  groupId: string;
  workshopIds: string[];
}

async function organization(database: Database, name: string, kind: 'SECRETARIAT' | 'MEMBER_GROUP', country: string, region: string) {
  const doc = await database.models.Organization.create({
    name,
    nameKey: nameKeyOf(name),
    kind,
    country,
    region,
    membershipStatus: kind === 'MEMBER_GROUP' ? 'MEMBER' : null,
    topics: [],
    languages: ['en'],
  });
  return doc._id;
}

async function person(database: Database, role: Role, organizationId: Types.ObjectId, email: string, passwordHash: string) {
  const user = await database.models.User.create({ email, name: `Scale ${role}`, role, organizationId, timeZone: 'UTC', language: 'en' });
  await database.models.Credential.create({ _id: user._id, passwordHash });
  return user._id;
}

export async function seedScale(database: Database, size: number, now = new Date()): Promise<ScaleSeed> {
  const tag = randomBytes(3).toString('hex');
  const passwordHash = await hashPassword(SCALE_PASSWORD);
  const secretariat = await organization(database, `Scale Secretariat ${tag}`, 'SECRETARIAT', 'TH', 'SOUTHEAST_ASIA');
  const group = await organization(database, `Scale Group ${tag}`, 'MEMBER_GROUP', 'KE', 'AFRICA');
  const other = await organization(database, `Scale Other ${tag}`, 'MEMBER_GROUP', 'UG', 'AFRICA');
  const adminEmail = `scale-admin-${tag}@example.org`;
  const coordinatorEmail = `scale-coordinator-${tag}@example.org`;
  const admin = await person(database, 'SECRETARIAT_ADMIN', secretariat, adminEmail, passwordHash);
  await person(database, 'GROUP_COORDINATOR', group, coordinatorEmail, passwordHash);

  const workshopIds: Types.ObjectId[] = [];
  const spanMs = 2 * 365 * 24 * 3_600_000;
  for (let start = 0; start < size; start += BATCH) {
    const docs = Array.from({ length: Math.min(BATCH, size - start) }, (_, i) => {
      const n = start + i;
      const startsAt = new Date(now.getTime() + 7 * 24 * 3_600_000 + Math.floor((n / size) * spanMs));
      const title = `Scale workshop ${n} on ${TOPICS[n % TOPICS.length]!.toLowerCase().replace(/_/g, ' ')}`;
      const format = FORMATS[n % FORMATS.length]!;
      const _id = new Types.ObjectId();
      workshopIds.push(_id);
      return {
        _id,
        kind: 'WORKSHOP',
        title,
        summary: 'Seeded for the scale benchmark.',
        topics: [TOPICS[n % TOPICS.length]],
        languages: ['en'],
        format,
        venue: format === 'ONLINE' ? null : { name: 'Community Hall', address: null, city: 'Nairobi', country: 'KE' },
        onlineUrl: format === 'IN_PERSON' ? null : 'https://meet.example.org/scale',
        timeZone: 'Africa/Nairobi',
        startsAt,
        endsAt: new Date(startsAt.getTime() + 6 * 3_600_000),
        capacity: 1_000,
        registrationClosesAt: startsAt,
        status: 'PUBLISHED',
        publishedAt: now,
        openToAll: true,
        eligibility: { regions: [], organizationIds: [] },
        sessions: [],
        facilitators: [],
        revision: 0,
        sequence: 0,
        createdBy: admin,
      };
    });
    await database.models.Workshop.insertMany(docs, { lean: true });
  }
  for (let start = 0; start < size; start += BATCH) {
    const docs = Array.from({ length: Math.min(BATCH, size - start) }, (_, i) => {
      const n = start + i;
      const workshopId = workshopIds[n % workshopIds.length]!;
      const email = `scale-${tag}-${n}@example.org`;
      const organizationId = n % 2 === 0 ? group : other;
      return {
        _id: new Types.ObjectId(),
        workshopId,
        organizationId,
        status: 'CONFIRMED',
        participant: { name: `Participant ${n}`, email },
        personClaim: personClaimId(String(workshopId), String(organizationId), email),
        seatClaim: seatClaimId(String(workshopId), 1 + Math.floor(n / workshopIds.length)),
        registeredBy: admin,
      };
    });
    await database.models.Registration.insertMany(docs, { lean: true });
    // The claims they hold, as registering stores them: the claims collection grows with the registrations.
    await claimsCollection(database.db).insertMany(
      docs.flatMap((doc) => {
        const data = { registrationId: String(doc._id), workshopId: String(doc.workshopId) };
        return [
          { _id: doc.personClaim, kind: 'person', createdAt: now, data },
          { _id: doc.seatClaim, kind: 'seat', createdAt: now, data },
        ];
      }),
    );
  }
  await seedDirectory(database, Math.min(size, 1_000), now);
  await seedLibrary(database, Math.ceil(size / 10), [group, other], admin, now);
  return { adminEmail, coordinatorEmail, groupId: String(group), workshopIds: workshopIds.map(String) };
}

const COUNTRIES = [
  ['KE', 'AFRICA'],
  ['SN', 'AFRICA'],
  ['PE', 'AMERICAS'],
  ['MX', 'AMERICAS'],
  ['FR', 'EUROPE'],
  ['NP', 'SOUTH_ASIA'],
  ['TH', 'SOUTHEAST_ASIA'],
  ['PH', 'SOUTHEAST_ASIA'],
] as const;
const NAME_WORDS = ['Coalition', 'Network', 'Alliance', 'Réseau', 'Red', 'Foundation', 'Centre', 'Association'];

/** Member groups up to `count`, named and placed across regions, so the directory has a network to page and search. */
async function seedDirectory(database: Database, count: number, now: Date) {
  const docs = Array.from({ length: count }, (_, n) => {
    const [country, region] = COUNTRIES[n % COUNTRIES.length]!;
    const name = `${NAME_WORDS[n % NAME_WORDS.length]} for children ${n}`;
    return {
      name,
      nameKey: nameKeyOf(name),
      kind: 'MEMBER_GROUP',
      country,
      region,
      membershipStatus: 'MEMBER',
      topics: [DEFAULT_TOPICS[n % DEFAULT_TOPICS.length]],
      languages: ['en'],
      createdAt: now,
      updatedAt: now,
    };
  });
  for (let start = 0; start < docs.length; start += BATCH) await database.models.Organization.insertMany(docs.slice(start, start + BATCH), { lean: true });
}

const RESOURCE_TITLES = [
  'Toolkit for protecting children online',
  'Guide de protection des enfants',
  'Estudio sobre los niños y la explotación',
  'Trafficking indicators for border police',
  'Survivor support in shelters',
  'Rapport annuel sur la traite',
  'Child participation in policy reform',
  'Safeguarding checklists for tourism',
];
const KINDS = ['TOOLKIT', 'GUIDE', 'STUDY', 'REPORT', 'PRESENTATION'] as const;
const VISIBILITIES = ['NETWORK', 'PUBLIC', 'NETWORK', 'PARTICIPANTS', 'SECRETARIAT'] as const;

/** Resources (a tenth of the workshops), in several languages, kinds and visibilities, shared by the two groups. */
async function seedLibrary(database: Database, count: number, groups: Types.ObjectId[], createdBy: Types.ObjectId, now: Date) {
  for (let start = 0; start < count; start += BATCH) {
    const docs = Array.from({ length: Math.min(BATCH, count - start) }, (_, i) => {
      const n = start + i;
      const createdAt = new Date(now.getTime() - n * 60_000);
      return {
        title: `${RESOURCE_TITLES[n % RESOURCE_TITLES.length]} ${n}`,
        description: 'Material shared between member groups: practice, checklists and training notes.',
        kind: KINDS[n % KINDS.length],
        visibility: VISIBILITIES[n % VISIBILITIES.length],
        topics: [DEFAULT_TOPICS[n % DEFAULT_TOPICS.length]],
        languages: [['en', 'fr', 'es'][n % 3]],
        regions: [COUNTRIES[n % COUNTRIES.length]![1]],
        countries: [COUNTRIES[n % COUNTRIES.length]![0]],
        organizationId: groups[n % groups.length],
        workshopIds: [],
        status: 'ACTIVE',
        downloadCount: n % 17,
        createdBy,
        createdAt,
        updatedAt: createdAt,
      };
    });
    await database.models.Resource.insertMany(docs, { lean: true });
  }
}

async function main() {
  const size = Number(process.argv[2] ?? 1_000);
  const uri = process.env.MONGODB_URI;
  if (!uri) throw new Error('Set MONGODB_URI (and MONGODB_DB_NAME) to seed a database; bench/scale.ts starts its own.');
  const database = await connectDatabase({ uri, dbName: process.env.MONGODB_DB_NAME ?? 'scale', logger: createLogger('warn') });
  const started = Date.now();
  const seed = await seedScale(database, size);
  process.stdout.write(`seeded ${size} workshops and ${size} registrations in ${Date.now() - started} ms; coordinator ${seed.coordinatorEmail}\n`);
  await database.close();
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${String(err)}\n`);
    process.exit(1);
  });
}
