import { createHash, timingSafeEqual } from 'node:crypto';
import type { CommitBatch, EventStore } from '@tracker/event-store';
import type { Request, RequestHandler } from 'express';
import { getOperationAST, parse, type DocumentNode } from 'graphql';
import type { GraphQLParams, Plugin, YogaInitialContext } from 'graphql-yoga';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { CommandOutcome } from './commands';
import type { Logger } from './logger';
import { limitFailedAttempts, type FailureLimit } from './authentication';
import { servedFromCache } from './response-cache';

/**
 * Metrics for operators, in Prometheus text format at /metrics. Each tracker has a registry of
 * its own (never prom-client's global one), so two trackers in one process keep theirs apart.
 * Every label takes a bounded set of values: routes and status classes are fixed lists,
 * command types are the domain's, and operation names, which clients choose, are capped.
 * /metrics never shows data and opens only with its own key (TRACKER_METRICS_KEY).
 */

/** The routes HTTP requests are counted by. */
export type Route = 'graphql' | 'web' | 'healthz' | 'readyz' | 'metrics' | 'other';

export function routeOf(method: string, path: string): Route {
  if (path === '/graphql' || path.startsWith('/graphql/')) return 'graphql';
  if (path === '/healthz') return 'healthz';
  if (path === '/readyz') return 'readyz';
  if (path === '/metrics') return 'metrics';
  return method === 'GET' || method === 'HEAD' ? 'web' : 'other';
}

export const statusClass = (status: number): string =>
  status >= 100 && status < 600 ? `${Math.floor(status / 100)}xx` : 'other';

/** Names a client may give an operation that are counted by their own name. */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
export const MAX_OPERATION_NAMES = 100;

/**
 * The label of an operation's name: the first MAX_OPERATION_NAMES well-formed names seen are
 * their own; anything else is "other", and an operation without a name "anonymous".
 */
export function operationNames(max = MAX_OPERATION_NAMES): (name: string | undefined) => string {
  const seen = new Set<string>();
  return (name) => {
    if (name === undefined || name === '') return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (seen.has(name)) return name;
    if (seen.size >= max) return 'other';
    seen.add(name);
    return name;
  };
}

/** Each read model's lag behind the store's head: events (positions) not yet applied. */
export const projectionLag = (
  head: number,
  positions: ReadonlyMap<string, number>,
): [string, number][] => [...positions].map(([name, at]) => [name, Math.max(0, head - at)]);

/** What /metrics reads of the as-of thread (as-of-thread.ts) at each scrape. */
interface WatchedAsOfThread {
  readonly waiting: number;
  readonly heap: { used: number; total: number } | undefined;
}

export interface ProjectionSource {
  store: Pick<EventStore, 'headPosition'>;
  runner: { positions(): ReadonlyMap<string, number>; readonly ready: boolean };
}

export const AS_OF_OUTCOMES = ['answered', 'resource_limit', 'fault'] as const;
export type AsOfOutcome = (typeof AS_OF_OUTCOMES)[number];

const SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const APPEND_SECONDS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];
const BATCH_SIZES = [1, 2, 4, 8, 16, 24, 32, 64, 128, 256, 512];

export interface TrackerMetrics {
  readonly registry: Registry;
  /** The GraphQL response cache's lookups: call with true for a hit, false for a miss. */
  cacheLookup(hit: boolean): void;
  /** A command's outcome, by its type (commands.ts). */
  command(type: string, outcome: CommandOutcome): void;
  /** A group commit of the embedded store (its onCommit). */
  committed(batch: CommitBatch): void;
  /**
   * The store with each append timed; with `batches: false` (a store that tells of no group
   * commits: EventStoreDB, memory) each append also counts as a batch of its own.
   */
  timeAppends(store: EventStore, options: { batches: boolean }): EventStore;
  /** The read models whose lag (and readiness) is measured at each scrape. */
  watchProjections(source: ProjectionSource): void;
  /** An operation about the past the as-of thread finished, by outcome (as-of-thread.ts). */
  asOfOutcome(outcome: AsOfOutcome): void;
  /** The as-of thread whose queue and heap are read at each scrape. */
  watchAsOfThread(thread: WatchedAsOfThread): void;
  /** Express middleware timing every request by route and status class. */
  httpRequests: RequestHandler;
  /** The yoga plugin timing each operation by name and type. */
  operations(): Plugin;
  /** The metrics in Prometheus text format. */
  scrape(): Promise<{ contentType: string; text: string }>;
}

export interface MetricsOptions {
  /** Register prom-client's process metrics (memory, heap, CPU, event loop, GC). */
  process?: boolean;
}

export function createTrackerMetrics(options: MetricsOptions = {}): TrackerMetrics {
  const registry = new Registry();
  const registers = [registry];
  if (options.process) collectDefaultMetrics({ register: registry });

  const http = new Histogram({
    name: 'tracker_http_request_duration_seconds',
    help: 'HTTP requests by route (graphql, web, healthz, readyz, metrics, other) and status class',
    labelNames: ['route', 'status'] as const,
    buckets: SECONDS,
    registers,
  });
  const operations = new Histogram({
    name: 'tracker_graphql_operation_duration_seconds',
    help: `GraphQL operations executed, by operation name (the first ${MAX_OPERATION_NAMES} names seen; then "other"; "anonymous" without one) and type`,
    labelNames: ['operation', 'type'] as const,
    buckets: SECONDS,
    registers,
  });
  const commands = new Counter({
    name: 'tracker_commands_total',
    help: 'Commands by type and outcome (ok, refused: bad input or not found, conflict, error: a fault)',
    labelNames: ['command', 'outcome'] as const,
    registers,
  });
  const appends = new Histogram({
    name: 'tracker_append_duration_seconds',
    help: 'Appends to the event store as the command path waits for them (queueing and commit)',
    buckets: APPEND_SECONDS,
    registers,
  });
  const commitSeconds = new Histogram({
    name: 'tracker_commit_duration_seconds',
    help: 'Group commits of the event store: one transaction and fsync (other stores: each append)',
    buckets: APPEND_SECONDS,
    registers,
  });
  const batchSize = new Histogram({
    name: 'tracker_commit_batch_appends',
    help: 'Appends written per group commit (other stores: 1 each)',
    buckets: BATCH_SIZES,
    registers,
  });
  const eventsAppended = new Counter({
    name: 'tracker_events_appended_total',
    help: 'Events written to the event store',
    registers,
  });
  const cache = new Counter({
    name: 'tracker_graphql_cache_lookups_total',
    help: 'GraphQL response cache lookups by result (hit, miss)',
    labelNames: ['result'] as const,
    registers,
  });
  cache.inc({ result: 'hit' }, 0);
  cache.inc({ result: 'miss' }, 0);

  const asOf = new Counter({
    name: 'tracker_as_of_thread_operations_total',
    help: 'Operations about the past answered on the as-of thread, by outcome (answered; resource_limit: refused, past TRACKER_AS_OF_HEAP_MB; fault)',
    labelNames: ['outcome'] as const,
    registers,
  });
  let asOfThread: WatchedAsOfThread | undefined;
  new Gauge({
    name: 'tracker_as_of_thread_waiting',
    help: 'Operations about the past waiting for the as-of thread (it answers one at a time)',
    registers,
    collect() {
      this.set(asOfThread?.waiting ?? 0);
    },
  });
  new Gauge({
    name: 'tracker_as_of_thread_heap_bytes',
    help: "The as-of thread's V8 heap after its last operation (used, total), bytes; 0 while no thread runs (it starts at the first operation about the past). Its cap is TRACKER_AS_OF_HEAP_MB",
    labelNames: ['heap'] as const,
    registers,
    collect() {
      this.set({ heap: 'used' }, asOfThread?.heap?.used ?? 0);
      this.set({ heap: 'total' }, asOfThread?.heap?.total ?? 0);
    },
  });

  let watched: ProjectionSource | undefined;
  new Gauge({
    name: 'tracker_projection_lag_events',
    help: "Each read model's lag behind the store's head at scrape time (positions not yet applied)",
    labelNames: ['read_model'] as const,
    registers,
    async collect() {
      if (!watched) return;
      const head = await watched.store.headPosition();
      this.reset();
      for (const [name, lag] of projectionLag(head, watched.runner.positions())) {
        this.set({ read_model: name }, lag);
      }
    },
  });
  new Gauge({
    name: 'tracker_ready',
    help: '1 when the read models have caught up and the runner has not failed (as /readyz), else 0',
    registers,
    collect() {
      this.set(watched?.runner.ready ? 1 : 0);
    },
  });

  const committed = (batch: CommitBatch) => {
    commitSeconds.observe(batch.ms / 1000);
    batchSize.observe(batch.appends);
    eventsAppended.inc(batch.events);
  };

  const nameOf = operationNames();

  return {
    registry,
    cacheLookup: (hit) => cache.inc({ result: hit ? 'hit' : 'miss' }),
    asOfOutcome: (outcome) => asOf.inc({ outcome }),
    watchAsOfThread: (thread) => {
      asOfThread = thread;
      for (const outcome of AS_OF_OUTCOMES) asOf.inc({ outcome }, 0);
    },
    command: (type, outcome) => commands.inc({ command: type, outcome }),
    committed,
    timeAppends(store, { batches }) {
      const append: EventStore['append'] = (streamId, events, appendOptions) => {
        const started = performance.now();
        // Looked up at each call: whatever append the store has now (tests replace it).
        const done = store.append(streamId, events, appendOptions);
        return done.then(
          (result) => {
            const ms = performance.now() - started;
            appends.observe(ms / 1000);
            if (!batches) committed({ appends: 1, events: events.length, ms });
            return result;
          },
          (error: unknown) => {
            appends.observe((performance.now() - started) / 1000);
            throw error;
          },
        );
      };
      return new Proxy(store, {
        get(target, property) {
          if (property === 'append') return append;
          const value: unknown = Reflect.get(target, property, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    },
    watchProjections(source) {
      watched = source;
    },
    httpRequests(req, res, next) {
      const started = performance.now();
      // Known now: a router mounted at a path (yoga's) takes its prefix off req.url.
      const route = routeOf(req.method, req.path);
      res.once('finish', () => {
        http.observe(
          { route, status: statusClass(res.statusCode) },
          (performance.now() - started) / 1000,
        );
      });
      next();
    },
    operations: () => {
      // An answer from the response cache is served before parsing and never executes: it is
      // timed from its parameters to its result, labelled from its document (parsed only then).
      const asked = new WeakMap<object, { at: number; params: GraphQLParams }>();
      const executed = new WeakSet<object>();
      const labelsOf = (document: DocumentNode, operationName?: string | null) => {
        const operation = getOperationAST(document, operationName);
        return {
          operation: nameOf(operation?.name?.value),
          type: operation?.operation ?? 'unknown',
        };
      };
      return {
        onParams({ request, params }) {
          asked.set(request, { at: performance.now(), params });
        },
        onExecute({ args }) {
          const started = performance.now();
          const { request } = args.contextValue as Partial<YogaInitialContext>;
          if (request) executed.add(request);
          const labels = labelsOf(args.document, args.operationName);
          return {
            onExecuteDone() {
              operations.observe(labels, (performance.now() - started) / 1000);
            },
          };
        },
        onResultProcess({ request, result }) {
          const question = asked.get(request);
          if (!question || executed.has(request) || !servedFromCache(result)) return;
          const { query, operationName } = question.params;
          operations.observe(
            labelsOf(parse(query ?? ''), operationName),
            (performance.now() - question.at) / 1000,
          );
        },
      };
    },
    scrape: async () => ({ contentType: registry.contentType, text: await registry.metrics() }),
  };
}

const digest = (key: string) => createHash('sha256').update(key).digest();

/**
 * GET /metrics: 404 without a metrics key; with one, only `Authorization: Bearer <key>` opens
 * it (API keys do not), compared in constant time; anything else is a 401 with no metrics, and
 * wrong keys are limited per address as API keys are (limitFailedAttempts).
 */
export function metricsEndpoint(
  metrics: TrackerMetrics,
  key: string | undefined,
  logger: Logger,
  failures?: FailureLimit,
): RequestHandler[] {
  if (key === undefined) {
    return [
      (_req, res) => {
        res
          .status(404)
          .type('text/plain')
          .send('Not found: set TRACKER_METRICS_KEY to serve /metrics\n');
      },
    ];
  }
  const expected = digest(key);
  const presentedOf = (req: Request) =>
    /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '')?.[1];
  const opens = (req: Request) => {
    const presented = presentedOf(req);
    return presented !== undefined && timingSafeEqual(digest(presented), expected);
  };
  const limit = limitFailedAttempts({
    failed: (req) => presentedOf(req) !== undefined && !opens(req),
    failures,
    logger,
    refuse: (res, { limit, window }) => {
      res
        .status(429)
        .type('text/plain')
        .send(
          `Too many requests with a wrong metrics key from this address (${limit} in ${window}); wait and try again with TRACKER_METRICS_KEY\n`,
        );
    },
  });
  const scrape: RequestHandler = (req, res, next) => {
    res.setHeader('cache-control', 'no-store');
    if (!opens(req)) {
      logger.warn(
        { client: req.ip, reason: presentedOf(req) === undefined ? 'no bearer key' : 'wrong key' },
        'metrics scrape refused',
      );
      res
        .status(401)
        .setHeader('www-authenticate', 'Bearer realm="metrics"')
        .type('text/plain')
        .send('Unauthorized: send Authorization: Bearer <TRACKER_METRICS_KEY>\n');
      return;
    }
    metrics.scrape().then(({ contentType, text }) => {
      res.type(contentType).send(text);
    }, next);
  };
  return [limit, scrape];
}
