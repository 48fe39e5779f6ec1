import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventStore } from '@tracker/event-store';
import {
  openSqliteSnapshotStore,
  ProjectionRunner,
  type SnapshotStore,
} from '@tracker/projection-runner';
import { openStore, type TrackerConfig } from '@tracker/composition';
import { allProjections } from '@tracker/projections';
import express from 'express';
import { ApiKeyError, loadKeyRing, type KeyRing } from './api-keys';
import { startAsOfThread } from './as-of-thread';
import { authenticateRequests, type FailureLimit } from './authentication';
import type { TrackerServices } from './context';
import { loadDemoData } from './demo-data';
import { hostCheck, originCheck } from './host-check';
import type { Logger } from './logger';
import { createTrackerMetrics, metricsEndpoint, type TrackerMetrics } from './metrics';
import { requestSizeLimit } from './request-limit';
import type { ResponseCacheOptions } from './response-cache';
import { webApp } from './web-app';
import { createTrackerYoga } from './yoga';

/**
 * The server: the event store, the read models kept by the projection runner, and
 * express serving GraphQL (yoga, mounted before any body parser), /healthz, /readyz and
 * /metrics (metrics.ts, with TRACKER_METRICS_KEY).
 */
export interface Tracker {
  app: express.Express;
  services: TrackerServices;
  keys: KeyRing;
  /** The tracker's own metrics registry, and what records into it (the response cache). */
  metrics: TrackerMetrics;
  storeDescription: string;
  listen(): Promise<{ port: number; url: string }>;
  close(): Promise<void>;
}

export interface TrackerOverrides {
  /** Use this store instead of opening the configured one (tests). */
  store?: EventStore;
  snapshots?: SnapshotStore;
  /** false turns the per-request DataLoaders off (the bench's reference only). */
  readModelBatching?: boolean;
  /** Told each operation's batched lookups by read model (metrics, the bench). */
  observeBatches?: (batches: Readonly<Record<string, number>>) => void;
  /** Cached answers (response-cache.ts): false turns them off (the bench's uncached rows). */
  responseCache?: ResponseCacheOptions | false;
  /** Failed authentications allowed per client address (tests lower it). */
  authenticationFailures?: FailureLimit;
  /** How often the key file is looked at for a change (tests shorten it). */
  keyFileCheckMs?: number;
  /** The web app's build to serve (default services/web/dist). */
  webDist?: string;
}

/**
 * GraphiQL's page may run only its own inline scripts and talk only to this server, and no
 * other site may frame it; JSON answers are never sniffed as anything else.
 */
const graphqlPageHeaders: express.RequestHandler = (_req, res, next) => {
  res.setHeader(
    'content-security-policy',
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'",
  );
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  next();
};

export async function createTracker(
  config: TrackerConfig,
  logger: Logger,
  overrides: TrackerOverrides = {},
): Promise<Tracker> {
  const keys = loadKeyRing({
    apiKeys: config.apiKeys,
    keyFile: config.keyFile,
    loopback: config.loopback,
    ...(overrides.keyFileCheckMs !== undefined && { reloadCheckMs: overrides.keyFileCheckMs }),
    onReload: (outcome) =>
      'error' in outcome
        ? logger.error(
            { err: outcome.error, keyFile: config.keyFile },
            'the key file changed and cannot be read: none of its keys works until it is fixed',
          )
        : logger.info({ keyFile: config.keyFile, keys: outcome.keys }, 'key file read again'),
  });
  if (config.metricsKey !== undefined && 'principal' in keys.authenticate(config.metricsKey)) {
    throw new ApiKeyError(
      'TRACKER_METRICS_KEY is also an API key: the metrics key must open /metrics only; give it a value of its own (e.g. openssl rand -hex 24)',
    );
  }
  // Process metrics (memory, heap, GC) only when /metrics is served: they watch the process.
  const metrics = createTrackerMetrics({ process: config.metricsKey !== undefined });
  const opened = overrides.store
    ? { store: overrides.store, description: 'the given store', batches: false }
    : await openStore(config, { onCommit: metrics.committed });
  const { store } = opened;
  const snapshots = overrides.snapshots ?? openSqliteSnapshotStore(config.snapshotsFile);
  const runner = new ProjectionRunner(store, allProjections, snapshots, {
    onError: (error) => logger.error({ err: error }, 'projection runner stopped'),
    // The read models are unaffected: as-of reads only start further back.
    onHistoryError: (error) => logger.warn({ err: error }, 'snapshots of the history not built'),
  });
  metrics.watchProjections({ store, runner });
  const services: TrackerServices = {
    // Appends are timed; the runner reads the store itself.
    store: metrics.timeAppends(store, { batches: opened.batches }),
    runner,
    snapshots,
    ...('verify' in opened && opened.verify && { verify: opened.verify }),
    // The thread opens the configured files itself: not when a test hands over its own.
    ...(config.asOfHeapMb > 0 &&
      !overrides.store &&
      !overrides.snapshots && {
        asOfThread: startAsOfThread(config, {
          heapMb: config.asOfHeapMb,
          onOutcome: metrics.asOfOutcome,
        }),
      }),
  };
  if (services.asOfThread) metrics.watchAsOfThread(services.asOfThread);
  const started = Date.now();
  await runner.start();
  logger.info({ position: runner.position, ms: Date.now() - started }, 'read models caught up');
  if (config.seed) await loadDemoData(store, runner, logger);

  const yoga = createTrackerYoga({
    services,
    logger,
    corsOrigins: config.corsOrigins,
    production: config.production,
    debugErrors: config.debugErrors,
    readModelBatching: overrides.readModelBatching ?? true,
    metrics,
    ...(overrides.observeBatches && { observeBatches: overrides.observeBatches }),
    // Its lookups are counted (tracker_graphql_cache_lookups_total), and told to the override's.
    responseCache:
      overrides.responseCache === false
        ? false
        : {
            ...overrides.responseCache,
            onLookup: (hit: boolean) => {
              metrics.cacheLookup(hit);
              if (overrides.responseCache) overrides.responseCache.onLookup?.(hit);
            },
          },
  });

  const app = express();
  app.disable('x-powered-by');
  app.use(metrics.httpRequests);
  app.use(hostCheck(config));
  // Yoga reads the body itself, so it is mounted before any body parser.
  app.use(
    yoga.graphqlEndpoint,
    originCheck(config),
    requestSizeLimit(),
    graphqlPageHeaders,
    ...authenticateRequests(keys, logger, overrides.authenticationFailures),
    (req, res) => void yoga(req, res, { req, res }),
  );
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    if (runner.ready) res.json({ status: 'ready', position: runner.position });
    else {
      res.status(503).json({
        status: runner.error ? 'failed' : 'catching-up',
        position: runner.position,
        ...(runner.error ? { error: String((runner.error as Error).message ?? runner.error) } : {}),
      });
    }
  });
  app.get(
    '/metrics',
    ...metricsEndpoint(metrics, config.metricsKey, logger, overrides.authenticationFailures),
  );
  // Last: every other GET is the web app's.
  app.use(webApp(overrides.webDist));

  let server: Server | undefined;
  return {
    app,
    services,
    keys,
    metrics,
    storeDescription: opened.description,
    listen: () =>
      new Promise((resolve, reject) => {
        server = app.listen(config.port, config.host, () => {
          const { port } = server!.address() as AddressInfo;
          const host = config.host.includes(':') ? `[${config.host}]` : config.host;
          resolve({ port, url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}` });
        });
        server.once('error', reject);
      }),
    close: async () => {
      if (server) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server!.close(() => resolve()));
      }
      await services.asOfThread?.close();
      await runner.stop();
      snapshots.close();
      await store.close();
    },
  };
}
