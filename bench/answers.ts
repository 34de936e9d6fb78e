/**
 * What answers add to `register` and to the participants CSV: the same registrations into a
 * workshop that asks nothing and into one that asks five questions (three operational, answered
 * in the register call; two sensitive), sequentially through the real HTTP API, with the database
 * commands of one request counted beside (what the request's events queue after the answer, the
 * confirmation and any ANSWERS_NEEDED email, is counted with it). Then the CSV of each workshop, plain and with
 * ?include=sensitive. Runnable alone: `npx tsx bench/answers.ts` (starts its own FerretDB, or
 * uses MONGODB_URI); BENCH_ANSWERS_COUNT registrations per workshop (300).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Types } from 'mongoose';
import { createAppDeps } from '../src/app/deps';
import { startApi } from '../src/app/server';
import { subscribeAll } from '../src/app/subscribers';
import { ManualClock } from '../src/clock';
import { ensureFerretdbBinary, startFerretdb, type FerretdbProcess } from '../src/db/ferretdb';
import { createLogger } from '../src/logger';
import { quiesce } from '../src/quiesce';
import type { QuestionSensitivity, QuestionType } from '../src/modules/questions/question.model';
import { testConfig } from '../test/helpers/app';
import { countCommands } from '../test/helpers/command-counter';
import { createTestDatabase, dropTestDatabase } from '../test/helpers/database';
import { givenNetwork, givenWorkshop } from '../test/helpers/fixtures';
import { graphql } from '../test/helpers/graphql';

const COUNT = Number(process.env.BENCH_ANSWERS_COUNT ?? 300);
const REGISTER = `mutation BenchAnswersRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }`;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
};

async function main() {
  let server: FerretdbProcess | undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exchange-answers-'));
  let uri = process.env.MONGODB_URI;
  if (!uri) {
    const logger = createLogger('warn');
    server = await startFerretdb({ binary: await ensureFerretdbBinary(logger), dataDir: dir, logger });
    uri = server.uri;
  }
  const database = await createTestDatabase(uri);
  const deps = createAppDeps(testConfig(), createLogger('silent'), database, new ManualClock('2026-03-01T09:00:00Z'));
  subscribeAll(deps);
  const api = await startApi(deps, { host: '127.0.0.1', port: 0 });
  try {
    const network = await givenNetwork(database, api.url);
    const question = (key: string, type: QuestionType, sensitivity: QuestionSensitivity, choices: string[] = []) =>
      database.models.RegistrationQuestion.create({
        key,
        type,
        labels: { en: key },
        choices: choices.map((value) => ({ value, labels: { en: value } })),
        sensitivity,
        createdAt: new Date(),
        updatedAt: new Date(),
      });
    const asked = [
      await question('dietary-needs', 'ONE_CHOICE', 'OPERATIONAL', ['NONE', 'VEGETARIAN', 'HALAL']),
      await question('arrival-date', 'DATE', 'OPERATIONAL'),
      await question('interpretation', 'TEXT', 'OPERATIONAL'),
      await question('access-needs', 'LONG_TEXT', 'SENSITIVE'),
      await question('needs-visa', 'YES_NO', 'SENSITIVE'),
    ];
    const plain = await givenWorkshop(database, { capacity: COUNT * 2, startsAt: new Date('2026-09-01T06:00:00Z') });
    const asking = await givenWorkshop(database, {
      capacity: COUNT * 2,
      startsAt: new Date('2026-09-01T06:00:00Z'),
      questions: asked.map((q) => ({ questionId: q._id as Types.ObjectId, required: true, showIf: null })),
    });
    // Only the three operational questions, all answered: no email is owed, so what remains is the answers' own cost.
    const answered = await givenWorkshop(database, {
      capacity: COUNT * 2,
      startsAt: new Date('2026-09-01T06:00:00Z'),
      questions: asked.slice(0, 3).map((q) => ({ questionId: q._id as Types.ObjectId, required: true, showIf: null })),
    });
    const answersOf = () => [
      { questionId: String(asked[0]!._id), value: 'HALAL' },
      { questionId: String(asked[1]!._id), value: '2026-08-31' },
      { questionId: String(asked[2]!._id), value: 'French, please' },
    ];
    const registerOne = (workshopId: string, withAnswers: boolean, name: string) =>
      graphql(
        api.url,
        REGISTER,
        {
          input: {
            workshopId,
            participants: [
              { name, email: `${name.replace(/\W/g, '').toLowerCase()}.${workshopId.slice(-6)}@example.org`, ...(withAnswers ? { answers: answersOf() } : {}) },
            ],
          },
        },
        { token: network.tokens.coordinator },
      );
    // The three take turns, so each meets the database at the same sizes.
    const scenarios = [
      { workshopId: String(plain._id), withAnswers: false, times: [] as number[] },
      { workshopId: String(answered._id), withAnswers: true, times: [] as number[] },
      { workshopId: String(asking._id), withAnswers: true, times: [] as number[] },
    ];
    for (let n = 0; n < COUNT; n++) {
      for (const scenario of scenarios) {
        const started = performance.now();
        const answer = await registerOne(scenario.workshopId, scenario.withAnswers, `Person ${n}`);
        scenario.times.push(performance.now() - started);
        if (answer.errors) throw new Error(JSON.stringify(answer.errors));
      }
    }
    const measured = [];
    for (const scenario of scenarios) {
      // What earlier requests set off is done first, so the count is this request's (and what it sets off).
      await quiesce(deps);
      const counted = await countCommands(database.client, () => registerOne(scenario.workshopId, scenario.withAnswers, 'Counted'));
      measured.push({ ...summary(scenario.times), commands: counted.count });
    }
    const csv = async (workshopId: string, query = '') => {
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < 10; i++) {
        const started = performance.now();
        const response = await fetch(`${api.url}/workshops/${workshopId}/participants.csv${query}`, {
          headers: { authorization: `Bearer ${network.tokens.staff}` },
        });
        bytes = (await response.arrayBuffer()).byteLength;
        times.push(performance.now() - started);
      }
      const counted = await countCommands(database.client, () =>
        fetch(`${api.url}/workshops/${workshopId}/participants.csv${query}`, { headers: { authorization: `Bearer ${network.tokens.staff}` } }).then((r) =>
          r.arrayBuffer(),
        ),
      );
      return { ...summary(times), commands: counted.count, bytes };
    };
    const rows = [
      ['register, no questions', measured[0]!],
      ['register, 3 operational questions, all answered', measured[1]!],
      ['register, 5 questions (3 answered; the email for the other 2 queued)', measured[2]!],
      [`participants.csv, no questions (${COUNT + 1} rows)`, await csv(String(plain._id))],
      [`participants.csv, 5 questions, operational columns`, await csv(String(asking._id))],
      [`participants.csv, 5 questions, include=sensitive`, await csv(String(asking._id), '?include=sensitive')],
    ] as const;
    process.stdout.write('| scenario | p50 ms | p95 ms | db commands | bytes |\n| --- | --- | --- | --- | --- |\n');
    for (const [name, r] of rows) {
      process.stdout.write(`| ${name} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.commands} | ${'bytes' in r ? r.bytes.toLocaleString('en') : ''} |\n`);
    }
  } finally {
    await api.close();
    deps.mailer.close();
    await dropTestDatabase(database);
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
