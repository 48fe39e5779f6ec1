import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventStore } from '@tracker/event-store';
import {
  openSqliteSnapshotStore,
  ProjectionRunner,
  type SnapshotStore,
} from '@tracker/projection-runner';
import { allProjections } from '@tracker/projections';
import express from 'express';
import { loadKeyRing, type KeyRing } from './api-keys';
import { authenticateRequests, type FailureLimit } from './authentication';
import type { TrackerConfig } from '@tracker/composition';
import type { TrackerServices } from './context';
import { loadDemoData } from './demo-data';
import { hostCheck, originCheck } from './host-check';
import type { Logger } from './logger';
import { requestSizeLimit } from './request-limit';
import type { ResponseCacheOptions } from './response-cache';
import { openStore } from '@tracker/composition';
import { webApp } from './web-app';
import { createTrackerYoga } from './yoga';

/**
 * The server: the event store, the read models kept by the projection runner, and
 * express serving GraphQL (yoga, mounted before any body parser), /healthz and /readyz.
 */
export interface Tracker {
  app: express.Express;
  services: TrackerServices;
  keys: KeyRing;
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
  const opened = overrides.store
    ? { store: overrides.store, description: 'the given store' }
    : await openStore(config);
  const { store } = opened;
  const snapshots = overrides.snapshots ?? openSqliteSnapshotStore(config.snapshotsFile);
  const runner = new ProjectionRunner(store, allProjections, snapshots, {
    onError: (error) => logger.error({ err: error }, 'projection runner stopped'),
  });
  const services: TrackerServices = {
    store,
    runner,
    snapshots,
    ...('verify' in opened && opened.verify && { verify: opened.verify }),
  };
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
    ...(overrides.observeBatches && { observeBatches: overrides.observeBatches }),
    ...(overrides.responseCache !== undefined && { responseCache: overrides.responseCache }),
  });

  const app = express();
  app.disable('x-powered-by');
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
  // Last: every other GET is the web app's.
  app.use(webApp(overrides.webDist));

  let server: Server | undefined;
  return {
    app,
    services,
    keys,
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
      await runner.stop();
      snapshots.close();
      await store.close();
    },
  };
}
