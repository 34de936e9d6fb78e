/**
 * The portal's first load: index.html plus every script, stylesheet and preload it names (what a
 * browser fetches before the programme shows), raw and gzipped. The API answer is not counted.
 * `npm run portal:size` (after `npm run portal:build`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../src/paths';

export interface PortalSize {
  files: { file: string; bytes: number; gzip: number }[];
  bytes: number;
  gzip: number;
  lazy: { file: string; bytes: number; gzip: number }[];
}

export function measurePortal(dir = path.join(projectRoot, 'portal', 'dist')): PortalSize {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const named = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
  const measure = (file: string) => {
    const data = fs.readFileSync(path.join(dir, file));
    return { file, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
  };
  const files = [measure('index.html'), ...named.map(measure)];
  const lazy = fs
    .readdirSync(path.join(dir, 'assets'))
    .map((f) => `assets/${f}`)
    .filter((f) => !named.includes(f))
    .map(measure);
  return { files, bytes: files.reduce((n, f) => n + f.bytes, 0), gzip: files.reduce((n, f) => n + f.gzip, 0), lazy };
}

if (require.main === module) {
  const size = measurePortal();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  for (const f of size.files) console.log(`${f.file.padEnd(40)} ${kb(f.bytes).padStart(10)} ${kb(f.gzip).padStart(10)} gzip`);
  console.log(`${'first load'.padEnd(40)} ${kb(size.bytes).padStart(10)} ${kb(size.gzip).padStart(10)} gzip`);
  for (const f of size.lazy) console.log(`${`(on demand) ${f.file}`.padEnd(40)} ${kb(f.bytes).padStart(10)} ${kb(f.gzip).padStart(10)} gzip`);
}
