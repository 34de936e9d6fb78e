import { defineModule } from '../module';
import { filesRouter } from './files.route';
import { reconcileResourcesJob } from './jobs/reconcile.job';
import { resourcesResolvers } from './resolvers';

export const resourcesModule = defineModule({
  name: 'resources',
  resolvers: resourcesResolvers,
  jobs: [reconcileResourcesJob],
  routes: (deps) => [filesRouter(deps)],
});
