/** A plain aligned table for the terminal: the bench's one output format. */
export interface Row {
  measure: string;
  value: string;
  reference: string;
  ratio: string;
  target: string;
  verdict: string;
}

export function printTable(title: string, rows: Row[]): void {
  const headers: Row = {
    measure: 'measure',
    value: 'value',
    reference: 'reference (same run)',
    ratio: 'ratio',
    target: 'target',
    verdict: 'verdict',
  };
  const keys = Object.keys(headers) as (keyof Row)[];
  const widths = keys.map((k) => Math.max(headers[k].length, ...rows.map((r) => r[k].length)));
  const line = (r: Row) => keys.map((k, i) => r[k].padEnd(widths[i]!)).join(' | ');
  console.log(`\n${title}`);
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of rows) console.log(line(r));
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const perSecond = (n: number) => `${Math.round(n).toLocaleString('en-GB')}/s`;
export const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
