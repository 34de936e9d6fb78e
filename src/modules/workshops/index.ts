import { defineModule } from '../module';
import { completeEndedWorkshopsJob } from './jobs/complete-ended.job';
import { workshopsResolvers } from './resolvers';

export const workshopsModule = defineModule({ name: 'workshops', resolvers: workshopsResolvers, jobs: [completeEndedWorkshopsJob] });
