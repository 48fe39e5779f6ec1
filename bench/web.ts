import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { createLogger, createTracker } from '@tracker/api';
import { loadConfig } from '@tracker/composition';
import { chromium, type Browser } from 'playwright-core';
import { median, verdict, type BenchSection, type Row } from './table';

/**
 * The web app in a real browser (Debian's Chromium through playwright-core, as the browser
 * tests run it) on the seeded LLR demo data: the portfolio page from navigation to its table
 * and counts shown; changing the business date until the page shows that day; and the
 * gzipped JavaScript the first page loads. The reference is the page's own two GraphQL
 * queries sent from Node in the same run: what the server takes, before any browser work.
 * BENCH_RUNS (default 5) repetitions, medians.
 */

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const KEY = 'bench-office-key-0123456789';
const ROOT = path.resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(
      `no Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`,
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const PORTFOLIO_QUERIES = [
  `{ initiatives(first: 25) { totalCount nodes { id title status statusSince board { id name }
     priorities { id title } leadOrganisations { id name } leadOfficers { name role }
     confidence { rating assessedOn } lastChanged { at recordedAt by } } pageInfo { hasNextPage endCursor } }
     initiativeCounts { total byStatus { status count } byConfidence { confidence count } } }`,
  '{ boards(first: 500) { nodes { id name } } priorities(first: 500) { nodes { id title } } organisations(first: 500) { nodes { id name } } }',
];

export const web: BenchSection = {
  title: 'Web app: the portfolio page in Chromium, LLR demo data',
  async run(): Promise<Row[]> {
    execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build-web.ts'], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-bench-web-'));
    const config = loadConfig({
      PORT: '0',
      TRACKER_DB: path.join(dir, 'tracker.db'),
      TRACKER_SEED: 'on',
      TRACKER_API_KEYS: `${KEY}=bench:office`,
      LOG_LEVEL: 'silent',
    });
    const tracker = await createTracker(config, createLogger('silent'));
    const { url } = await tracker.listen();
    const browser = await launch();
    try {
      const api = async () => {
        const started = performance.now();
        await Promise.all(
          PORTFOLIO_QUERIES.map((query) =>
            fetch(`${url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
              body: JSON.stringify({ query }),
            }).then((r) => r.json()),
          ),
        );
        return performance.now() - started;
      };
      const { data } = (await (
        await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
          body: JSON.stringify({ query: '{ initiatives { totalCount } }' }),
        })
      ).json()) as { data: { initiatives: { totalCount: number } } };
      const rows = Math.min(data.initiatives.totalCount, 25);
      const firstRender: number[] = [];
      const dateChange: number[] = [];
      const reference: number[] = [];
      let scriptBytes = 0;
      for (let run = 0; run < RUNS; run++) {
        reference.push(await api());
        // A fresh context each run: nothing cached, signed in as after the sign-in link.
        const context = await browser.newContext({ locale: 'en-GB' });
        await context.addInitScript(
          (key) => sessionStorage.setItem('partnership-tracker.api-key', key),
          KEY,
        );
        const page = await context.newPage();
        const scripts: Promise<number>[] = [];
        page.on('response', (response) => {
          if (response.request().resourceType() === 'script')
            scripts.push(response.body().then((body) => gzipSync(body).length));
        });
        let started = performance.now();
        await page.goto(`${url}/`);
        // Every row of the first page (the header row is row 0).
        await page.getByRole('table', { name: 'Initiatives' }).getByRole('row').nth(rows).waitFor();
        await page.getByText(/^In progress: \d+$/).waitFor({ state: 'attached' });
        firstRender.push(performance.now() - started);
        scriptBytes = (await Promise.all(scripts)).reduce((sum, n) => sum + n, 0);

        await page.getByLabel('As it stood on').fill('2021-03-19');
        started = performance.now();
        await page.getByRole('button', { name: 'Show' }).click();
        await page.getByText('20 initiatives', { exact: true }).waitFor();
        dateChange.push(performance.now() - started);
        await context.close();
      }
      const ms = (n: number) => `${Math.round(n).toLocaleString('en-GB')} ms`;
      const ref = median(reference);
      const row = (measure: string, value: number, target: number): Row => ({
        measure,
        value: ms(value),
        detail: '',
        reference: `${ms(ref)} (its queries from Node)`,
        ratio: `${(value / ref).toFixed(1)} ×`,
        target: `≤ ${ms(target)}`,
        verdict: verdict(value <= target),
      });
      return [
        row('portfolio page, navigation to table and charts shown', median(firstRender), 1_000),
        row('business date changed until that day shows', median(dateChange), 1_500),
        {
          measure: 'JavaScript the first page loads, gzipped',
          value: `${(scriptBytes / 1024).toFixed(0)} KB`,
          detail: '',
          reference: '',
          ratio: '',
          target: '≤ 250 KB',
          verdict: verdict(scriptBytes <= 250 * 1024),
        },
      ];
    } finally {
      await browser.close();
      await tracker.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
