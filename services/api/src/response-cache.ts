import { createHash } from 'node:crypto';
import type { ExecutionResult } from 'graphql';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { ProjectionRunner } from '@tracker/projection-runner';
import { authenticationOf } from './authentication';
import { today } from './resolvers/portfolio';

/**
 * Cached answers to queries, invalidated exactly. Read models change only when events arrive,
 * so an answer is the same for the same read-model position and the same inputs: the key is
 *
 *   position : day : sha256(role [actor] | operation name | document | variables)
 *
 * - the runner's position: any event moves it, so no answer outlives the event that changes
 *   it, and the cache keeps only the current position's answers (an older position is never
 *   asked for again: when an answer for a newer one is stored, the rest are dropped);
 * - the day (UTC): without `on`, overdue milestones and actions are judged on today, so an
 *   answer can change at midnight with no event;
 * - the role: fields marked @allow answer only some roles, and introspection depends on it;
 *   the actor only when the document names `viewer`, the one field that answers with it (so
 *   every reader system shares the portfolio page, but not its own name);
 * - the document, operation name and variables, which hold the as-of arguments (asOf,
 *   asOfPosition, onDate: arguments only, no header), so a historical answer has its own key.
 *
 * Only queries are cached (mutations take the plugin's invalidation path and never store;
 * subscriptions never reach it), only answers without errors, only for a known key, only
 * while the read models are caught up and only when the position did not move while the
 * answer was built. `Query.integrity` walks the store itself, not the read models (and says
 * when it checked): never cached.
 *
 * The plugin's own TTL and entity invalidation are left at rest: no TTL (the position is
 * what ages an answer) and `invalidate` does nothing (a mutation's events move the position,
 * which misses every older key; mutations wait for the read models before answering, so the
 * next query already sees the new position).
 */

export interface ResponseCacheOptions {
  /** Most answers kept (least recently used go first). */
  maxEntries?: number;
  /** Told after each query the cache could serve whether it did (metrics). */
  onLookup?: (hit: boolean) => void;
}

/** Set on each answer to a cacheable query: `hit` when it came from the cache. */
const CACHE_HEADER = 'x-response-cache';

const DEFAULT_MAX_ENTRIES = 500;

const SERVED_FROM_CACHE = Symbol.for('servedFromResponseCache');

/** Whether an answer (as yoga processes it) came from the cache, not from execution. */
export const servedFromCache = (result: unknown): boolean =>
  typeof result === 'object' &&
  result !== null &&
  !Array.isArray(result) &&
  SERVED_FROM_CACHE in result;

const positionOf = (key: string) => Number(key.slice(0, key.indexOf(':')));

/**
 * Answers for one position at a time, least recently used dropped past `max`. Storing an
 * answer for a newer position drops every older one.
 */
function positionCache(max: number): Cache {
  const entries = new Map<string, ExecutionResult & { stringify?: (result: unknown) => string }>();
  let position = -1;
  return {
    get(key) {
      const found = entries.get(key);
      if (found) {
        entries.delete(key);
        entries.set(key, found);
      }
      return found as ReturnType<Cache['get']>;
    },
    set(key, result) {
      const at = positionOf(key);
      if (at < position) return;
      if (at > position) {
        entries.clear();
        position = at;
      }
      entries.delete(key);
      // Written out once: every hit sends the same text (yoga's serialiser takes `stringify`).
      let text: string | undefined;
      entries.set(key, {
        ...result,
        stringify: (sent: unknown) => (text ??= JSON.stringify(sent)),
      });
      if (entries.size > max) entries.delete(entries.keys().next().value!);
    },
    // A mutation's events move the position, which misses every older key.
    invalidate() {},
  };
}

type Initial = { req?: object; request: Request };

export function createResponseCache(
  runner: Pick<ProjectionRunner, 'position' | 'ready'>,
  options: ResponseCacheOptions = {},
): Plugin {
  const cache = positionCache(options.maxEntries ?? DEFAULT_MAX_ENTRIES);
  // Queries that reached execution: the cache could have answered them, and did not.
  const executed = new WeakSet<Request>();
  const outcome = new WeakMap<Request, 'hit' | 'miss'>();
  const principalOf = (context: Initial) => authenticationOf(context.req).principal;
  const enabled = (_request: Request, context: Initial) =>
    runner.ready && principalOf(context) !== undefined;

  const responseCache = useResponseCache<Initial>({
    cache,
    enabled,
    session: (_request, context) => principalOf(context)?.role ?? null,
    buildResponseCacheKey: ({ documentString, operationName, variableValues, context }) => {
      const principal = principalOf(context as unknown as Initial);
      const caller =
        principal && /viewer/.test(documentString)
          ? `${principal.role} ${principal.actor}`
          : (principal?.role ?? '');
      const digest = createHash('sha256')
        .update(JSON.stringify([caller, operationName ?? '', documentString, variableValues ?? {}]))
        .digest('base64url');
      return `${runner.position}:${today()}:${digest}`;
    },
    // Built at one position from start to end, and without errors.
    shouldCacheResult: ({ cacheKey, result }) =>
      !result.errors?.length && runner.ready && positionOf(cacheKey) === runner.position,
    ttl: Infinity,
    ttlPerSchemaCoordinate: { 'Query.integrity': 0 },
    includeExtensionMetadata: false,
  });

  const plugin: Plugin = {
    onPluginInit({ addPlugin }) {
      addPlugin(responseCache);
    },
    onExecute({ args }) {
      const context = args.contextValue as Initial;
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation === 'query' && enabled(context.request, context)) {
        executed.add(context.request);
      }
    },
    onResultProcess({ request, result }) {
      const hit = servedFromCache(result);
      if (!hit && !executed.has(request)) return;
      outcome.set(request, hit ? 'hit' : 'miss');
      options.onLookup?.(hit);
    },
    onResponse({ request, response }) {
      const seen = outcome.get(request);
      if (seen) response.headers.set(CACHE_HEADER, seen);
      // The plugin labels a cached answer with its key as ETag and a Last-Modified. A browser
      // then keeps a GET answer by heuristic and revalidates it with If-None-Match, which the
      // plugin answers 304 from the key alone, without asking whether the position moved:
      // stale pages after a change. Answers are the caller's own data at one moment, so no
      // one else may store them and the browser must not reuse them: this cache is the one.
      response.headers.delete('etag');
      response.headers.delete('last-modified');
      response.headers.set('cache-control', 'private, no-store');
    },
  };
  return plugin;
}
