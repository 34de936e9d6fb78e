import { defineModule } from '../module';
import { anonymiseParticipantsJob } from './jobs/anonymise-participants.job';
import { purgeEphemeralAnswersJob } from './jobs/purge-ephemeral-answers.job';
import { personalDataResolvers } from './resolvers';

export const personalDataModule = defineModule({
  name: 'personal-data',
  resolvers: personalDataResolvers,
  jobs: [anonymiseParticipantsJob, purgeEphemeralAnswersJob],
});
