/**
 * Compiles the server and the CLI to JavaScript in dist/ (server.js, tracker.js, the store's
 * worker threads and shared chunks), unless the sources are unchanged since the last build:
 * `npm start` and `npm run tracker` run this build with plain node; tsx stays for
 * development and tests. `--force` builds anyway; `--quiet` says nothing when it skips.
 *
 * esbuild bundles the project's own TypeScript (the @tracker/* workspace packages, whatever
 * they hold) by following imports from the two entry points. Every package from node_modules
 * stays external and is loaded by node as it is (native addons, worker files, its own file
 * reads): dist/node_modules links each one to the folder the importing workspace package
 * resolves it to, so node finds the same files as when it runs the sources.
 *
 * Files read at runtime stay where they are in the sources (schema/*.graphql,
 * services/web/dist): in the project's own modules `import.meta.url` is compiled to the URL
 * of the module's source file, found relative to the build. The exception is the module that
 * starts the threads (module-worker.ts): it finds their compiled modules beside
 * itself, which is why every output is written at the top of dist/.
 *
 * The stamp (dist/.source-hash) holds the digest and the inputs the build read, so the next
 * build checks exactly those (plus the lockfile and every package.json of the workspace).
 */
import fs from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { filesUnder, forced, readStamp, seconds, sourceDigest, writeStamp } from './build-cache';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = path.join(root, 'dist');
const stamp = path.join(out, '.source-hash');
const entryPoints = {
  server: path.join(root, 'services/api/src/main.ts'),
  tracker: path.join(root, 'services/cli/src/main.ts'),
};
const MODULE_WORKER = path.join(root, 'packages/event-store/src/sqlite/module-worker.ts');
const quiet = process.argv.includes('--quiet');
const say = (line: string) => console.error(line);

/** What, beside the inputs esbuild read, decides the build: resolution and this script. */
function fixedInputs(): string[] {
  const workspace = filesUnder(root, ['.git', 'dist', 'data', 'coverage']).filter(
    (f) => path.basename(f) === 'package.json',
  );
  return [
    ...workspace,
    path.join(root, 'pnpm-lock.yaml'),
    path.join(root, 'tsconfig.base.json'),
    fileURLToPath(import.meta.url),
    fileURLToPath(new URL('build-cache.ts', import.meta.url)),
  ];
}

const isOwn = (file: string) =>
  !file.split(path.sep).includes('node_modules') && file.startsWith(root);

/** A bare specifier's package name: `@scope/name` or `name`. */
const packageName = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** The folder node would load `name` from for a module in `dir` (the real one, not a link). */
function packageFolder(name: string, dir: string): string | undefined {
  for (let at = dir; ; at = path.dirname(at)) {
    const candidate = path.join(at, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return fs.realpathSync(candidate);
    if (path.dirname(at) === at) return undefined;
  }
}

interface Plugins {
  plugin: esbuild.Plugin;
  /** Package name → the folder every importer resolved it to. */
  linked: Map<string, string>;
}

function plugins(): Plugins {
  const linked = new Map<string, string>();
  const plugin: esbuild.Plugin = {
    name: 'tracker',
    setup(build) {
      // Packages from node_modules stay external; the workspace's own are bundled.
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (isBuiltin(args.path) || args.pluginData === 'inner') return undefined;
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'inner',
        });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        if (isOwn(resolved.path)) return { path: resolved.path };
        const name = packageName(args.path);
        const folder = packageFolder(name, args.resolveDir);
        if (!folder) return { errors: [{ text: `cannot find the folder of ${name}` }] };
        const before = linked.get(name);
        if (before && before !== folder) {
          return {
            errors: [
              {
                text: `${name} resolves to two folders (${before}, ${folder}): the build links one per name`,
              },
            ],
          };
        }
        linked.set(name, folder);
        // A subpath of a package without an `exports` map: node wants the file's own name
        // (graphql/execution/collectFields.js), where esbuild and tsx try extensions.
        const manifest = JSON.parse(
          await fs.promises.readFile(path.join(folder, 'package.json'), 'utf8'),
        ) as { exports?: unknown };
        const subpath = args.path !== name && manifest.exports === undefined;
        const file = path.relative(folder, resolved.path).split(path.sep).join('/');
        return { path: subpath ? `${name}/${file}` : args.path, external: true };
      });
      // import.meta.url in the project's modules: the URL of the source file, relative to the build.
      build.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async (args) => {
        if (!isOwn(args.path) || args.path === MODULE_WORKER) return undefined;
        const source = await fs.promises.readFile(args.path, 'utf8');
        if (/import\.meta\.(dirname|filename)/.test(source)) {
          return {
            errors: [{ text: 'use import.meta.url: the build maps it to the source file' }],
          };
        }
        if (!source.includes('import.meta.url')) return undefined;
        const relative = path.relative(out, args.path).split(path.sep).join('/');
        return {
          contents: source.replaceAll(
            'import.meta.url',
            `new URL(${JSON.stringify(relative)}, import.meta.url).href`,
          ),
          loader: path.extname(args.path).slice(1).replace(/^[cm]/, '') as esbuild.Loader,
        };
      });
    },
  };
  return { plugin, linked };
}

const options = (plugin: esbuild.Plugin): esbuild.BuildOptions => ({
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.12',
  outdir: out,
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  sourcemap: 'linked',
  keepNames: true,
  metafile: true,
  logLevel: 'warning',
  plugins: [plugin],
});

/**
 * The threads: every `startModuleWorker('./x', import.meta.url, ...)` in the bundled sources
 * names a module relative to the file making the call; compiled, module-worker.ts loads it
 * from beside itself by its file name, so two thread modules may not share one.
 */
function workerEntries(inputs: readonly string[]): Record<string, string> {
  const entries: Record<string, string> = {};
  const call = /startModuleWorker\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/g;
  for (const input of inputs) {
    const source = fs.readFileSync(input, 'utf8');
    for (const [, module] of source.matchAll(call)) {
      const file = path.join(path.dirname(input), `${module!}.ts`);
      const name = path.basename(module!);
      if (entries[name] !== undefined && entries[name] !== file) {
        throw new Error(`two thread modules are named ${name}: ${entries[name]} and ${file}`);
      }
      entries[name] = file;
    }
  }
  return entries;
}

async function build(): Promise<string[]> {
  fs.rmSync(out, { recursive: true, force: true });
  const { plugin, linked } = plugins();
  const main = await esbuild.build({ ...options(plugin), entryPoints, splitting: true });
  const inputsOf = (result: esbuild.BuildResult) =>
    Object.keys(result.metafile!.inputs)
      .map((f) => path.resolve(root, f))
      .filter(isOwn);
  const bundled = inputsOf(main);
  if (!bundled.includes(MODULE_WORKER)) {
    throw new Error(
      `${path.relative(root, MODULE_WORKER)} is not in the bundle: update MODULE_WORKER`,
    );
  }
  const workers = workerEntries(bundled);
  if (Object.keys(workers).length === 0) throw new Error('no startModuleWorker call found');
  const threads = await esbuild.build({ ...options(plugin), entryPoints: workers });
  for (const [name, folder] of linked) {
    const link = path.join(out, 'node_modules', name);
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(path.relative(path.dirname(link), folder), link, 'junction');
  }
  // package.json: the .js files are ES modules.
  fs.writeFileSync(path.join(out, 'package.json'), '{ "type": "module", "private": true }\n');
  return [...new Set([...bundled, ...inputsOf(threads)])].map((f) => path.relative(root, f));
}

const outputs = Object.keys(entryPoints).map((name) => path.join(out, `${name}.js`));
const digestOf = (inputs: readonly string[]) =>
  sourceDigest(root, [...inputs.map((f) => path.join(root, f)), ...fixedInputs()]);
const [builtDigest, ...builtInputs] = readStamp(stamp, outputs) ?? [];

if (!forced() && builtDigest !== undefined && builtDigest === digestOf(builtInputs)) {
  if (!quiet) say('server and CLI: built, sources unchanged (dist/)');
} else {
  const started = Date.now();
  try {
    const inputs = await build();
    writeStamp(stamp, [digestOf(inputs), ...inputs]);
    say(`server and CLI: built in ${seconds(started)} (dist/, ${inputs.length} sources)`);
  } catch (error) {
    // esbuild has printed its errors; anything else is the script's own.
    if (!(error instanceof Error && 'errors' in error)) console.error(error);
    say('server and CLI: the build failed (above)');
    process.exit(1);
  }
}
