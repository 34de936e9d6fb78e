import { defineModule } from '../module';
import { organizationsResolvers } from './resolvers';

export const organizationsModule = defineModule({ name: 'organizations', resolvers: organizationsResolvers });
