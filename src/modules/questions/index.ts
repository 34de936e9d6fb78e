import { defineModule } from '../module';
import { questionsResolvers } from './resolvers';

export const questionsModule = defineModule({ name: 'questions', resolvers: questionsResolvers });
