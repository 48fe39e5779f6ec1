import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Request, Response } from 'express';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { presentedKey, type KeyRing } from './api-keys';
import { useAsOf } from './as-of';
import { useRefusalCodes } from './errors';
import { createHistoryLoader } from './history';
import { useIntrospectionForStaffOnly } from './introspection';
import { commandExecutor } from './commands';
import type { GraphQLContext, TrackerServices } from './context';
import type { Logger } from './logger';
import { createReadModels } from './read-models';
import { MAX_REQUEST_BYTES } from './request-limit';
import { buildSchema } from './schema';

/** What express hands yoga with each request. */
export interface ServerContext {
  req: Request;
  res: Response;
}

export interface YogaOptions {
  services: TrackerServices;
  keys: KeyRing;
  logger: Logger;
  corsOrigins: string[];
  production: boolean;
  /** A key GraphiQL sends by default (the local development key), never in production. */
  graphiqlKey?: string | undefined;
  /** Per-request DataLoaders (on unless the bench measures its reference without them). */
  readModelBatching?: boolean;
  /** Told, after each operation, how many batched lookups it made by read model (metrics, bench). */
  observeBatches?: (batches: Readonly<Record<string, number>>) => void;
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
  const { services, keys, logger } = options;
  return createYoga<ServerContext, GraphQLContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    logging: logger,
    maskedErrors: true,
    // A body sent in chunks declares no length for requestSizeLimit to check (app.ts): yoga
    // counts the bytes as it reads them and stops at the same limit.
    maxRequestBodySize: MAX_REQUEST_BYTES,
    landingPage: false,
    graphiql: options.production
      ? false
      : {
          title: 'Partnership Tracker',
          headers: options.graphiqlKey
            ? JSON.stringify({ Authorization: `Bearer ${options.graphiqlKey}` })
            : undefined,
        },
    cors: {
      origin: options.corsOrigins.length > 0 ? options.corsOrigins : [],
      credentials: false,
      allowedHeaders: CSRF_HEADERS,
      methods: ['GET', 'POST', 'OPTIONS'],
    },
    plugins: [
      // Depth, cost, alias, directive and token limits on every operation.
      EnvelopArmorPlugin({
        maxDepth: { n: 12 },
        maxAliases: { n: 30 },
        costLimit: { maxCost: 20_000 },
        maxDirectives: { n: 50 },
        maxTokens: { n: 5_000 },
      }),
      useAsOf(),
      useRefusalCodes(),
      ...(options.observeBatches ? [useBatchObserver(options.observeBatches)] : []),
      ...(options.production ? [useIntrospectionForStaffOnly(keys)] : []),
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'authorization', 'x-api-key'] }),
    ],
    context: ({ request }) => {
      const key = presentedKey(request.headers);
      const principal = key ? keys.authenticate(key) : undefined;
      const readModels = createReadModels(services.runner, {
        batching: options.readModelBatching ?? true,
      });
      return {
        principal,
        badKey: key !== undefined && principal === undefined,
        services,
        readModels,
        history: createHistoryLoader(services.store, readModels.batches),
        execute: principal
          ? commandExecutor(services.store, services.runner, principal)
          : () => Promise.reject(new Error('unreachable: mutations are authorised first')),
      };
    },
  });
}
