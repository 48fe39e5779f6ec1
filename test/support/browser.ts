import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { KEYS, startServer, type RoleName, type TestServer } from './server';
import { ensureWebAppBuilt } from './web-build';

/**
 * The web app in a real browser: Debian's Chromium driven by playwright-core (Playwright
 * cannot download its own browsers here), against the real server seeded with the LLR demo
 * data on a free loopback port, serving the built app as `npm start` does.
 */

const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

function chromiumPath(): string {
  const given = process.env['CHROMIUM_PATH'];
  if (given) return given;
  const found = CHROMIUM_CANDIDATES.find((candidate) => fs.existsSync(candidate));
  if (found) return found;
  try {
    const onPath = execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
    if (onPath) return onPath;
  } catch {
    // not on PATH either
  }
  throw new Error(
    'No Chromium found for the browser tests: install it (Debian: `apt-get install -y chromium`) or set CHROMIUM_PATH to its binary',
  );
}

/**
 * Headless Chromium that never reaches for the internet. Each launch gets a fresh profile
 * (Playwright makes a temporary user data dir per launch and removes it on close).
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // The date fields' format follows the browser's language, not the page's locale.
      '--lang=en-GB',
    ],
  });
}

const pageErrors = new WeakMap<Page, string[]>();

/**
 * Console errors and uncaught exceptions a page has had, CSP refusals among them: a page
 * that logs one has a bug, so tests assert this is empty.
 */
export function consoleErrors(page: Page): string[] {
  return pageErrors.get(page) ?? [];
}

function watch(page: Page): Page {
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return page;
}

export interface WebApp {
  url: string;
  server: TestServer;
  browser: Browser;
  /** A new browser context signed in with the role's key through the sign-in link, on `/`. */
  signedInPage(role: RoleName): Promise<Page>;
  /** A new browser context, not signed in. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function startWebApp(): Promise<WebApp> {
  ensureWebAppBuilt();
  const server = await startServer({ TRACKER_SEED: 'on' });
  const browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  const newPage = async () => {
    // en-GB, as the office's machines are: dates read 19/03/2021.
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
    contexts.push(context);
    // Shorter than the test's own timeout, so a wait that fails says what it waited for.
    context.setDefaultTimeout(10_000);
    return watch(await context.newPage());
  };
  return {
    url: server.url,
    server,
    browser,
    newPage,
    signedInPage: async (role) => {
      const page = await newPage();
      await page.goto(`${server.url}/sign-in#key=${KEYS[role]}`);
      await page.waitForURL((url) => url.pathname === '/');
      await page.getByRole('banner').getByText('Signed in as').waitFor();
      return page;
    },
    close: async () => {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The README's pictures are taken by the browser tests: with UPDATE_SCREENSHOTS=1 each call
 * saves the page as docs/screenshots/<name>.png; otherwise it does nothing.
 */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  if (process.env['UPDATE_SCREENSHOTS'] !== '1') return;
  const dir = path.resolve(import.meta.dirname, '../../docs/screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage });
}

/** Fails listing every serious or critical WCAG 2.2 AA violation axe finds on the page. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  if (serious.length > 0) {
    const report = serious
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
      )
      .join('\n');
    throw new Error(`Accessibility violations on ${page.url()}:\n${report}`);
  }
}
