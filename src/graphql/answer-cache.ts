import { randomUUID } from 'node:crypto';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { GraphQLContext } from './context';

type CacheableRequest = Pick<GraphQLRequestContext<GraphQLContext>, 'contextValue' | 'operation'>;

/** The root fields whose answers come from the programme and the seat tally alone. */
const PROGRAMME_ROOTS = new Set(['workshops', 'workshop']);

/** Anonymous, and asking only the programme's root fields (no fragment at the root). */
function mayBeCached({ contextValue, operation }: CacheableRequest): boolean {
  if (contextValue.viewer !== null || !operation || operation.operation !== 'query') return false;
  return operation.selectionSet.selections.every((selection) => selection.kind === 'Field' && PROGRAMME_ROOTS.has(selection.name.value));
}

/**
 * Anonymous answers cached whole (Apollo's response cache), for the public programme read all day
 * by people who are not signed in:
 * - only anonymous requests read or fill it: what a signed-in person sees depends on who they are;
 * - only answers made entirely of fields marked `@cacheControl` in the SDL (the workshops and what
 *   derives from them alone) are kept: any other field makes the answer uncacheable;
 * - the key holds the query, its variables, the versions of the read models the answer comes from
 *   (the programme and the seat tally, each proven current first) and the minute: a write shows in
 *   the very next answer, and time passing (a workshop ending) within a minute.
 * No HTTP cache header is sent: a browser or proxy holding the answer would outlive a write.
 */
export function answerCachePlugins() {
  const cacheable = async (request: CacheableRequest) => mayBeCached(request);
  return [
    // The hints are worked out field by field (a cost on every field resolved), so only where the
    // answer may be kept: anonymous requests.
    anonymousOnly(ApolloServerPluginCacheControl({ calculateHttpHeaders: false, defaultMaxAge: 0 })),
    responseCachePlugin<GraphQLContext>({
      sessionId: async () => null,
      shouldReadFromCache: cacheable,
      shouldWriteToCache: cacheable,
      // Apollo asks this of every query first: those that can never be cached read nothing here.
      async extraCacheKeyData(request) {
        if (!mayBeCached(request)) return null;
        const { contextValue } = request;
        try {
          await Promise.all([contextValue.programme.current(), contextValue.seatFigures.current()]);
        } catch {
          // Not proven current (the database is away): a key nothing shares, so the query runs and
          // answers its own error (DATABASE_UNAVAILABLE), and whatever it answers is never reused.
          return { unproven: randomUUID() };
        }
        const minute = Math.floor(contextValue.clock.now().getTime() / 60_000);
        return { programme: contextValue.programme.version, seats: contextValue.seatFigures.version, minute };
      },
    }),
  ];
}

function anonymousOnly(plugin: ApolloServerPlugin<GraphQLContext>): ApolloServerPlugin<GraphQLContext> {
  return {
    ...plugin,
    async requestDidStart(request) {
      return request.contextValue.viewer === null ? plugin.requestDidStart?.(request) : undefined;
    },
  };
}
