import fs from 'node:fs';
import path from 'node:path';

/**
 * A sleep standing in for a condition passes on a quiet machine and flakes on a loaded one (or
 * hides the bug it waits past). Tests wait on the condition itself: `waitFor` (test/helpers/wait.ts)
 * on a stored state, `quiesce` for the event bus, a log line, a server's own signal. Each timer
 * left in test/ is listed here with why it is not a condition in disguise.
 */
const allowed: Record<string, { count: number; why: string }> = {
  'test/e2e/browser.ts': { count: 1, why: 'jest.setTimeout: how long a browser test may take before it fails, not a wait' },
  'test/helpers/wait.ts': { count: 1, why: "waitFor's poll interval between two checks of the condition" },
  'test/unit/deferred-writes.test.ts': { count: 1, why: 'deferWrite coalesces writes over a stretch of time: time is the subject' },
  'test/unit/domain-events-drain.test.ts': { count: 1, why: 'lets a subscriber be slow on purpose, to show drain waits for it' },
  'test/unit/socket-idle.test.ts': { count: 1, why: 'the server work whose duration must not count as client silence' },
  'test/integration/hostile/schema-fuzz.ts': { count: 1, why: "a hostile `$where: 'sleep(1000)'` payload, not a wait" },
  'test/integration/resources/resource-fixtures.ts': {
    count: 1,
    why: 'a client vanishing mid-upload: leftovers are checked by waiting on storage, whatever the moment',
  },
};

const BARE_TIMER = /\bsetTimeout\s*\(|\bsleep\s*\(|timers\/promises/g;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(full);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(entry.name) ? [full] : [];
  });
}

describe('timers in tests', () => {
  const root = path.resolve(__dirname, '../..');
  const counts = new Map(
    filesUnder(path.join(root, 'test'))
      .filter((file) => file !== __filename)
      .map((file) => [path.relative(root, file).split(path.sep).join('/'), (fs.readFileSync(file, 'utf8').match(BARE_TIMER) ?? []).length] as const)
      .filter(([, count]) => count > 0),
  );

  it('refuses a new bare setTimeout or sleep in test/: wait on the condition instead', () => {
    const over = [...counts]
      .filter(([file, count]) => count > (allowed[file]?.count ?? 0))
      .map(([file, count]) => `${file}: ${count} timer(s), ${allowed[file]?.count ?? 0} allowed`);
    expect(over).toEqual([]);
  });

  it('keeps the allow-list exact, so a removed sleep cannot come back unnoticed', () => {
    const stale = Object.entries(allowed)
      .filter(([file, { count }]) => (counts.get(file) ?? 0) < count)
      .map(([file, { count }]) => `${file}: ${counts.get(file) ?? 0} of ${count} allowed`);
    expect(stale).toEqual([]);
  });
});
