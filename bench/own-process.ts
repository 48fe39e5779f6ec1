import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The compiled server and CLI (dist/, what `npm start` and `npm run tracker` run), each in a
 * process of its own, so that what they cost in time and memory is theirs alone: not the
 * bench's own heap, not tsx compiling TypeScript. `npm run bench` builds dist/ first (prebench).
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (file: string) => {
  const built = path.join(root, 'dist', file);
  if (!fs.existsSync(built)) throw new Error(`${built} is missing: run npm run build:server`);
  return built;
};

/** Written into a child by --require: its peak RSS, where the bench can read it, as it exits. */
const PEAK_REPORTER = `process.on('exit', () => {
  require('node:fs').writeFileSync(process.env.BENCH_PEAK_FILE, JSON.stringify({
    peakRss: process.resourceUsage().maxRSS * 1024, rss: process.memoryUsage().rss }));
});`;

interface Exit {
  /** The highest RSS the process reached, in bytes. */
  peakRss: number;
  /** RSS as it exited, in bytes. */
  rss: number;
  seconds: number;
  output: string;
}

function run(
  file: string,
  args: string[],
  env: Record<string, string>,
  untilExit: (child: ReturnType<typeof spawn>) => Promise<void>,
): Promise<Exit> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-bench-process-'));
  const reporter = path.join(dir, 'peak.cjs');
  const peakFile = path.join(dir, 'peak.json');
  fs.writeFileSync(reporter, PEAK_REPORTER);
  const started = performance.now();
  const child = spawn(process.execPath, ['--require', reporter, dist(file), ...args], {
    env: { ...process.env, ...env, BENCH_PEAK_FILE: peakFile, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return (async () => {
    try {
      await untilExit(child);
      const code = await exited;
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0 && code !== null) throw new Error(`${file} exited ${code}:\n${output}`);
      const { peakRss, rss } = JSON.parse(fs.readFileSync(peakFile, 'utf8')) as Exit;
      return { peakRss, rss, seconds, output };
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  })();
}

/** `tracker rebuild` (every read model from zero, one snapshot each) in its own process. */
export function rebuildInOwnProcess(env: Record<string, string>): Promise<Exit> {
  return run('tracker.js', ['rebuild'], env, async () => {});
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface ServerStart extends Exit {
  /** From spawning the process to /readyz answering 200. */
  readySeconds: number;
  /** The server's own RSS once ready, from its /metrics (process_resident_memory_bytes). */
  readyRss: number;
}

/** A server started in its own process, ready, as `work` sees it. */
export interface RunningServer {
  url: string;
  /** Seconds from spawning the process to /readyz answering 200. */
  readySeconds: number;
  /** The server's RSS now, from its own /metrics (process_resident_memory_bytes). */
  rss(): Promise<number>;
}

/**
 * The compiled server (`npm start`) on these files, in its own process: `work` runs once
 * /readyz says it is ready (read models loaded from their snapshots and caught up); then a
 * clean stop.
 */
export async function serveInOwnProcess<T>(
  env: Record<string, string>,
  work: (server: RunningServer) => Promise<T>,
): Promise<Exit & { result: T }> {
  const port = await freePort();
  const metricsKey = 'bench-metrics-key-0123456789';
  let result: T | undefined;
  const started = performance.now();
  const exit = await run(
    'server.js',
    [],
    { ...env, PORT: String(port), HOST: '127.0.0.1', TRACKER_METRICS_KEY: metricsKey },
    async (child) => {
      const url = `http://127.0.0.1:${port}`;
      for (;;) {
        if (child.exitCode !== null) throw new Error('the server exited before it was ready');
        const ready = await fetch(`${url}/readyz`).then(
          (r) => r.status === 200,
          () => false,
        );
        if (ready) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const readySeconds = (performance.now() - started) / 1000;
      const rss = async () => {
        const metrics = await (
          await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${metricsKey}` } })
        ).text();
        const found = /^process_resident_memory_bytes (\d+(?:\.\d+)?(?:e\+\d+)?)$/m.exec(metrics);
        if (!found) throw new Error(`no process_resident_memory_bytes in /metrics:\n${metrics}`);
        return Number(found[1]);
      };
      try {
        result = await work({ url, readySeconds, rss });
      } finally {
        child.kill('SIGTERM');
      }
    },
  );
  return { ...exit, result: result as T };
}

/** The compiled server's start from these files: the time until ready, and its RSS then. */
export async function startInOwnProcess(env: Record<string, string>): Promise<ServerStart> {
  const { result, ...exit } = await serveInOwnProcess(env, async (server) => ({
    readySeconds: server.readySeconds,
    readyRss: await server.rss(),
  }));
  return { ...exit, ...result };
}
