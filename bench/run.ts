import os from 'node:os';
import { audit } from './audit';
import { longStream } from './long-stream';
import { portfolioPage } from './portfolio-page';
import { storeThroughput } from './store-throughput';
import { web } from './web';
import { formatTable, type BenchSection } from './table';

/**
 * `npm run bench`: every section in turn, each printed as a table. A later section
 * (projection rebuild, GraphQL latency, as-of reads) is a module in bench/ exporting a
 * BenchSection, added to this list. BENCH_RUNS and BENCH_SECONDS tune the sections that
 * repeat timed runs (see each module); BENCH_ONLY picks sections; `npm run bench -- --quick`
 * runs the audit section over 100,000 events instead of 1,000,000 (BENCH_AUDIT_EVENTS sets any
 * count).
 */
const all: Record<string, BenchSection> = {
  storeThroughput,
  longStream,
  portfolioPage,
  web,
  audit,
};
/** BENCH_ONLY=audit (names as in `all`, comma-separated) runs only those sections. */
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const unknown = only?.filter((name) => !(name in all)) ?? [];
if (unknown.length > 0) {
  throw new Error(
    `BENCH_ONLY names no section ${unknown.join(', ')}; sections: ${Object.keys(all).join(', ')}`,
  );
}
const sections = Object.entries(all)
  .filter(([name]) => !only || only.includes(name))
  .map(([, section]) => section);

console.log(
  `Partnership Tracker bench: Node ${process.version}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`,
);
for (const section of sections) {
  const started = performance.now();
  const rows = await section.run();
  console.log(`\n${formatTable(section.title, rows)}`);
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
