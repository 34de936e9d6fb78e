import fs from 'node:fs';
import path from 'node:path';

/**
 * Every authorization decision is a named policy function (`*.policy.ts`), so who may do what is
 * read, tested and changed in one place per module. A role compared anywhere else fails here.
 */
const ROLE_CHECK = /\bisSecretariatRole\s*\(|\bSECRETARIAT_ROLES\b|\brole\s*[!=]==|[!=]==\s*['"](SECRETARIAT_ADMIN|SECRETARIAT_STAFF|GROUP_COORDINATOR)['"]/g;
const HOME = 'src/shared/access/roles.ts';

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : filesUnder(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('role checks', () => {
  const root = path.resolve(__dirname, '../..');
  const sources = ['src', 'jobs'].flatMap((dir) => filesUnder(path.join(root, dir))).map((file) => path.relative(root, file).split(path.sep).join('/'));

  it('appear only in policy files', () => {
    const outside = sources
      .filter((file) => !file.endsWith('.policy.ts') && file !== HOME)
      .flatMap((file) =>
        fs
          .readFileSync(path.join(root, file), 'utf8')
          .split('\n')
          .flatMap((line, index) => (line.match(ROLE_CHECK) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
      );
    expect(outside).toEqual([]);
  });

  it('are recognised by the pattern (it would catch the checks it exists to refuse)', () => {
    for (const line of [
      'if (isSecretariatRole(viewer.role)) return;',
      "viewer.role === 'GROUP_COORDINATOR'",
      "user.role !== 'MEMBER'",
      'role: { $in: SECRETARIAT_ROLES }',
    ]) {
      expect([line, ROLE_CHECK.test(line)]).toEqual([line, true]);
      ROLE_CHECK.lastIndex = 0;
    }
  });
});
