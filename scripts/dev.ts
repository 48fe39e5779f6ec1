/**
 * `npm run dev`: the API server (with the demo data unless TRACKER_SEED says otherwise) and
 * Vite's dev server with hot reload, which proxies /graphql to it. Open the sign-in link the
 * API server prints, with Vite's port (5173) in place of 4000. Ctrl-C stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (dir: string, name: string) => path.join(dir, 'node_modules', '.bin', name);

const children: ChildProcess[] = [
  spawn(bin(root, 'tsx'), ['services/api/src/main.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { TRACKER_SEED: 'on', ...process.env },
  }),
  spawn(bin(path.join(root, 'services/web'), 'vite'), [], {
    cwd: path.join(root, 'services/web'),
    stdio: 'inherit',
  }),
];

const stop = (code: number) => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
};
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
