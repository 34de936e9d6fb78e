import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Config } from '../config';
import type { ServiceContext } from '../app/context';
import { formatError, formatErrorWithoutSuggestions } from './format-error';
import type { InFlightOperations } from './in-flight.plugin';
import { loggingPlugin } from './logging.plugin';
import type { AnswerCache } from './answer-cache';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './schema';

export function createApolloServer(config: Config, httpServer: http.Server, inFlight: InFlightOperations, answers: AnswerCache): ApolloServer<ServiceContext> {
  const limits = config.graphql;
  const armor = new ApolloArmor({
    // A fragment is a name for fields, not a level: depth and cost count the fields it holds.
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    // Armor's token plugin throws from parsingDidStart, which Apollo answers with a 500 even for a
    // plain syntax error; graphql-js enforces the same limit during parsing (parseOptions below).
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true, flattenFragments: true },
    // Field suggestions reveal the schema; hide them wherever introspection is off.
    blockFieldSuggestion: { enabled: !limits.introspection },
  });
  const protection = armor.protect();

  return new ApolloServer<ServiceContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: limits.introspection,
    parseOptions: { maxTokens: limits.maxTokens },
    csrfPrevention: true,
    // src/main.ts owns shutdown: Apollo's own handler would re-raise the signal and exit 143.
    stopOnTerminationSignals: false,
    persistedQueries: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError: limits.introspection ? formatError : formatErrorWithoutSuggestions,
    validationRules: protection.validationRules,
    plugins: [
      ...protection.plugins,
      loggingPlugin,
      inFlight.plugin,
      ...answers.plugins(),
      // The explorer is served locally at /graphiql; Apollo's landing page would load from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownTimeoutMs }),
    ],
  });
}
