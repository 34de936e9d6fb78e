import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

/**
 * The flags `npm start` gives node before dist/src/main.js (package.json), so the bench measures
 * the api as it is run: the young generation's limit among them shapes its memory.
 */
export function startFlags(): string[] {
  const start: string = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.start;
  const command = /\bnode((?:\s+--[\w-]+(?:=\S+)?)*)\s+dist\/src\/main\.js\b/.exec(start);
  if (!command) throw new Error('package.json: the start script does not run `node … dist/src/main.js`');
  return command[1]!.trim().split(/\s+/).filter(Boolean);
}
