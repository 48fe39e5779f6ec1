import os from 'node:os';
import { storeThroughput } from './store-throughput';
import { formatTable, type BenchSection } from './table';

/**
 * `npm run bench`: every section in turn, each printed as a table. A later section
 * (projection rebuild, GraphQL latency, as-of reads) is a module in bench/ exporting a
 * BenchSection, added to this list. BENCH_RUNS and BENCH_SECONDS tune the sections that
 * repeat timed runs (see each module).
 */
const sections: BenchSection[] = [storeThroughput];

console.log(
  `Partnership Tracker bench: Node ${process.version}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`,
);
for (const section of sections) {
  const started = performance.now();
  const rows = await section.run();
  console.log(`\n${formatTable(section.title, rows)}`);
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
