import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { findGo } from '../../src/db/ferretdb';

const root = path.resolve(__dirname, '../..');
const sourceDir = path.join(root, 'tools', 'compose-config');

/**
 * A command that validates a compose file as `docker compose config` does: the machine's
 * `docker compose` (v2 plugin) or `docker-compose` (v1) if it has one, else tools/compose-config,
 * built with Go from the same library compose uses (compose-spec/compose-go, pinned in its go.sum)
 * and cached by that pin. Null where there is neither a compose CLI nor Go.
 */
export function composeConfigCommand(): { command: string; args: (file: string, profiles: string[]) => string[] } | null {
  for (const candidate of [['docker', 'compose'], ['docker-compose']]) {
    const probe = spawnSync(candidate[0]!, [...candidate.slice(1), 'version'], { encoding: 'utf8' });
    if (probe.status === 0) {
      return {
        command: candidate[0]!,
        args: (file, profiles) => [...candidate.slice(1), ...profiles.flatMap((p) => ['--profile', p]), '-f', file, 'config', '-q'],
      };
    }
  }
  const binary = buildComposeConfig();
  return binary ? { command: binary, args: (file, profiles) => ['-f', file, ...profiles.flatMap((p) => ['--profile', p])] } : null;
}

function buildComposeConfig(): string | null {
  const go = findGo();
  if (!go) return null;
  const pin = createHash('sha256')
    .update(fs.readFileSync(path.join(sourceDir, 'go.sum')))
    .update(fs.readFileSync(path.join(sourceDir, 'main.go')))
    .digest('hex')
    .slice(0, 12);
  const binary = path.join(root, 'node_modules', '.cache', 'compose-config', `compose-config-${pin}`);
  if (fs.existsSync(binary)) return binary;
  fs.mkdirSync(path.dirname(binary), { recursive: true });
  const partial = `${binary}.${process.pid}.partial`;
  const build = spawnSync(go, ['build', '-trimpath', '-o', partial, '.'], {
    cwd: sourceDir,
    encoding: 'utf8',
    env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-buildvcs=false -mod=readonly' },
  });
  if (build.status !== 0) {
    fs.rmSync(partial, { force: true });
    throw new Error(`building tools/compose-config failed: ${build.stderr.trim()}`);
  }
  fs.renameSync(partial, binary);
  return binary;
}
