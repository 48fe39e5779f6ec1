import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * Starting a thread on a module of the project: the store's own (commit-thread.ts,
 * read-ahead.ts) and the server's (its as-of thread). Run from source (tests, the bench) the
 * module is TypeScript, which a worker cannot load by itself: it is loaded through tsx's ESM
 * API, found from this package. Built to JavaScript (scripts/build-server.ts), every such
 * module is compiled to dist/ beside this one, under its own file name, and imported as it is.
 */

/** tsx's ESM API (its `exports` entry), to load the thread's TypeScript module. */
function tsxImportApi(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const manifest = require.resolve('tsx/package.json');
    const { exports } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as {
      exports: Record<string, { import?: { default?: string } }>;
    };
    const entry = exports['./esm/api']?.import?.default;
    return entry ? pathToFileURL(path.join(path.dirname(manifest), entry)).href : undefined;
  } catch {
    return undefined;
  }
}

/** The code the worker runs first: its module, through tsx when it is TypeScript. */
function bootstrap(entry: URL): string | undefined {
  if (!entry.pathname.endsWith('.ts')) return `import(${JSON.stringify(entry.href)});`;
  const api = tsxImportApi();
  if (!api) return undefined;
  return `import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(entry.href)}));`;
}

export interface ModuleWorkerOptions {
  /** Caps on the thread's own heap (a thread that passes them stops, the process does not). */
  resourceLimits?: ResourceLimits;
}

/**
 * A worker running `module` (a path relative to `from`, the caller's `import.meta.url`,
 * without extension; the build finds both in the call, so write them literally), or
 * undefined when it cannot be loaded (TypeScript without tsx installed).
 */
export function startModuleWorker(
  module: string,
  from: string,
  workerData: unknown,
  options: ModuleWorkerOptions = {},
): Worker | undefined {
  const compiled = !import.meta.url.endsWith('.ts');
  const entry = compiled
    ? new URL(`./${path.posix.basename(module)}.js`, import.meta.url)
    : new URL(`${module}.ts`, from);
  const code = bootstrap(entry);
  if (!code) return undefined;
  const worker = new Worker(code, { eval: true, workerData, ...options });
  // A thread never keeps the process alive by itself; each holds a ref while it has work.
  worker.unref();
  return worker;
}
