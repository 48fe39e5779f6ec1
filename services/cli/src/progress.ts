import cliProgress from 'cli-progress';

/**
 * Progress for long work (replays, verification, seeding): a bar on a terminal, a line
 * every few seconds otherwise (CI logs), and a final count either way.
 */
export interface Progress {
  update(done: number): void;
  finish(summary: string): void;
}

export function progress(
  label: string,
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left`, stream },
      cliProgress.Presets.shades_classic,
    );
    bar.start(Math.max(total, 1), 0);
    return {
      update: (done) => bar.update(Math.min(done, Math.max(total, 1))),
      finish: (summary) => {
        bar.update(Math.max(total, 1));
        bar.stop();
        stream.write(`${summary}\n`);
      },
    };
  }
  let last = 0;
  return {
    update: (done) => {
      const now = Date.now();
      if (now - last >= 2000) {
        last = now;
        stream.write(`${label}: ${done}/${total}\n`);
      }
    },
    finish: (summary) => stream.write(`${summary}\n`),
  };
}
