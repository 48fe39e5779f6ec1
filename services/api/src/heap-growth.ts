import v8 from 'node:v8';

/**
 * How far the heap may grow between full garbage collections. After each one V8 sets the next
 * limit at what survived times a factor it picks from the allocation rate: under the mixed load
 * of the bench's soak (a million events, thousands of commands and pages a minute) it picked
 * about 3, so the server's heap climbed from the ~280 MiB its read models hold to 840 MiB of
 * mostly garbage, and RSS past 1.5 GiB. A factor of 1.5 kept RSS under 1 GiB with the same
 * throughput (README, Operations: memory). The flag applies to every isolate of the process,
 * the as-of thread's too.
 *
 * V8 reads this flag at each collection, so setting it once the process runs takes effect; it
 * is set before the server loads its read models.
 */
export function limitHeapGrowth(percent: number): void {
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
