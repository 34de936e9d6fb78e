// Mutation testing (`npm run mutation`; `MUTATION_TARGET=<name>` picks one target, default
// `policies`). Not part of `npm test`: on two cores a target takes tens of minutes.
// Each target names the code to mutate and the tests that guard it, so a mutant only runs the
// tests meant to catch it (every integration test imports the policies; running all of them per
// mutant would take a day). `scripts/mutation.ts` starts one FerretDB for the whole run.
const targets = {
  policies: {
    mutate: ['src/modules/*/*.policy.ts'],
    tests: [
      'test/unit/users/policies.test.ts',
      'test/unit/resources/policy.test.ts',
      'test/unit/policy-truth-tables.test.ts',
      'test/integration/authorization/matrix.test.ts',
    ],
  },
  // The policies against their unit tests alone: minutes instead of half an hour.
  'policies-unit': {
    mutate: ['src/modules/*/*.policy.ts'],
    tests: ['test/unit/users/policies.test.ts', 'test/unit/resources/policy.test.ts', 'test/unit/policy-truth-tables.test.ts'],
  },
  // The seat engine's transitions, placement and capacity changes, against its deterministic races.
  'seat-engine': {
    mutate: [
      'src/modules/registrations/seating/transition.ts',
      'src/modules/registrations/seating/place.ts',
      'src/modules/registrations/seating/cancel.ts',
      'src/modules/registrations/seating/capacity.ts',
      'src/modules/registrations/seating/settle.ts',
    ],
    tests: [
      'test/integration/seating/races.test.ts',
      'test/integration/seating/positions.test.ts',
      'test/integration/seating/placement.test.ts',
      'test/integration/seating/settling.test.ts',
      'test/integration/registrations/register.test.ts',
      'test/integration/registrations/offers.test.ts',
      'test/integration/registrations/reconcile.test.ts',
    ],
  },
  // One file of the seat engine against its race suite: the whole target takes hours on 2 cores.
  'seat-capacity': {
    mutate: ['src/modules/registrations/seating/capacity.ts'],
    tests: ['test/integration/seating/races.test.ts', 'test/integration/seating/positions.test.ts'],
  },
  // The registrations' compare-and-set change (version claim, re-read of a stale read) against the seat races.
  'seat-transition': {
    mutate: ['src/modules/registrations/seating/transition.ts'],
    tests: ['test/integration/seating/races.test.ts', 'test/integration/seating/positions.test.ts'],
  },
  // Placement (seat, group slot, waiting-list ticket) and cancellation against the seat races and placement tests.
  'seat-place': {
    mutate: ['src/modules/registrations/seating/place.ts', 'src/modules/registrations/seating/cancel.ts'],
    tests: ['test/integration/seating/races.test.ts', 'test/integration/seating/positions.test.ts', 'test/integration/seating/placement.test.ts'],
  },
  // Settling (offers expiring, promotion in ticket order, the stored counts) against the seat races and settling tests.
  'seat-settle': {
    mutate: ['src/modules/registrations/seating/settle.ts'],
    tests: ['test/integration/seating/races.test.ts', 'test/integration/seating/positions.test.ts', 'test/integration/seating/settling.test.ts'],
  },
  'notification-delivery': {
    mutate: ['src/modules/notifications/delivery.service.ts'],
    tests: [
      'test/unit/notifications/delivery-rules.test.ts',
      'test/integration/notifications/delivery.test.ts',
      'test/integration/notifications/invitation-email.test.ts',
      'test/integration/faults/smtp-outage.test.ts',
      'test/integration/notifications/worker-restart.test.ts',
    ],
  },
  'feed-visibility': {
    mutate: ['src/modules/calendar/feeds.service.ts'],
    tests: ['test/integration/calendar/public-feeds.test.ts', 'test/integration/calendar/private-feeds.test.ts'],
  },
};

const name = process.env.MUTATION_TARGET || 'policies';
const target = targets[name];
if (!target) throw new Error(`MUTATION_TARGET must be one of ${Object.keys(targets).join(', ')}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  plugins: ['@stryker-mutator/jest-runner'],
  mutate: target.mutate,
  jest: {
    projectType: 'custom',
    configFile: 'jest.config.js',
    enableFindRelatedTests: false,
    config: { testMatch: target.tests.map((file) => `<rootDir>/${file}`), maxWorkers: 1 },
  },
  coverageAnalysis: 'perTest',
  concurrency: 1,
  timeoutMS: 60_000,
  ignorePatterns: ['portal/dist', 'dist', '.data', 'bench/results', 'test/e2e/screenshots', 'reports'],
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  tempDirName: '.stryker-tmp',
};
