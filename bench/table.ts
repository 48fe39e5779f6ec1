/**
 * The bench's one output format: a plain table with aligned columns, one per section. Each
 * figure sits beside the reference it is judged against, measured in the same run (the
 * machines are small and noisy: ratios to a same-run reference, medians of several runs).
 */
export interface Row {
  measure: string;
  /** The figure, with its unit: "2,310 commands/s". */
  value: string;
  /** A second figure where one helps: "2,310 events/s". */
  detail: string;
  reference: string;
  ratio: string;
  target: string;
  /** PASS, FAIL, or empty when the row has no target. */
  verdict: string;
}

/** A part of the bench: a module in bench/ that measures something and answers rows. */
export interface BenchSection {
  title: string;
  run(): Promise<Row[]>;
}

const HEADERS: Row = {
  measure: 'measure',
  value: 'value',
  detail: '',
  reference: 'reference (same run)',
  ratio: 'ratio',
  target: 'target',
  verdict: 'verdict',
};

export function formatTable(title: string, rows: readonly Row[]): string {
  const keys = (Object.keys(HEADERS) as (keyof Row)[]).filter(
    (k) => HEADERS[k] !== '' || rows.some((r) => r[k] !== ''),
  );
  const widths = keys.map((k) => Math.max(HEADERS[k].length, ...rows.map((r) => r[k].length)));
  const line = (r: Row) =>
    keys
      .map((k, i) => r[k].padEnd(widths[i]!))
      .join(' | ')
      .trimEnd();
  return [
    title,
    line(HEADERS),
    widths.map((w) => '-'.repeat(w)).join('-|-'),
    ...rows.map(line),
  ].join('\n');
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const rate = (n: number, unit: string) =>
  `${Math.round(n).toLocaleString('en-GB')} ${unit}/s`;
export const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
