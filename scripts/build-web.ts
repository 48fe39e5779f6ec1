/**
 * Builds the web app (services/web → services/web/dist) unless its sources are unchanged
 * since the last build, so a second `npm start` is as quick as the first one was not.
 * The sources' digest is kept beside the build; `--force` builds anyway.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder, forced, readStamp, seconds, sourceDigest, writeStamp } from './build-cache';

const web = fileURLToPath(new URL('../services/web/', import.meta.url));
const schema = fileURLToPath(new URL('../schema/', import.meta.url));
const dist = path.join(web, 'dist');
const stamp = path.join(dist, '.source-hash');

const digest = sourceDigest(web, [
  ...['index.html', 'vite.config.ts', 'package.json', 'tsconfig.json'].map((f) =>
    path.join(web, f),
  ),
  ...filesUnder(path.join(web, 'src')),
  // The app's operations are checked against the schema when built.
  ...filesUnder(schema).filter((f) => f.endsWith('.graphql')),
]);
if (readStamp(stamp, [path.join(dist, 'index.html')])?.[0] === digest && !forced()) {
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
  writeStamp(stamp, [digest]);
  console.log(`web app: built in ${seconds(started)} (services/web/dist)`);
}
