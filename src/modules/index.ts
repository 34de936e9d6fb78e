import { calendarModule } from './calendar';
import type { ModuleManifest } from './module';
import { notificationsModule } from './notifications';
import { organizationsModule } from './organizations';
import { personalDataModule } from './personal-data';
import { questionsModule } from './questions';
import { lettersModule } from './letters';
import { registrationsModule } from './registrations';
import { resourcesModule } from './resources';
import { systemModule } from './system';
import { usersModule } from './users';
import { workshopsModule } from './workshops';

/** Every module of the service, in the order their subscribers and routes are wired. */
export const MODULES: readonly ModuleManifest[] = [
  systemModule,
  usersModule,
  organizationsModule,
  workshopsModule,
  questionsModule,
  registrationsModule,
  notificationsModule,
  calendarModule,
  resourcesModule,
  personalDataModule,
  lettersModule,
];
