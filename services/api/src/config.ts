import path from 'node:path';
import { z } from 'zod';

/** Configuration, all from environment variables: this table is also what `--help` prints. */
export const settings = [
  { name: 'PORT', default: '4000', help: 'HTTP port to listen on (0 picks a free one)' },
  { name: 'HOST', default: '127.0.0.1', help: 'Interface to listen on (0.0.0.0 in containers)' },
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
    help: 'Comma-separated key=actor:role entries (role: office, auditor, reader; keys of 16 characters or more), e.g. office-key-2f9c41d7=alice:office',
  },
  {
    name: 'TRACKER_KEY_FILE',
    default: '<dir of TRACKER_DB>/api-keys.json',
    help: 'JSON file of keys; created with a local development key on first start when no keys are given',
  },
  {
    name: 'EVENTSTORE_CONNECTION_STRING',
    default: '',
    help: 'When set, EventStoreDB/KurrentDB is the store, e.g. kurrentdb://localhost:2113?tls=false',
  },
  {
    name: 'TRACKER_SEED',
    default: 'on',
    help: 'on: load the LLR demo data into an empty store; off: start empty',
  },
  {
    name: 'CORS_ORIGINS',
    default: '',
    help: 'Comma-separated origins allowed to call the API from a browser',
  },
  {
    name: 'NODE_ENV',
    default: 'development',
    help: 'production: no GraphiQL, and introspection only for office and auditor keys',
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
  TRACKER_DB: z.string().min(1).default('./data/tracker.db'),
  TRACKER_SNAPSHOTS: z.string().optional(),
  TRACKER_API_KEYS: z.string().default(''),
  TRACKER_KEY_FILE: z.string().optional(),
  EVENTSTORE_CONNECTION_STRING: z.string().default(''),
  TRACKER_SEED: z.enum(['on', 'off'], { message: 'TRACKER_SEED must be on or off' }).default('on'),
  CORS_ORIGINS: z.string().default(''),
  NODE_ENV: z.string().default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface TrackerConfig {
  port: number;
  host: string;
  dbFile: string;
  snapshotsFile: string;
  apiKeys: string;
  keyFile: string;
  eventStoreConnectionString: string | undefined;
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
  return {
    port: e.PORT,
    host: e.HOST,
    dbFile: e.TRACKER_DB,
    snapshotsFile: e.TRACKER_SNAPSHOTS ?? path.join(dataDir, 'snapshots.db'),
    apiKeys: e.TRACKER_API_KEYS,
    keyFile: e.TRACKER_KEY_FILE ?? path.join(dataDir, 'api-keys.json'),
    eventStoreConnectionString: e.EVENTSTORE_CONNECTION_STRING || undefined,
    seed: e.TRACKER_SEED === 'on',
    corsOrigins: e.CORS_ORIGINS.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    production: e.NODE_ENV === 'production',
    logLevel: e.LOG_LEVEL,
  };
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
