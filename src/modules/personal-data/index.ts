import { defineModule } from '../module';
import { anonymiseParticipantsJob } from './jobs/anonymise-participants.job';
import { personalDataResolvers } from './resolvers';

export const personalDataModule = defineModule({ name: 'personal-data', resolvers: personalDataResolvers, jobs: [anonymiseParticipantsJob] });
