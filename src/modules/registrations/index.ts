import { defineModule } from '../module';
import { expireOffersJob } from './jobs/expire-offers.job';
import { reconcileClaimsJob } from './jobs/reconcile-claims.job';
import { participantsExportRouter } from './participants-export.route';
import { subscribeRegistrations } from './registrations.subscribers';
import { registrationsResolvers } from './resolvers';

export const registrationsModule = defineModule({
  name: 'registrations',
  resolvers: registrationsResolvers,
  jobs: [reconcileClaimsJob, expireOffersJob],
  subscribe: subscribeRegistrations,
  routes: (deps) => [participantsExportRouter(deps)],
});
