import os from 'node:os';
import { storeThroughput } from './store-throughput';
import { printTable } from './table';

/**
 * `npm run bench`: each figure beside a reference measured in the same run, medians of
 * several runs (BENCH_RUNS, default 3; BENCH_SECONDS per measurement, default 3).
 */
console.log(
  `Partnership Tracker bench: Node ${process.version}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`,
);
printTable('Durable command throughput, embedded SQLite store', await storeThroughput());
