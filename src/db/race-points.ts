import type { Database } from './database';

/*
 * Named points between a transition's read and its write, where a test can hold one request
 * while others run (the house rule: test each race deterministically). Nothing is registered in
 * production, so a point costs one WeakMap lookup.
 */
interface Hold {
  point: string;
  subject: string | null;
  reached: () => void;
  released: Promise<void>;
}

const holdsByDatabase = new WeakMap<Database, Hold[]>();

/** Awaited by the engine at `point` for `subject` (a registration or workshop id). */
export async function racePoint(database: Database, point: string, subject: string): Promise<void> {
  const holds = holdsByDatabase.get(database);
  if (!holds || holds.length === 0) return;
  const index = holds.findIndex((hold) => hold.point === point && (hold.subject === null || hold.subject === subject));
  if (index < 0) return;
  const [hold] = holds.splice(index, 1);
  hold!.reached();
  await hold!.released;
}

/**
 * Tests only: the next request reaching `point` (for `subject`, if given) waits there until
 * `release()`; `reached` resolves when it arrives.
 */
export function holdAt(database: Database, point: string, subject: string | null = null): { reached: Promise<void>; release: () => void } {
  let reached!: () => void;
  let release!: () => void;
  const arrived = new Promise<void>((resolve) => (reached = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  const holds = holdsByDatabase.get(database) ?? [];
  holdsByDatabase.set(database, holds);
  holds.push({ point, subject, reached, released });
  return { reached: arrived, release };
}
