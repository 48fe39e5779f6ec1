import cliProgress from 'cli-progress';

/**
 * Progress for long work (replays, verification, seeding): a bar on a terminal, a line
 * every few seconds otherwise (CI logs), and a final count either way.
 */
export interface Progress {
  /** `total` when the work learns its size only once started. */
  update(done: number, total?: number): void;
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
      update: (done, newTotal) => {
        if (newTotal !== undefined && newTotal !== total)
          bar.setTotal(Math.max((total = newTotal), 1));
        bar.update(Math.min(done, Math.max(total, 1)));
      },
      finish: (summary) => {
        bar.update(Math.max(total, 1));
        bar.stop();
        stream.write(`${summary}\n`);
      },
    };
  }
  let last = 0;
  return {
    update: (done, newTotal) => {
      if (newTotal !== undefined) total = newTotal;
      const now = Date.now();
      if (now - last >= 2000) {
        last = now;
        stream.write(`${label}: ${done}/${total}\n`);
      }
    },
    finish: (summary) => stream.write(`${summary}\n`),
  };
}
