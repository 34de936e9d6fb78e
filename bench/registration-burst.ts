/**
 * The registration burst of `npm run bench` (run by bench/run.ts after the load scenarios, against
 * the same service and database):
 *
 * 1. as the demo Secretariat admin, creates and publishes one fresh online workshop (capacity 100,
 *    open to the whole network, registration open now, no approval, no quota, a week ahead);
 * 2. fires `size` `register` mutations over HTTP (one new participant each, for the coordinator's
 *    group, with the coordinator's token), at most `concurrency` in flight; records each request's
 *    latency and outcome. After `timeoutMs` no new request starts; those in flight get DRAIN_MS more
 *    to answer, then are aborted (their outcome is unknown: the service may still complete them, so
 *    the verification first waits for the workshop's registrations to stop changing);
 * 3. pages through `registrations(workshopId)` as the admin and checks: confirmed <= capacity
 *    (overbookings = confirmed - capacity), confirmed + waitlisted = successes, and the waiting
 *    list's positions are exactly 1..N;
 * 4. the ceiling: `size` raw `insertOne`s of equivalent registration documents through the
 *    `mongodb` driver into a scratch collection of the same database (with the registrations
 *    collection's secondary indexes), same concurrency; dropped after.
 */
import { MongoClient, ObjectId } from 'mongodb';
import { randomBytes } from 'node:crypto';

export interface BurstSettings {
  /** BENCH_BURST_SIZE: register mutations (and raw inserts). */
  size: number;
  /** BENCH_BURST_CONCURRENCY: requests (and inserts) in flight. */
  concurrency: number;
  /** BENCH_BURST_TIMEOUT_S: the whole burst (and again the raw inserts) is aborted after this. */
  timeoutMs: number;
}

export interface BurstTarget {
  /** The service's base URL. */
  url: string;
  /** The same database the service uses. */
  uri: string;
  dbName: string;
  coordinatorToken: string;
  adminToken: string;
}

/** After the burst's deadline, how long the requests in flight still get to answer. */
const DRAIN_MS = 120_000;
/** With outcomes unknown, the verification waits until the workshop's registrations are unchanged this long... */
const SETTLE_QUIET_MS = 10_000;
/** ...but no longer than this. */
const SETTLE_MAX_MS = 120_000;
/** Each raw insert. */
const INSERT_TIMEOUT_MS = 60_000;
/** The burst's timeline: successes per bucket of this many seconds. */
const TIMELINE_BUCKET_S = 10;
/** Creating the workshop and the verification pages: each request. */
const ADMIN_REQUEST_TIMEOUT_MS = 30_000;
const CAPACITY = 100;
const PAGE_SIZE = 100;
export const SCRATCH_COLLECTION = 'bench_raw_registrations';

/** An upper bound for the watchdog of run.ts: the burst, the raw inserts, set-up and verification. */
export const burstDeadlineMs = (settings: BurstSettings) => 2 * settings.timeoutMs + DRAIN_MS + SETTLE_MAX_MS + 2 * 60_000;

interface LatencySummary {
  p50: number | null;
  p95: number | null;
  p99: number | null;
  mean: number | null;
  max: number | null;
}

export interface BurstReport {
  settings: { size: number; concurrency: number; timeoutS: number; drainS: number; capacity: number };
  workshop: { id: string; capacity: number; startsAt: string; endsAt: string };
  burst: {
    /** Requests sent (fewer than `size` only when the deadline came first). */
    sent: number;
    /** Not sent: the deadline came first. Not counted in `errors`. */
    notSent: number;
    /** register answered with one CONFIRMED or WAITLISTED registration. */
    successes: number;
    /** Every other sent request: GraphQL errors, non-2xx, network errors, requests aborted after the drain. */
    errors: number;
    errorsByKind: Record<string, number>;
    /** Aborted in flight: the service may have registered them anyway. */
    unknownOutcomes: number;
    /** Statuses as register answered them. */
    answeredStatuses: Record<string, number>;
    wallClockMs: number;
    /** successes / wall clock of the burst. */
    registrationsPerSec: number;
    /** answered requests / wall clock of the burst. */
    requestsPerSec: number;
    latencyMs: LatencySummary;
    /** The deadline came before every request was sent. */
    timedOut: boolean;
    /** Successful registrations per TIMELINE_BUCKET_S seconds from the start of the burst. */
    timeline: { bucketS: number; successes: number[] };
  };
  verification: {
    method: string;
    /** Every registration of the workshop, by status, as the admin sees them. */
    byStatus: Record<string, number>;
    confirmed: number;
    waitlisted: number;
    overbookings: number;
    confirmedPlusWaitlistedEqualsSuccesses: boolean;
    /** With unknown outcomes: successes <= confirmed + waitlisted <= successes + unknownOutcomes. */
    consistentWithUnknownOutcomes: boolean;
    /** How long the verification waited for the registrations to stop changing (0 without unknown outcomes). */
    settleWaitMs: number;
    waitlistPositionsGapless: boolean;
    /** What the waiting list's positions were when they were not 1..N (first few problems). */
    waitlistProblems: string[];
    /** The workshop's own counters (seats), read after the pages. */
    seats: { capacity: number; confirmed: number; waitlisted: number; available: number } | null;
    pages: number;
  };
  rawInsertCeiling: {
    method: string;
    collection: string;
    /** Secondary indexes copied from the registrations collection. */
    secondaryIndexes: number;
    inserts: number;
    errors: number;
    wallClockMs: number;
    insertsPerSec: number;
    latencyMs: LatencySummary;
    timedOut: boolean;
  };
}

type Log = (message: string) => void;

// ---------------------------------------------------------------------------------------------

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

function summarize(latencies: number[]): LatencySummary {
  if (latencies.length === 0) return { p50: null, p95: null, p99: null, mean: null, max: null };
  const sorted = Float64Array.from(latencies).sort();
  const at = (p: number) => round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!);
  let sum = 0;
  for (const ms of sorted) sum += ms;
  return { p50: at(50), p95: at(95), p99: at(99), mean: round(sum / sorted.length), max: round(sorted[sorted.length - 1]!) };
}

/** Runs task(0..count-1) with at most `concurrency` in flight; tasks not started when `signal` aborts are skipped. */
async function pool(count: number, concurrency: number, signal: AbortSignal, task: (index: number) => Promise<void>): Promise<number> {
  let next = 0;
  const worker = async () => {
    while (next < count && !signal.aborted) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return next;
}

interface GraphqlAnswer<T> {
  status: number;
  data: T | null;
  errors: { message?: string; extensions?: { code?: string } }[] | null;
  text: string;
}

async function graphql<T>(url: string, token: string, query: string, variables: Record<string, unknown>, signal: AbortSignal): Promise<GraphqlAnswer<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  const text = await response.text();
  let json: { data?: T | null; errors?: GraphqlAnswer<T>['errors'] } = {};
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    // not JSON: data and errors stay null
  }
  return { status: response.status, data: json.data ?? null, errors: json.errors ?? null, text };
}

/** A GraphQL call that must succeed (set-up and verification). */
async function must<T>(url: string, token: string, what: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const answer = await graphql<T>(url, token, query, variables, AbortSignal.timeout(ADMIN_REQUEST_TIMEOUT_MS));
  if (answer.status !== 200 || answer.errors || !answer.data) {
    throw new Error(`${what} answered ${answer.status}: ${answer.text.slice(0, 500)}`);
  }
  return answer.data;
}

// ---------------------------------------------------------------------------------------------
// 1. The workshop

const WORKSHOP_FIELDS = 'id status capacity startsAt endsAt requiresApproval perGroupQuota eligibility { regions organizationIds }';

async function createWorkshop(target: BurstTarget, run: string): Promise<BurstReport['workshop']> {
  const startsAt = new Date(Date.now() + 7 * 24 * 3_600_000);
  startsAt.setUTCSeconds(0, 0);
  const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000);
  const created = await must<{ createWorkshop: { workshop: { id: string } } }>(
    target.url,
    target.adminToken,
    'createWorkshop',
    `mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { workshop { ${WORKSHOP_FIELDS} } } }`,
    {
      input: {
        kind: 'WORKSHOP',
        title: `Bench registration burst ${run}`,
        format: 'ONLINE',
        onlineUrl: 'https://meet.example.org/bench',
        timeZone: 'UTC',
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        capacity: CAPACITY,
      },
    },
  );
  const id = created.createWorkshop.workshop.id;
  const published = await must<{
    publishWorkshop: { workshop: { status: string; capacity: number; requiresApproval: boolean; perGroupQuota: number | null } };
  }>(
    target.url,
    target.adminToken,
    'publishWorkshop',
    `mutation($input: PublishWorkshopInput!) { publishWorkshop(input: $input) { workshop { ${WORKSHOP_FIELDS} } } }`,
    { input: { id } },
  );
  const workshop = published.publishWorkshop.workshop;
  if (workshop.status !== 'PUBLISHED' || workshop.capacity !== CAPACITY || workshop.requiresApproval || workshop.perGroupQuota !== null) {
    throw new Error(`the bench workshop is not as expected after publishWorkshop: ${JSON.stringify(workshop)}`);
  }
  return { id, capacity: CAPACITY, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() };
}

// ---------------------------------------------------------------------------------------------
// 2. The burst

const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) { registrations { id status waitlistPosition } } }';

async function fireBurst(target: BurstTarget, settings: BurstSettings, workshopId: string, run: string): Promise<BurstReport['burst']> {
  const latencies: number[] = [];
  const errorsByKind: Record<string, number> = {};
  const answeredStatuses: Record<string, number> = {};
  const timeline: number[] = [];
  let successes = 0;
  let unknownOutcomes = 0;
  const fail = (kind: string) => {
    errorsByKind[kind] = (errorsByKind[kind] ?? 0) + 1;
  };

  // `stop`: no new request starts; `abortAll`: the requests still in flight are aborted.
  const stop = new AbortController();
  const abortAll = new AbortController();
  const stopTimer = setTimeout(() => stop.abort(), settings.timeoutMs);
  const abortTimer = setTimeout(() => abortAll.abort(), settings.timeoutMs + DRAIN_MS);
  const started = performance.now();
  let sent: number;
  try {
    sent = await pool(settings.size, settings.concurrency, stop.signal, async (i) => {
      const requestStarted = performance.now();
      try {
        const answer = await graphql<{ register: { registrations: { status: string }[] } }>(
          target.url,
          target.coordinatorToken,
          REGISTER,
          { input: { workshopId, participants: [{ name: `Bench Participant ${i}`, email: `bench-${run}-${i}@example.org` }] } },
          abortAll.signal,
        );
        const answered = performance.now();
        latencies.push(answered - requestStarted);
        const registrations = answer.data?.register?.registrations;
        const status = registrations?.length === 1 ? registrations[0]!.status : undefined;
        if (answer.status === 200 && !answer.errors && (status === 'CONFIRMED' || status === 'WAITLISTED')) {
          successes++;
          answeredStatuses[status] = (answeredStatuses[status] ?? 0) + 1;
          const bucket = Math.floor((answered - started) / 1000 / TIMELINE_BUCKET_S);
          while (timeline.length <= bucket) timeline.push(0);
          timeline[bucket]!++;
        } else if (answer.errors?.length) {
          fail(`graphql ${answer.errors[0]!.extensions?.code ?? 'error'}`);
        } else if (answer.status !== 200) {
          fail(`http ${answer.status}`);
        } else {
          fail('unexpected answer');
        }
      } catch (err) {
        if (abortAll.signal.aborted) {
          unknownOutcomes++;
          fail('aborted in flight (outcome unknown)');
        } else {
          fail(`network ${err instanceof Error ? err.name : 'error'}`);
        }
      }
    });
  } finally {
    clearTimeout(stopTimer);
    clearTimeout(abortTimer);
  }
  const wallClockMs = performance.now() - started;
  const errors = Object.values(errorsByKind).reduce((a, b) => a + b, 0);
  return {
    sent,
    notSent: settings.size - sent,
    successes,
    errors,
    errorsByKind,
    unknownOutcomes,
    answeredStatuses,
    wallClockMs: round(wallClockMs, 1),
    registrationsPerSec: round(successes / (wallClockMs / 1000), 1),
    requestsPerSec: round(latencies.length / (wallClockMs / 1000), 1),
    latencyMs: summarize(latencies),
    timedOut: sent < settings.size,
    timeline: { bucketS: TIMELINE_BUCKET_S, successes: timeline },
  };
}

/** Requests aborted in flight may still be completed by the service: wait until the registrations stop changing. */
async function settle(client: MongoClient, dbName: string, workshopId: string, log: Log): Promise<number> {
  const registrations = client.db(dbName).collection('registrations');
  const started = Date.now();
  let last = -1;
  let quietSince = Date.now();
  while (Date.now() - started < SETTLE_MAX_MS) {
    const count = await registrations.countDocuments({ workshopId: new ObjectId(workshopId) });
    if (count !== last) {
      last = count;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= SETTLE_QUIET_MS) {
      return Date.now() - started;
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  log(`the workshop's registrations still changed after ${SETTLE_MAX_MS / 1000} s; verifying anyway`);
  return Date.now() - started;
}

// ---------------------------------------------------------------------------------------------
// 3. Verification through the API, as the admin

const REGISTRATIONS_PAGE = `query($workshopId: ID!, $first: Int, $after: String) {
  registrations(workshopId: $workshopId, first: $first, after: $after) {
    edges { node { id status waitlistPosition } } pageInfo { hasNextPage endCursor } } }`;

async function verify(target: BurstTarget, workshopId: string, burst: BurstReport['burst'], settleWaitMs: number): Promise<BurstReport['verification']> {
  const { successes, unknownOutcomes } = burst;
  const byStatus: Record<string, number> = {};
  const positions: number[] = [];
  const waitlistProblems: string[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    type Page = {
      registrations: {
        edges: { node: { id: string; status: string; waitlistPosition: number | null } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const page: Page = await must<Page>(target.url, target.adminToken, `registrations page ${pages + 1}`, REGISTRATIONS_PAGE, {
      workshopId,
      first: PAGE_SIZE,
      after,
    });
    pages++;
    for (const { node } of page.registrations.edges) {
      byStatus[node.status] = (byStatus[node.status] ?? 0) + 1;
      if (node.status === 'WAITLISTED') {
        if (node.waitlistPosition === null) waitlistProblems.push(`${node.id} is waitlisted without a position`);
        else positions.push(node.waitlistPosition);
      } else if (node.waitlistPosition !== null) {
        waitlistProblems.push(`${node.id} is ${node.status} with position ${node.waitlistPosition}`);
      }
    }
    if (!page.registrations.pageInfo.hasNextPage) break;
    after = page.registrations.pageInfo.endCursor;
    if (!after) throw new Error('registrations: hasNextPage without an endCursor');
  }

  positions.sort((a, b) => a - b);
  positions.forEach((position, index) => {
    if (position !== index + 1) waitlistProblems.push(`position #${index + 1} in order is ${position}`);
  });

  const seats = await must<{ workshop: { seats: BurstReport['verification']['seats'] } | null }>(
    target.url,
    target.adminToken,
    'workshop seats',
    'query($id: ID!) { workshop(id: $id) { seats { capacity confirmed waitlisted available } } }',
    { id: workshopId },
  );

  const confirmed = byStatus.CONFIRMED ?? 0;
  const waitlisted = byStatus.WAITLISTED ?? 0;
  return {
    method:
      `registrations(workshopId, first: ${PAGE_SIZE}) paged with after, as the Secretariat admin, after the burst` +
      (unknownOutcomes > 0 ? ` and after the registrations were unchanged for ${SETTLE_QUIET_MS / 1000} s` : ''),
    byStatus,
    confirmed,
    waitlisted,
    overbookings: Math.max(0, confirmed - CAPACITY),
    confirmedPlusWaitlistedEqualsSuccesses: confirmed + waitlisted === successes,
    consistentWithUnknownOutcomes: confirmed + waitlisted >= successes && confirmed + waitlisted <= successes + unknownOutcomes,
    settleWaitMs,
    waitlistPositionsGapless: waitlistProblems.length === 0 && positions.length === waitlisted,
    waitlistProblems: waitlistProblems.slice(0, 10),
    seats: seats.workshop?.seats ?? null,
    pages,
  };
}

// ---------------------------------------------------------------------------------------------
// 4. The ceiling: raw driver inserts

async function rawInserts(
  client: MongoClient,
  target: BurstTarget,
  settings: BurstSettings,
  workshopId: string,
  run: string,
): Promise<BurstReport['rawInsertCeiling']> {
  const latencies: number[] = [];
  let errors = 0;
  const everything = new AbortController();
  const timer = setTimeout(() => everything.abort(), settings.timeoutMs);
  try {
    const collection = client.db(target.dbName).collection(SCRATCH_COLLECTION);
    await collection.drop().catch(() => undefined);
    // The registrations collection's secondary indexes too, so each insert maintains what the service's does.
    const indexes = (await client.db(target.dbName).collection('registrations').indexes()).filter((index) => index.name !== '_id_');
    for (const index of indexes) await collection.createIndex(index.key, { name: index.name });
    // Ids as the service's registrations have them (any group and any user would do for the ceiling).
    const workshop = new ObjectId(workshopId);
    const organizationId = new ObjectId();
    const registeredBy = new ObjectId();
    const started = performance.now();
    let sent: number;
    try {
      sent = await pool(settings.size, settings.concurrency, everything.signal, async (i) => {
        const now = new Date();
        const email = `bench-raw-${run}-${i}@example.org`;
        const insertStarted = performance.now();
        try {
          await collection.insertOne(
            {
              _id: new ObjectId(),
              workshopId: workshop,
              organizationId,
              status: i < CAPACITY ? 'CONFIRMED' : 'WAITLISTED',
              participant: { name: `Bench Participant ${i}`, email, userId: null, language: null, timeZone: null },
              personClaim: `ws:${workshopId}:person:${randomBytes(16).toString('hex')}`,
              seatClaim: i < CAPACITY ? `ws:${workshopId}:seat:${i + 1}` : null,
              slotClaim: null,
              waitTicket: i < CAPACITY ? null : i - CAPACITY + 1,
              registeredBy,
              registeredAt: now,
              cancelledAt: null,
              decidedAt: null,
              declineReason: null,
              offerExpiresAt: null,
              attended: null,
              anonymisedAt: null,
              attendanceRecordedAt: null,
              createdAt: now,
              updatedAt: now,
            },
            { timeoutMS: INSERT_TIMEOUT_MS },
          );
          latencies.push(performance.now() - insertStarted);
        } catch {
          errors++;
        }
      });
    } finally {
      clearTimeout(timer);
    }
    const wallClockMs = performance.now() - started;
    errors += settings.size - sent;
    return {
      method: `insertOne of a registration-shaped document per operation (mongodb driver, ${settings.concurrency} in flight), same database, the registrations collection's ${indexes.length} secondary indexes`,
      collection: SCRATCH_COLLECTION,
      secondaryIndexes: indexes.length,
      inserts: latencies.length,
      errors,
      wallClockMs: round(wallClockMs, 1),
      insertsPerSec: round(latencies.length / (wallClockMs / 1000), 1),
      latencyMs: summarize(latencies),
      timedOut: everything.signal.aborted,
    };
  } finally {
    clearTimeout(timer);
    try {
      await client.db(target.dbName).collection(SCRATCH_COLLECTION).drop();
    } catch {
      // never created, or already gone
    }
  }
}

// ---------------------------------------------------------------------------------------------

export async function runRegistrationBurst(target: BurstTarget, settings: BurstSettings, log: Log): Promise<BurstReport> {
  const run = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const workshop = await createWorkshop(target, run);
  log(`registration burst: workshop ${workshop.id} published (capacity ${CAPACITY}); ${settings.size} register mutations, ${settings.concurrency} in flight`);
  const burst = await fireBurst(target, settings, workshop.id, run);
  log(
    `registration burst: ${burst.successes} registered, ${burst.errors} errors` +
      (burst.notSent ? `, ${burst.notSent} not sent (deadline)` : '') +
      ` in ${(burst.wallClockMs / 1000).toFixed(1)} s; verifying`,
  );
  const client = new MongoClient(target.uri, { serverSelectionTimeoutMS: 30_000, maxPoolSize: Math.max(100, settings.concurrency) });
  let verification: BurstReport['verification'];
  let rawInsertCeiling: BurstReport['rawInsertCeiling'];
  try {
    await client.connect();
    const settleWaitMs = burst.unknownOutcomes > 0 ? await settle(client, target.dbName, workshop.id, log) : 0;
    verification = await verify(target, workshop.id, burst, settleWaitMs);
    log(`raw insert ceiling: ${settings.size} insertOne into ${SCRATCH_COLLECTION}, ${settings.concurrency} in flight`);
    rawInsertCeiling = await rawInserts(client, target, settings, workshop.id, run);
  } finally {
    await client.close();
  }
  return {
    settings: { size: settings.size, concurrency: settings.concurrency, timeoutS: settings.timeoutMs / 1000, drainS: DRAIN_MS / 1000, capacity: CAPACITY },
    workshop,
    burst,
    verification,
    rawInsertCeiling,
  };
}

export function printBurstTable(report: BurstReport): void {
  const fmt = (value: number | null, digits = 2) => (value === null ? '-' : value.toFixed(digits));
  const { burst, verification: v, rawInsertCeiling: raw } = report;
  const header = ['registration burst', 'ops', 'ok', 'ok/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'];
  const rows = [
    [
      `register x${report.settings.size} (${report.settings.concurrency} in flight)`,
      String(burst.sent),
      String(burst.successes),
      fmt(burst.registrationsPerSec, 1),
      fmt(burst.latencyMs.p50),
      fmt(burst.latencyMs.p95),
      fmt(burst.latencyMs.p99),
      String(burst.errors),
    ],
    [
      `raw insertOne ceiling (driver)`,
      String(raw.inserts + raw.errors),
      String(raw.inserts),
      fmt(raw.insertsPerSec, 1),
      fmt(raw.latencyMs.p50),
      fmt(raw.latencyMs.p95),
      fmt(raw.latencyMs.p99),
      String(raw.errors),
    ],
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  process.stdout.write(`${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const row of rows) process.stdout.write(`${line(row)}\n`);
  const errorKinds = Object.entries(burst.errorsByKind)
    .map(([kind, n]) => `${kind}: ${n}`)
    .join(', ');
  process.stdout.write(
    `\ncapacity ${report.settings.capacity}: confirmed ${v.confirmed}, waitlisted ${v.waitlisted}, OVERBOOKINGS ${v.overbookings}` +
      ` | confirmed + waitlisted = successes: ${v.confirmedPlusWaitlistedEqualsSuccesses ? 'yes' : `NO (${v.confirmed + v.waitlisted} vs ${burst.successes}${burst.unknownOutcomes ? `, ${burst.unknownOutcomes} outcomes unknown: ${v.consistentWithUnknownOutcomes ? 'consistent' : 'INCONSISTENT'})` : ')'}`}` +
      ` | waiting list 1..${v.waitlisted} gapless: ${v.waitlistPositionsGapless ? 'yes' : 'NO'}` +
      (v.seats ? ` | seats: ${v.seats.confirmed} confirmed, ${v.seats.waitlisted} waitlisted, ${v.seats.available} available` : '') +
      (errorKinds ? `\nburst errors: ${errorKinds}` : '') +
      (burst.notSent ? `\nnot sent: ${burst.notSent} (the ${report.settings.timeoutS} s deadline came first; BENCH_BURST_TIMEOUT_S)` : '') +
      (v.waitlistProblems.length ? `\nwaiting-list problems: ${v.waitlistProblems.join('; ')}` : '') +
      '\n\n',
  );
}
