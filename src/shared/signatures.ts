import { timingSafeEqual } from 'node:crypto';

/** Whether a signature given in a link is the one expected, in time that does not tell how much of it matched. */
export function sameSignature(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
