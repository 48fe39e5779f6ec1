import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Builds the web app unless its sources are unchanged: the same step `npm run setup` runs,
 * so a test of the served app never meets a stale or missing services/web/dist.
 */
export function ensureWebAppBuilt(): void {
  try {
    execFileSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/build-web.ts'], {
      cwd: root,
      stdio: 'pipe',
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(
      `The web app does not build (tsx scripts/build-web.ts):\n${String(stdout ?? '')}${String(stderr ?? '')}`,
    );
  }
}
