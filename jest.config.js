// ESM-only packages (agenda and friends) are compiled to CommonJS by SWC like our own TypeScript,
// so Jest runs without --experimental-vm-modules. At run time Node (22.12+; we run 24) loads them with
// require(esm); see README "How Jest runs ESM-only packages".
const esmPackages = [
  'agenda',
  '@agendajs',
  'cron-parser',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  'uint8array-extras',
  '@borewit',
  'ical-generator',
  'node-ical',
];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(t|j|mj|cj)s$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2023' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 30_000,
  // Agenda 6.2.6 leaves a liveness timer (lockLifetime / 2) running after each job it ran, even
  // after agenda.stop(); without this a run whose files all went in-band would wait on it.
  forceExit: true,
};
