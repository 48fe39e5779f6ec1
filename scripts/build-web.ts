/**
 * Builds the web app (services/web → services/web/dist) unless its sources are unchanged
 * since the last build, so a second `npm start` is as quick as the first one was not.
 * The sources' digest is kept beside the build; `--force` builds anyway.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const web = fileURLToPath(new URL('../services/web/', import.meta.url));
const schema = fileURLToPath(new URL('../schema/', import.meta.url));
const dist = path.join(web, 'dist');
const stamp = path.join(dist, '.source-hash');

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
    );
}

function sourceDigest(): string {
  const files = [
    ...['index.html', 'vite.config.ts', 'package.json', 'tsconfig.json'].map((f) =>
      path.join(web, f),
    ),
    ...filesUnder(path.join(web, 'src')),
    // The app's operations are checked against the schema when built.
    ...filesUnder(schema).filter((f) => f.endsWith('.graphql')),
  ].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(path.relative(web, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

const digest = sourceDigest();
const built =
  fs.existsSync(path.join(dist, 'index.html')) && fs.existsSync(stamp)
    ? fs.readFileSync(stamp, 'utf8').trim()
    : undefined;
if (built === digest && !process.argv.includes('--force')) {
  console.log('web app: built, sources unchanged (services/web/dist)');
} else {
  const started = Date.now();
  const vite = path.join(
    web,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'vite.cmd' : 'vite',
  );
  const result = spawnSync(vite, ['build', '--logLevel', 'warn'], { cwd: web, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(
      'web app: the build failed (above); the server cannot serve the app until it builds',
    );
    process.exit(result.status ?? 1);
  }
  fs.writeFileSync(stamp, `${digest}\n`);
  console.log(
    `web app: built in ${((Date.now() - started) / 1000).toFixed(1)} s (services/web/dist)`,
  );
}
