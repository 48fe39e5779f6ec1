/**
 * What the build scripts (build-web.ts, build-server.ts) share: a digest of a build's
 * sources, kept in a stamp file beside the build, so that a build whose sources are
 * unchanged is skipped (`--force` builds anyway).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, leaving out node_modules and the folders `skip` names. */
export function filesUnder(dir: string, skip: readonly string[] = []): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      !entry.isDirectory()
        ? [path.join(dir, entry.name)]
        : entry.name === 'node_modules' || skip.includes(entry.name)
          ? []
          : filesUnder(path.join(dir, entry.name), skip),
    );
}

/**
 * A digest of the files' names (relative to `base`) and contents. A missing file counts as
 * a change, not an error: the build that follows reports what is wrong.
 */
export function sourceDigest(base: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of [...new Set(files)].sort()) {
    const content = fs.existsSync(file) ? fs.readFileSync(file) : '\0missing';
    hash.update(path.relative(base, file)).update('\0').update(content).update('\0');
  }
  return hash.digest('hex');
}

/** The stamp's lines (the digest first), or undefined when it or an output is missing. */
export function readStamp(stamp: string, outputs: readonly string[]): string[] | undefined {
  if (!fs.existsSync(stamp) || !outputs.every((f) => fs.existsSync(f))) return undefined;
  return fs.readFileSync(stamp, 'utf8').trim().split('\n');
}

export function writeStamp(stamp: string, lines: readonly string[]): void {
  fs.writeFileSync(stamp, `${lines.join('\n')}\n`);
}

export const forced = (): boolean => process.argv.includes('--force');

export const seconds = (since: number): string => `${((Date.now() - since) / 1000).toFixed(1)} s`;
