import type { Connection } from 'mongoose';
import { organizationsModels } from '../modules/organizations/organizations.models';
import { usersModels } from '../modules/users/users.models';
import { workshopsModels } from '../modules/workshops/workshops.models';
import { registrationsModels } from '../modules/registrations/registrations.models';
import { resourcesModels } from '../modules/resources/resources.models';
import { auditModels } from '../modules/audit/audit.models';
import { systemModels } from '../modules/system/system.models';
import { notificationsModels } from '../modules/notifications/notifications.models';
import { calendarModels } from '../modules/calendar/calendar.models';
import { questionsModels } from '../modules/questions/questions.models';
import { lettersModels } from '../modules/letters/letters.models';

/**
 * Each module's collections. The database binds them before any module loads, so this list is
 * apart from the module manifests (modules/index.ts); a module adds its `<domain>.models.ts` here.
 */
const MODULE_MODELS = [
  organizationsModels,
  usersModels,
  workshopsModels,
  registrationsModels,
  resourcesModels,
  auditModels,
  systemModels,
  notificationsModels,
  calendarModels,
  questionsModels,
  lettersModels,
] as const;

type Intersection<U> = (U extends unknown ? (all: U) => void : never) extends (all: infer I) => void ? I : never;
export type Models = Intersection<ReturnType<(typeof MODULE_MODELS)[number]>>;

/** Every Mongoose model of the service, bound to one connection (one database per test file). */
export function registerModels(connection: Connection): Models {
  const models: Record<string, unknown> = {};
  for (const bind of MODULE_MODELS) {
    for (const [name, model] of Object.entries(bind(connection))) {
      if (name in models) throw new Error(`Two modules define the model ${name}`);
      models[name] = model;
    }
  }
  return models as Models;
}
