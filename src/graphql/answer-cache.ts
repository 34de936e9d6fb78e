import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { RequestHandler } from 'express';
import { racePoint } from '../db/race-points';
import type { AppDeps, ServiceContext } from '../app/context';

type CacheableRequest = Pick<GraphQLRequestContext<ServiceContext>, 'contextValue' | 'operation'>;

/** The root fields whose answers come from the programme and the seat tally alone. */
const PROGRAMME_ROOTS = new Set(['workshops', 'workshop']);
/** Answers kept (the most recently used; a page of the programme is about 15 KB). */
const KEPT = 500;

/** Anonymous, and asking only the programme's root fields (no fragment at the root). */
function mayBeCached({ contextValue, operation }: CacheableRequest): boolean {
  if (contextValue.viewer !== null || !operation || operation.operation !== 'query') return false;
  return operation.selectionSet.selections.every((selection) => selection.kind === 'Field' && PROGRAMME_ROOTS.has(selection.name.value));
}

/** What a request asks, as the cache knows it (null: nothing it could keep). */
function keyOf(body: { query?: unknown; variables?: unknown; operationName?: unknown } | undefined): string | null {
  if (!body || typeof body.query !== 'string') return null;
  const variables = body.variables && typeof body.variables === 'object' && Object.keys(body.variables).length > 0 ? body.variables : null;
  try {
    return JSON.stringify([body.query, variables, body.operationName ?? null]);
  } catch {
    // Variables too deep to write out: nothing to keep (Apollo answers them).
    return null;
  }
}

/**
 * What an answer depends on besides the question: the versions of the read models it comes from
 * (each proven current first: one read of the change log) and the minute.
 */
export async function stampOf(deps: Pick<AppDeps, 'programme' | 'seatFigures' | 'clock'>): Promise<string> {
  await Promise.all([deps.programme.current(), deps.seatFigures.current()]);
  const minute = Math.floor(deps.clock.now().getTime() / 60_000);
  return `${deps.programme.version}:${deps.seatFigures.version}:${minute}`;
}

/**
 * Anonymous answers cached whole, as the bytes sent, for the public programme read all day by
 * people who are not signed in; a repeat is answered before Apollo:
 * - only anonymous requests read or fill it: what a signed-in person sees depends on who they are;
 * - only answers made entirely of fields marked `@cacheControl` in the SDL (the workshops and what
 *   derives from them alone) are kept, and only answers without errors: any other field makes the
 *   answer uncacheable;
 * - the key holds the query, its variables and operation name, and the answer is used only while
 *   the versions of the read models it came from (the programme and the seat tally, proven current
 *   by the request) and the minute are those it was made under: a write shows in the very next
 *   answer, and time passing (a workshop ending) within a minute.
 * The answer carries `Age`. No HTTP cache header is sent: a browser or proxy holding the answer
 * would outlive a write.
 */
export class AnswerCache {
  private readonly answers = new Map<string, { stamp: string; body: string; at: number }>();

  /** Express, before Apollo: answers a repeat from the cache, or lets the request go on. */
  middleware(deps: AppDeps): RequestHandler {
    return (req, res, next) => {
      const key = req.method === 'POST' && !req.headers.authorization ? keyOf(req.body) : null;
      const kept = key === null ? undefined : this.answers.get(key);
      if (!kept) return next();
      stampOf(deps).then(
        (stamp) => {
          if (stamp !== kept.stamp) return next();
          // Most recently used last: the oldest goes first when the cache is full.
          this.answers.delete(key!);
          this.answers.set(key!, kept);
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Age', String(Math.max(0, Math.floor((Date.now() - kept.at) / 1000))));
          res.send(kept.body);
        },
        // Not proven current (the database is away): the query runs and answers its own error.
        () => next(),
      );
    };
  }

  /** Apollo's side: the cache hints (for anonymous requests only), and keeping what may be kept. */
  plugins(): ApolloServerPlugin<ServiceContext>[] {
    return [
      // The hints are worked out field by field (a cost on every field resolved), so only where the
      // answer may be kept: anonymous requests.
      anonymousOnly(ApolloServerPluginCacheControl({ calculateHttpHeaders: false, defaultMaxAge: 0 })),
      {
        requestDidStart: async () => {
          // Taken before the answer is worked out: an answer is never kept under a stamp newer
          // than what it read (a write logged meanwhile makes the answer newer, never older).
          let stamp: string | null = null;
          return {
            didResolveOperation: async (request) => {
              if (keyOf(request.request) !== null && mayBeCached(request)) stamp = await stampOf(request.contextValue).catch(() => null);
            },
            willSendResponse: async (request) => {
              const key = keyOf(request.request);
              const { body } = request.response;
              if (stamp === null || key === null || body.kind !== 'single' || body.singleResult.errors || !mayBeCached(request)) return;
              // Every field resolved is marked cacheable (defaultMaxAge 0 leaves any other at 0).
              if (!request.overallCachePolicy.policyIfCacheable()) return;
              await racePoint(request.contextValue.database, 'answer-cache-keep', 'answers');
              this.answers.delete(key);
              this.answers.set(key, { stamp, body: JSON.stringify(body.singleResult), at: Date.now() });
              if (this.answers.size > KEPT) this.answers.delete(this.answers.keys().next().value!);
            },
          };
        },
      },
    ];
  }
}

function anonymousOnly(plugin: ApolloServerPlugin<ServiceContext>): ApolloServerPlugin<ServiceContext> {
  return {
    ...plugin,
    async requestDidStart(request) {
      return request.contextValue.viewer === null ? plugin.requestDidStart?.(request) : undefined;
    },
  };
}
