import { defineModule } from '../module';
import { sweepSessionsJob } from './jobs/sweep-sessions.job';
import { usersResolvers } from './resolvers';

export const usersModule = defineModule({ name: 'users', resolvers: usersResolvers, jobs: [sweepSessionsJob] });
