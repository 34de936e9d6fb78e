import type { RegistrationDoc } from './registration.model';

const KEPT = 2_000;
const KEPT_MS = 60_000;

/**
 * The registrations this process wrote in the last minute, as each write left them (personal
 * data included: in memory only, never logged), so what a write sets off here (its notification)
 * need not read the registration back: a point read costs time in proportion to the collection on
 * FerretDB's SQLite, and a new registration is the last one there.
 */
class RecentRegistrations {
  private readonly copies = new Map<string, { doc: RegistrationDoc; at: number }>();

  /**
   * A write of registration `id` (null: of registrations it does not name) left it as `doc`
   * (null: gone; undefined: not told, so no older copy may be used).
   */
  written(id: string | null, doc: Record<string, unknown> | null | undefined): void {
    if (id === null) {
      this.copies.clear();
      return;
    }
    this.copies.delete(id);
    if (!doc) return;
    this.copies.set(id, { doc: doc as unknown as RegistrationDoc, at: Date.now() });
    if (this.copies.size > KEPT) this.copies.delete(this.copies.keys().next().value!);
  }

  /** The registration as this process last wrote it within the minute, or undefined. */
  get(id: string): RegistrationDoc | undefined {
    const known = this.copies.get(id);
    if (!known) return undefined;
    if (Date.now() - known.at > KEPT_MS) {
      this.copies.delete(id);
      return undefined;
    }
    return known.doc;
  }
}

export const recentRegistrations = new RecentRegistrations();
