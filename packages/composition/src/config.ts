import path from 'node:path';
import { z } from 'zod';

/** Configuration, all from environment variables: this table is also what `--help` prints. */
export const settings = [
  { name: 'PORT', default: '4000', help: 'HTTP port to listen on (0 picks a free one)' },
  {
    name: 'HOST',
    default: '127.0.0.1',
    help: 'Interface to listen on (0.0.0.0 in containers). Beyond loopback the server needs TRACKER_API_KEYS or a key file, and TRACKER_PUBLIC_HOSTS',
  },
  {
    name: 'TRACKER_PUBLIC_HOSTS',
    default: '',
    help: 'Comma-separated host names clients reach the server by (the Host header is checked: no DNS rebinding), e.g. tracker.opcc.example; loopback names are always accepted',
  },
  {
    name: 'TRACKER_DB',
    default: './data/tracker.db',
    help: 'The embedded SQLite event store file',
  },
  {
    name: 'TRACKER_SNAPSHOTS',
    default: '<dir of TRACKER_DB>/snapshots.db',
    help: 'SQLite file for read-model snapshots (always safe to delete: they are rebuilt)',
  },
  {
    name: 'TRACKER_API_KEYS',
    default: '',
    help: 'Comma-separated key=actor:role[:expires] entries (role: office, auditor, reader; keys of 16 characters or more; expires a date or date-time), e.g. office-key-2f9c41d7=alice:office:2027-03-31',
  },
  {
    name: 'TRACKER_KEY_FILE',
    default: '<dir of TRACKER_DB>/api-keys.json',
    help: 'JSON file of keys ({"keys":[{"key","actor","role","expires"?}]}), read again when it changes; on loopback, created with a local development key on first start when no keys are given',
  },
  {
    name: 'TRACKER_METRICS_KEY',
    default: '',
    help: 'Secret of 16 characters or more (no spaces) that Prometheus presents as Authorization: Bearer <key> to scrape /metrics; no API key opens /metrics and this key opens nothing else; unset: /metrics answers 404',
  },
  {
    name: 'EVENTSTORE_CONNECTION_STRING',
    default: '',
    help: 'When set, EventStoreDB/KurrentDB is the store, e.g. kurrentdb://localhost:2113?tls=false',
  },
  {
    name: 'TRACKER_AS_OF_HEAP_MB',
    default: '512',
    help: 'MiB of heap the thread answering questions about the past (asOf, asOfPosition, onDate) may use; an operation needing more is refused with RESOURCE_LIMIT and the server goes on. 0: answer them on the main thread, with no such limit',
  },
  {
    name: 'TRACKER_HEAP_GROWTH_PERCENT',
    default: '50',
    help: "How far V8 lets the server's heap grow past what it held after its last full garbage collection before collecting again, in percent (V8 itself, under load, lets it grow to several times that); lower uses less memory and more CPU. 0: V8's own rule",
  },
  {
    name: 'TRACKER_SEED',
    default: 'on',
    help: 'on: load the LLR demo data into an empty store; off: start empty',
  },
  {
    name: 'CORS_ORIGINS',
    default: '',
    help: 'Comma-separated origins (e.g. https://dashboard.example) allowed to call the API from a browser page of another origin; none when empty',
  },
  {
    name: 'TRACKER_DEBUG_ERRORS',
    default: 'off',
    help: 'on: internal faults answer with their message and stack (for debugging on loopback only; refused beyond loopback)',
  },
  {
    name: 'NODE_ENV',
    default: 'development',
    help: 'production: no GraphiQL, and introspection only for office and auditor keys (in every mode none without a key)',
  },
  { name: 'LOG_LEVEL', default: 'info', help: 'fatal, error, warn, info, debug or trace' },
] as const;

const env = z.object({
  PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65535, { message: 'PORT must be 0-65535' })
    .default(4000),
  HOST: z.string().default('127.0.0.1'),
  TRACKER_PUBLIC_HOSTS: z.string().default(''),
  TRACKER_DEBUG_ERRORS: z
    .enum(['on', 'off'], { message: 'TRACKER_DEBUG_ERRORS must be on or off' })
    .default('off'),
  TRACKER_DB: z.string().min(1).default('./data/tracker.db'),
  TRACKER_SNAPSHOTS: z.string().optional(),
  TRACKER_API_KEYS: z.string().default(''),
  TRACKER_KEY_FILE: z.string().optional(),
  TRACKER_METRICS_KEY: z
    .string()
    .min(16, {
      message:
        'TRACKER_METRICS_KEY must be at least 16 characters (e.g. the output of openssl rand -hex 24); unset it to turn /metrics off',
    })
    .regex(/^[\x21-\x7e]+$/, {
      message:
        'TRACKER_METRICS_KEY must be printable ASCII without spaces (it is sent in an Authorization header), e.g. the output of openssl rand -hex 24',
    })
    .optional(),
  EVENTSTORE_CONNECTION_STRING: z.string().default(''),
  TRACKER_AS_OF_HEAP_MB: z.coerce
    .number({ message: 'TRACKER_AS_OF_HEAP_MB must be a whole number of MiB (e.g. 512), or 0' })
    .int({ message: 'TRACKER_AS_OF_HEAP_MB must be a whole number of MiB (e.g. 512), or 0' })
    .refine((mb) => mb === 0 || mb >= 64, {
      message:
        'TRACKER_AS_OF_HEAP_MB must be 64 or more (the thread needs about 40 MiB to start), or 0 to answer on the main thread',
    })
    .default(512),
  TRACKER_HEAP_GROWTH_PERCENT: z.coerce
    .number({
      message: 'TRACKER_HEAP_GROWTH_PERCENT must be a whole number of percent (e.g. 50), or 0',
    })
    .int({
      message: 'TRACKER_HEAP_GROWTH_PERCENT must be a whole number of percent (e.g. 50), or 0',
    })
    .min(0, { message: "TRACKER_HEAP_GROWTH_PERCENT must be 0 (V8's own rule) or more" })
    .max(1000, { message: "TRACKER_HEAP_GROWTH_PERCENT must be 1000 or less (0: V8's own rule)" })
    .default(50),
  TRACKER_SEED: z.enum(['on', 'off'], { message: 'TRACKER_SEED must be on or off' }).default('on'),
  CORS_ORIGINS: z.string().default(''),
  NODE_ENV: z.string().default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface TrackerConfig {
  port: number;
  host: string;
  /** True when `host` is a loopback interface: only this machine can reach the server. */
  loopback: boolean;
  /** Host header names accepted beyond the loopback names (TRACKER_PUBLIC_HOSTS), lower case. */
  publicHosts: string[];
  /** Internal faults answer with their message and stack (loopback only). */
  debugErrors: boolean;
  dbFile: string;
  snapshotsFile: string;
  apiKeys: string;
  keyFile: string;
  /** The secret that opens /metrics (TRACKER_METRICS_KEY); none: /metrics answers 404. */
  metricsKey?: string;
  eventStoreConnectionString: string | undefined;
  /**
   * The heap cap of the thread that answers operations about the past (MiB); 0: those are
   * answered on the main thread.
   */
  asOfHeapMb: number;
  /** V8's heap growing factor for the server's process, in percent over 1; 0: V8's own. */
  heapGrowthPercent: number;
  seed: boolean;
  corsOrigins: string[];
  production: boolean;
  logLevel: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): TrackerConfig {
  const parsed = env.safeParse(
    Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}. Run with --help for the settings.`);
  }
  const e = parsed.data;
  const dataDir = path.dirname(e.TRACKER_DB);
  const loopback = isLoopbackHost(e.HOST);
  const publicHosts = listOf(e.TRACKER_PUBLIC_HOSTS).map((h) => h.toLowerCase());
  if (!loopback && publicHosts.length === 0) {
    throw new ConfigError(
      `HOST=${e.HOST} listens beyond loopback, so the server must know the names clients reach it by: set TRACKER_PUBLIC_HOSTS (e.g. TRACKER_PUBLIC_HOSTS=tracker.opcc.example), or listen on HOST=127.0.0.1`,
    );
  }
  if (!loopback && e.TRACKER_DEBUG_ERRORS === 'on') {
    throw new ConfigError(
      `TRACKER_DEBUG_ERRORS=on shows internal faults to clients and is refused when HOST=${e.HOST} listens beyond loopback; unset it, or listen on HOST=127.0.0.1`,
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    loopback,
    publicHosts,
    debugErrors: e.TRACKER_DEBUG_ERRORS === 'on',
    dbFile: e.TRACKER_DB,
    snapshotsFile: e.TRACKER_SNAPSHOTS ?? path.join(dataDir, 'snapshots.db'),
    apiKeys: e.TRACKER_API_KEYS,
    keyFile: e.TRACKER_KEY_FILE ?? path.join(dataDir, 'api-keys.json'),
    ...(e.TRACKER_METRICS_KEY !== undefined && { metricsKey: e.TRACKER_METRICS_KEY }),
    eventStoreConnectionString: e.EVENTSTORE_CONNECTION_STRING || undefined,
    asOfHeapMb: e.TRACKER_AS_OF_HEAP_MB,
    heapGrowthPercent: e.TRACKER_HEAP_GROWTH_PERCENT,
    seed: e.TRACKER_SEED === 'on',
    corsOrigins: listOf(e.CORS_ORIGINS),
    production: e.NODE_ENV === 'production',
    logLevel: e.LOG_LEVEL,
  };
}

const listOf = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Interfaces only this machine can reach: 127.0.0.0/8, ::1 and localhost. */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

export function helpText(): string {
  const width = Math.max(...settings.map((s) => s.name.length));
  const lines = settings.map(
    (s) => `  ${s.name.padEnd(width)}  ${s.help}${s.default ? ` (default: ${s.default})` : ''}`,
  );
  return [
    'Partnership Tracker API server',
    '',
    'Usage: npm start            (or: tsx services/api/src/main.ts [--help])',
    '',
    'Settings (environment variables):',
    ...lines,
  ].join('\n');
}
