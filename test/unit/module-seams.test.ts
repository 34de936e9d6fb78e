import fs from 'node:fs';
import path from 'node:path';

/**
 * Each module owns its collections: the others call its named reads and writes
 * (`<domain>.queries.ts`, or events), never its models. The owner of each model is the module
 * whose `<domain>.models.ts` binds it (src/db/models.ts lists those files). The demo seed (src/seed) writes the whole network, as a
 * fixture does, and is the one exception.
 */
const root = path.resolve(__dirname, '../..');
const EXEMPT = ['src/seed/', 'src/db/models.ts'];

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : filesUnder(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Model name → the module that owns it, read from the module model files the registry lists. */
function owners(): Map<string, string> {
  const registry = fs.readFileSync(path.join(root, 'src/db/models.ts'), 'utf8');
  const owner = new Map<string, string>();
  for (const [, module, file] of registry.matchAll(/from '\.\.\/modules\/([^/]+)\/([\w.-]+)'/g)) {
    const source = fs.readFileSync(path.join(root, 'src/modules', module!, `${file}.ts`), 'utf8');
    for (const [, model] of source.matchAll(/(\w+): \w+\(connection\)/g)) owner.set(model!, module!);
  }
  return owner;
}

/** The models a source names: `models.X`, and `const { X, Y } = ….models`. */
function modelsNamed(source: string): string[] {
  const dotted = [...source.matchAll(/\bmodels\.(\w+)\b/g)].map((match) => match[1]!);
  const destructured = [...source.matchAll(/const \{([^}]+)\} = [\w.]*\bmodels;/g)].flatMap((match) => match[1]!.split(',').map((name) => name.trim()));
  return [...dotted, ...destructured];
}

/** The module a file belongs to: src/modules/<domain>/… or jobs/<domain>/…; null for the app's own files. */
function moduleOf(file: string): string | null {
  const match = /^(?:src\/modules|jobs)\/([^/]+)\//.exec(file);
  return match ? match[1]! : null;
}

describe('module seams', () => {
  const ownerOf = owners();
  const sources = ['src', 'jobs'].flatMap((dir) => filesUnder(path.join(root, dir))).map((file) => path.relative(root, file).split(path.sep).join('/'));

  it('knows the owner of every model', () => {
    expect(ownerOf.size).toBeGreaterThan(15);
    expect(ownerOf.get('Workshop')).toBe('workshops');
    expect(ownerOf.get('Registration')).toBe('registrations');
  });

  it('no module reads or writes another module’s collections', () => {
    const foreign = sources
      .filter((file) => !EXEMPT.some((exempt) => file.startsWith(exempt)))
      .flatMap((file) => {
        const own = moduleOf(file);
        return modelsNamed(fs.readFileSync(path.join(root, file), 'utf8'))
          .filter((model) => ownerOf.has(model) && ownerOf.get(model) !== own)
          .map((model) => `${file}: ${model} (owned by ${ownerOf.get(model)})`);
      });
    expect([...new Set(foreign)]).toEqual([]);
  });

  it('no two modules import each other, directly or around a loop', () => {
    // module → the modules it imports (type imports included: a seam is crossed either way).
    const imports = new Map<string, Set<string>>();
    for (const file of sources) {
      const own = /^src\/modules\/([^/]+)\//.exec(file)?.[1];
      if (!own) continue;
      for (const [, target] of fs.readFileSync(path.join(root, file), 'utf8').matchAll(/from '(\.[^']+)'/g)) {
        const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), target!));
        const other = /^src\/modules\/([^/]+)\//.exec(resolved)?.[1];
        if (other && other !== own) imports.set(own, (imports.get(own) ?? new Set()).add(other));
      }
    }
    const loops: string[] = [];
    const visit = (module: string, trail: string[]) => {
      for (const next of imports.get(module) ?? []) {
        if (next === trail[0]) loops.push([...trail, next].join(' → '));
        else if (!trail.includes(next) && next > trail[0]!) visit(next, [...trail, next]);
      }
    };
    for (const module of [...imports.keys()].sort()) visit(module, [module]);
    expect(imports.size).toBeGreaterThan(5);
    expect(loops).toEqual([]);
  });

  it('recognises both ways of naming a model (it would catch what it exists to refuse)', () => {
    expect(modelsNamed('await ctx.database.models.Workshop.findById(id)')).toEqual(['Workshop']);
    expect(modelsNamed('const { Registration, User } = deps.database.models;')).toEqual(['Registration', 'User']);
  });
});
