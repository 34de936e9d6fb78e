import { defineModule } from '../module';
import { dailyDigestJob } from './jobs/daily-digest.job';
import { deliverNotificationsJob } from './jobs/deliver.job';
import { firePlansJob } from './jobs/fire-plans.job';
import { subscribeNotifications } from './notifications.subscribers';
import { notificationsResolvers } from './resolvers';
import { unsubscribeRouter } from './unsubscribe.route';

export const notificationsModule = defineModule({
  name: 'notifications',
  resolvers: notificationsResolvers,
  jobs: [firePlansJob, deliverNotificationsJob, dailyDigestJob],
  subscribe: subscribeNotifications,
  routes: (deps) => [unsubscribeRouter(deps)],
});
