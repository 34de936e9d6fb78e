import { defineModule } from '../module';
import { heartbeatJob } from './jobs/heartbeat.job';
import { pruneChangesJob } from './jobs/prune-changes.job';
import { sweepClaimsJob } from './jobs/sweep-claims.job';
import { systemResolvers } from './resolvers';

export const systemModule = defineModule({
  name: 'system',
  resolvers: systemResolvers,
  jobs: [heartbeatJob, sweepClaimsJob, pruneChangesJob],
});
