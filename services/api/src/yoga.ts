import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Request, Response } from 'express';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { useAsOf } from './as-of';
import { authenticationOf } from './authentication';
import { useHttpRefusals, useJsonRequestsOnly, useRefusalCodes } from './errors';
import { graphiqlPage } from './graphiql';
import { createHistoryLoader } from './history';
import { useIntrospectionLimits } from './introspection';
import { useListArgumentLimits } from './list-arguments';
import { MAX_COST, useVariableCostLimit } from './variable-cost';
import { commandExecutor } from './commands';
import type { GraphQLContext, TrackerServices } from './context';
import type { Logger } from './logger';
import type { TrackerMetrics } from './metrics';
import { createReadModels } from './read-models';
import { MAX_REQUEST_BYTES } from './request-limit';
import { createResponseCache, type ResponseCacheOptions } from './response-cache';
import { buildSchema } from './schema';

/** What express hands yoga with each request. */
export interface ServerContext {
  req: Request;
  res: Response;
}

export interface YogaOptions {
  services: TrackerServices;
  logger: Logger;
  /** Origins of other sites' pages that may call the API (none when empty). */
  corsOrigins: string[];
  production: boolean;
  /** Internal faults answer with their message and stack (TRACKER_DEBUG_ERRORS, loopback only). */
  debugErrors?: boolean;
  /** Per-request DataLoaders (on unless the bench measures its reference without them). */
  readModelBatching?: boolean;
  /** Told, after each operation, how many batched lookups it made by read model (metrics, bench). */
  observeBatches?: (batches: Readonly<Record<string, number>>) => void;
  /** Cached answers keyed on the read-model position (response-cache.ts); false turns it off. */
  responseCache?: ResponseCacheOptions | false;
  /** Operations timed and commands counted (metrics.ts). */
  metrics?: TrackerMetrics;
}

/** Headers a browser must send on GET requests (CSRF prevention); any value will do. */
export const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'authorization', 'x-api-key', 'content-type'];

function useBatchObserver(
  observe: (batches: Readonly<Record<string, number>>) => void,
): Plugin<GraphQLContext> {
  return {
    onExecute: ({ args }) => ({
      onExecuteDone: () => observe((args.contextValue as GraphQLContext).readModels.batches),
    }),
  };
}

export function createTrackerYoga(
  options: YogaOptions,
): YogaServerInstance<ServerContext, GraphQLContext> {
  const { services, logger } = options;
  return createYoga<ServerContext, GraphQLContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    logging: logger,
    // Internals never reach a client unless asked for explicitly (yoga's default shows them
    // whenever NODE_ENV is development).
    maskedErrors: { isDev: options.debugErrors ?? false },
    // A body sent in chunks declares no length for requestSizeLimit to check (app.ts): yoga
    // counts the bytes as it reads them and stops at the same limit.
    maxRequestBodySize: MAX_REQUEST_BYTES,
    landingPage: false,
    graphiql: options.production ? false : { title: 'Partnership Tracker' },
    renderGraphiQL: (graphiql) => graphiqlPage(graphiql?.title ?? 'Partnership Tracker'),
    // No origin but those named: yoga treats an empty list as any origin.
    cors:
      options.corsOrigins.length > 0
        ? {
            origin: options.corsOrigins,
            credentials: false,
            allowedHeaders: CSRF_HEADERS,
            methods: ['GET', 'POST', 'OPTIONS'],
          }
        : false,
    plugins: [
      // Depth, cost, alias, directive and token limits on every operation.
      EnvelopArmorPlugin({
        maxDepth: { n: 12 },
        maxAliases: { n: 30 },
        costLimit: { maxCost: MAX_COST },
        maxDirectives: { n: 50 },
        maxTokens: { n: 5_000 },
      }),
      useJsonRequestsOnly(),
      // Before useAsOf, so an operation refused for its lists replays nothing.
      useListArgumentLimits(),
      useVariableCostLimit(),
      useAsOf(services.asOfThread),
      useRefusalCodes(),
      useHttpRefusals(),
      ...(options.observeBatches ? [useBatchObserver(options.observeBatches)] : []),
      ...(options.metrics ? [options.metrics.operations()] : []),
      useIntrospectionLimits({ production: options.production }),
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'authorization', 'x-api-key'] }),
      // Last: its lookup comes after every check made as the request arrives.
      ...(options.responseCache === false
        ? []
        : [createResponseCache(services.runner, options.responseCache)]),
    ],
    context: ({ req }) => {
      // Worked out as the request arrived (authentication.ts), before any body was read.
      const auth = authenticationOf(req);
      const principal = auth.principal;
      const readModels = createReadModels(services.runner, {
        batching: options.readModelBatching ?? true,
      });
      return {
        principal,
        badKey: auth.presented && principal === undefined,
        ...(auth.failure?.failure === 'expired' && { keyExpired: auth.failure.expired }),
        services,
        readModels,
        history: createHistoryLoader(services.store, readModels.batches),
        execute: principal
          ? commandExecutor(services.store, services.runner, principal, options.metrics?.command)
          : () => Promise.reject(new Error('unreachable: mutations are authorised first')),
      };
    },
  });
}
