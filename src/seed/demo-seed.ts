import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Types } from 'mongoose';
import { completeClaim, claimsCollection, tryClaim } from '../db/claims';
import { deleteFile, storeFile } from '../db/file-storage';
import { isDuplicateKeyError } from '../shared/errors';
import type { AppDeps } from '../app/context';
import type { OrganizationDoc } from '../modules/organizations/organization.model';
import { DEMO_SECRETARIAT_SLUG, DEMO_USERS, demoOrganizations } from '../modules/organizations/reference/demo-data';
import { nameKeyOf } from '../modules/organizations/search-keys';
import { claimSecretariat } from '../modules/organizations/secretariat';
import { hashPassword } from '../modules/users/secrets';
import { demoWorkshops } from './demo-workshops';
import { DEMO_RESOURCES } from './demo-resources';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'config' | 'logger'>;

export interface DemoCredential {
  email: string;
  password: string;
  role: string;
}

const SEED_CLAIM = 'seed:demo:v1';

/** Deterministic ids make the seed idempotent: a second run (or a run after a crash) inserts only what is missing. */
const demoId = (key: string) => new Types.ObjectId(createHash('sha256').update(`demo:${key}`).digest().subarray(0, 12));

/**
 * The demo network for the embedded default: the Secretariat, 120 member groups in 100 countries,
 * partners, sixty upcoming workshops, a small library of resources, a demo admin and a demo coordinator. Their passwords are random per data directory,
 * kept in DATA_DIR/demo-credentials.json (mode 600) and printed at start-up.
 */
export async function seedDemoData(deps: Deps): Promise<DemoCredential[]> {
  const credentialsFile = path.join(deps.config.dataDir, 'demo-credentials.json');
  const seeded = await claimsCollection(deps.database.db).findOne({ _id: SEED_CLAIM });
  if (seeded?.completedAt) return readCredentials(credentialsFile);
  const now = deps.clock.now();
  await tryClaim(deps.database.db, SEED_CLAIM, { kind: 'seed', now });

  const { Organization, User, Credential, Workshop } = deps.database.models;
  const ids = new Map<string, Types.ObjectId>();
  const existingSecretariat = await Organization.findOne({ kind: 'SECRETARIAT' }).lean<OrganizationDoc>();
  for (const org of demoOrganizations()) {
    if (org.kind === 'SECRETARIAT' && existingSecretariat) {
      ids.set(org.slug, existingSecretariat._id);
      continue;
    }
    const _id = demoId(org.slug);
    ids.set(org.slug, _id);
    if (org.kind === 'SECRETARIAT') {
      try {
        await claimSecretariat(deps, now);
      } catch {
        continue; // created meanwhile by another process
      }
    }
    await insertIgnoringDuplicates(() =>
      Organization.create({
        _id,
        ...org,
        nameKey: nameKeyOf(org.name),
        statusHistory: org.membershipStatus ? [{ from: null, to: org.membershipStatus, at: now, by: null, reason: 'demo data' }] : [],
      }),
    );
  }

  const createdBy = demoId(`user:${DEMO_USERS[0]!.email}`);
  for (const workshop of demoWorkshops(now)) {
    const { index, ...fields } = workshop;
    await insertIgnoringDuplicates(() => Workshop.create({ _id: demoId(`workshop:${index}`), ...fields, createdBy }));
  }

  await seedDemoResources(deps, ids.get(DEMO_SECRETARIAT_SLUG)!, createdBy, now);

  const credentials = readCredentials(credentialsFile);
  for (const person of DEMO_USERS) {
    const _id = demoId(`user:${person.email}`);
    const organizationId = ids.get(person.organization) ?? ids.get(DEMO_SECRETARIAT_SLUG)!;
    const inserted = await insertIgnoringDuplicates(() =>
      User.create({ _id, email: person.email, name: person.name, role: person.role, organizationId, timeZone: 'UTC', language: 'en', emailVerifiedAt: now }),
    );
    let credential = credentials.find((c) => c.email === person.email);
    if (inserted || !credential) {
      credential = { email: person.email, password: randomBytes(12).toString('base64url'), role: person.role };
      await Credential.updateOne({ _id }, { $set: { passwordHash: await hashPassword(credential.password) } }, { upsert: true });
      credentials.splice(0, credentials.length, ...credentials.filter((c) => c.email !== person.email), credential);
    }
  }
  fs.mkdirSync(deps.config.dataDir, { recursive: true });
  fs.writeFileSync(credentialsFile, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  await completeClaim(deps.database.db, SEED_CLAIM, now);
  deps.logger.info({ organizations: ids.size, users: DEMO_USERS.length }, 'demo data seeded');
  return credentials;
}

/** The demo library: resources with a Markdown file per edition (version 1), some linked to demo workshops. */
async function seedDemoResources(deps: Deps, organizationId: Types.ObjectId, createdBy: Types.ObjectId, now: Date): Promise<void> {
  const { Resource, ResourceVersion, ResourceLink } = deps.database.models;
  for (const demo of DEMO_RESOURCES) {
    const _id = demoId(`resource:${demo.key}`);
    const workshopIds = demo.workshop === undefined ? [] : [demoId(`workshop:${demo.workshop}`)];
    for (const workshopId of workshopIds) {
      await insertIgnoringDuplicates(() =>
        ResourceLink.create({ _id: `res:${String(_id)}:ws:${String(workshopId)}`, resourceId: _id, workshopId, createdAt: now, inFollowUp: true }),
      );
    }
    await insertIgnoringDuplicates(() =>
      Resource.create({
        _id,
        title: demo.title,
        description: demo.description,
        kind: demo.kind,
        visibility: demo.visibility,
        topics: demo.topics,
        languages: demo.languages,
        regions: demo.regions,
        countries: demo.countries,
        organizationId,
        workshopIds,
        externalUrl: demo.externalUrl ?? null,
        createdBy,
      }),
    );
    for (const [language, markdown] of Object.entries(demo.files ?? {})) {
      const versionId = `res:${String(_id)}:${language}:v:1`;
      if (await ResourceVersion.exists({ _id: versionId })) continue;
      const bytes = Buffer.from(markdown);
      const filename = `${demo.key}-${language}.md`;
      const stored = await storeFile(deps.database.db, Readable.from([bytes]), { filename, metadata: { resourceId: _id, language } });
      const inserted = await insertIgnoringDuplicates(() =>
        ResourceVersion.create({
          _id: versionId,
          resourceId: _id,
          language,
          number: 1,
          fileId: stored.fileId,
          filename,
          contentType: 'text/markdown; charset=utf-8',
          size: stored.size,
          sha256: stored.sha256,
          uploadedBy: createdBy,
          uploadedAt: now,
        }),
      );
      if (!inserted) await deleteFile(deps.database.db, stored.fileId);
    }
  }
}

async function insertIgnoringDuplicates(insert: () => Promise<unknown>): Promise<boolean> {
  try {
    await insert();
    return true;
  } catch (err) {
    if (isDuplicateKeyError(err)) return false;
    throw err;
  }
}

function readCredentials(file: string): DemoCredential[] {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as DemoCredential[];
  } catch {
    return [];
  }
}

export function describeCredentials(credentials: DemoCredential[], options: { production?: boolean } = {}): string {
  if (credentials.length === 0) return '';
  // A production process's output is collected by log systems: the passwords stay in the file.
  if (options.production) return 'Demo sign-ins are in DATA_DIR/demo-credentials.json (not printed with NODE_ENV=production).\n';
  const lines = credentials.map((c) => `  ${c.role.padEnd(18)} ${c.email}  password: ${c.password}`);
  return `Demo sign-in (demo data only; kept in DATA_DIR/demo-credentials.json):\n${lines.join('\n')}\n`;
}
