import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ServiceContext } from '../app/context';
import { errorIdFor, isUnexpected } from './format-error';

/**
 * Logs each operation by name and outcome (never its variables: they may hold personal data), and
 * each unexpected error whole, with the id the client sees.
 */
export const loggingPlugin: ApolloServerPlugin<ServiceContext> = {
  async requestDidStart({ contextValue }) {
    const started = process.hrtime.bigint();
    return {
      async didEncounterErrors({ errors, operationName }) {
        for (const error of errors) {
          const original = unwrapResolverError(error);
          if (isUnexpected(error) && typeof original === 'object' && original !== null) {
            contextValue.logger.error(
              { err: original, errorId: errorIdFor(original), operationName, path: error.path },
              'unexpected error in GraphQL operation',
            );
          }
        }
      },
      async willSendResponse({ operationName, errors }) {
        contextValue.logger.debug(
          {
            operationName,
            errors: errors?.length ?? 0,
            ms: Number(process.hrtime.bigint() - started) / 1e6,
          },
          'graphql operation',
        );
      },
    };
  },
};
