import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Starting one of the store's threads (commit-thread.ts, read-ahead.ts) on a module of this
 * package. Run from source (tests, `npm start` through tsx) the module is TypeScript, which a
 * worker cannot load by itself: it is loaded through tsx's ESM API, found from this package.
 * Built to JavaScript, the module is imported as it is.
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

/**
 * A worker running `module` (a path relative to this folder, without extension), or
 * undefined when it cannot be loaded (TypeScript without tsx installed).
 */
export function startModuleWorker(module: string, workerData: unknown): Worker | undefined {
  const ts = import.meta.url.endsWith('.ts');
  const code = bootstrap(new URL(`${module}${ts ? '.ts' : '.js'}`, import.meta.url));
  if (!code) return undefined;
  const worker = new Worker(code, { eval: true, workerData });
  // A thread never keeps the process alive by itself; each holds a ref while it has work.
  worker.unref();
  return worker;
}
