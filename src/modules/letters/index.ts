import { defineModule } from '../module';
import { lettersRouter } from './letters.route';
import { lettersResolvers } from './resolvers';

export const lettersModule = defineModule({ name: 'letters', resolvers: lettersResolvers, routes: (deps) => [lettersRouter(deps)] });
