import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../paths';

/** The SDL files of schema/, the single source of the API, in a stable order. */
export function loadTypeDefs(dir = path.join(projectRoot, 'schema')): string[] {
  const files = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort((a, b) => (a === 'base.graphql' ? -1 : b === 'base.graphql' ? 1 : a.localeCompare(b)));
  return files.map((file) => fs.readFileSync(path.join(dir, file), 'utf8'));
}
