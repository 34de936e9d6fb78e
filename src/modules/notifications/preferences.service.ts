import type { AppDeps } from '../../app/context';
import type { NotificationPreferenceDoc, OptionalCategory } from './notification.model';
import { upsertById } from '../../db/upsert';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export interface Preferences {
  reminders: boolean;
  digests: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = { reminders: true, digests: true };

/** Everyone's choices for a set of recipients in one query; people who never chose get everything. */
export async function wantsCategory(deps: Pick<AppDeps, 'database'>, keys: string[]) {
  const unique = [...new Set(keys)];
  const rows = unique.length ? await deps.database.models.NotificationPreference.find({ _id: { $in: unique } }).lean<NotificationPreferenceDoc[]>() : [];
  const byKey = new Map(rows.map((row) => [row._id, row]));
  return { wants: (key: string, category: OptionalCategory) => byKey.get(key)?.[category] ?? true };
}

export async function preferencesOf(deps: Pick<AppDeps, 'database'>, key: string): Promise<Preferences> {
  const row = await deps.database.models.NotificationPreference.findById(key).lean<NotificationPreferenceDoc>();
  return row ? { reminders: row.reminders, digests: row.digests } : DEFAULT_PREFERENCES;
}

/** One document per person, written whole: the last choice wins, and there is nothing to race on. */
export async function setPreferences(deps: Deps, key: string, changes: Partial<Preferences>): Promise<Preferences> {
  const next = { ...(await preferencesOf(deps, key)), ...changes };
  await upsertById(deps.database.models.NotificationPreference, key, { $set: { ...next, updatedAt: deps.clock.now() } });
  return next;
}

/** An erased person's choices go with them. */
export async function forgetPreferences(deps: Pick<AppDeps, 'database'>, key: string): Promise<void> {
  await deps.database.models.NotificationPreference.deleteOne({ _id: key });
}
