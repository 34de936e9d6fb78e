import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** At most one release a minute: each is a full collection that holds the process for a moment. */
const EVERY_MS = 60_000;
let lastAt = Number.NEGATIVE_INFINITY;
let collect: ((options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void) | null | undefined;

/**
 * Gives back to the system the memory a full read of a collection used and left as garbage.
 * Building a read model at 100,000 documents takes about 250 MB more than the model keeps, and
 * V8 keeps the pages it freed (its young generation grown to about 130 MB, old pages pooled):
 * the api stayed at about 800 MB resident holding about 230 MB (bench/README.md, api memory).
 * A last-resort collection, the one V8 makes under memory pressure, returns them. Node exposes it
 * only behind --expose-gc, which is switched on here rather than asked of every way of starting
 * the service.
 */
export function releaseBuildMemory(now = Date.now()): boolean {
  if (now - lastAt < EVERY_MS) return false;
  lastAt = now;
  if (collect === undefined) {
    setFlagsFromString('--expose-gc');
    collect = (runInNewContext('typeof gc === "function" ? gc : null') as typeof collect) ?? null;
  }
  if (!collect) return false;
  collect({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  return true;
}
