import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  consoleErrors,
  expectNoSeriousA11yViolations,
  screenshot,
  startWebApp,
  type WebApp,
} from '../support/browser';
import { KEYS } from '../support/server';

/**
 * Sign-in and the portfolio page (issue #13), in a browser on the seeded LLR demo data:
 * what the programme office sees first, checked against what the API says.
 */
let app: WebApp;
beforeAll(async () => {
  app = await startWebApp();
}, 120_000);
afterAll(async () => {
  await app?.close();
});

const countOf = async (filter: Record<string, unknown> = {}, onDate?: string) =>
  (
    await app.server.ok<{ initiatives: { totalCount: number } }>(
      'query ($filter: InitiativeFilter, $onDate: Date) { initiatives(filter: $filter, onDate: $onDate) { totalCount } }',
      { filter, onDate },
      'reader',
    )
  ).initiatives.totalCount;

describe('signing in', () => {
  it('asks for the API key, says beside the field when it is wrong, and keeps what was typed', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/`);
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await screenshot(page, 'sign-in');
    await page.getByLabel('API key').fill('not-a-key-at-all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const message = page.locator('#api-key-error');
    await message.waitFor();
    expect(await message.textContent()).toMatch(/key/i);
    expect(await page.getByLabel('API key').inputValue()).toBe('not-a-key-at-all');
    expect(await page.getByRole('alert').textContent()).toContain('There is a problem');
    await expectNoSeriousA11yViolations(page);
  });

  it('signs in from the printed link, takes the key out of the address bar, and signs out', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/sign-in#key=${KEYS.office}`);
    await page.waitForURL((url) => url.pathname === '/');
    expect(page.url()).not.toContain(KEYS.office);
    const banner = page.getByRole('banner');
    await banner.getByText('Signed in as').waitFor();
    expect(await banner.textContent()).toContain('Signed in as test-office (Programme office)');
    // The key lives in this tab's session storage only.
    const stored = await page.evaluate(() => ({
      session: Object.values({ ...sessionStorage }),
      local: Object.values({ ...localStorage }),
    }));
    expect(stored.session).toContain(KEYS.office);
    expect(stored.local).not.toContain(KEYS.office);
    await banner.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(await page.evaluate(() => Object.values({ ...sessionStorage }))).not.toContain(
      KEYS.office,
    );
    expect(consoleErrors(page)).toEqual([]);
  });

  it('shows a reader no edit controls, and the server refuses a mutation sent by hand with that key', async () => {
    const refused = await app.server.gql(
      'mutation { establishBoard(input: { name: "Readers Board" }) { commandId } }',
      {},
      'reader',
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const page = await app.signedInPage('reader');
    await page.getByRole('heading', { level: 1, name: 'Portfolio' }).waitFor();
    await page.locator('#portfolio-count').waitFor();
    expect(await page.getByRole('link', { name: 'Register an initiative' }).count()).toBe(0);
    expect(await page.getByRole('banner').textContent()).toContain('(Reader)');
  });
});

describe('the portfolio page', () => {
  it('lists every initiative in a captioned table, counted as the API counts them', async () => {
    const page = await app.signedInPage('office');
    const total = await countOf();
    expect(total).toBeGreaterThan(20);
    await page.getByText(`${total} initiatives`).waitFor();
    const table = page.getByRole('table', { name: 'Initiatives' });
    // 25 a page: the first page's rows, and a way to the next.
    expect(await table.getByRole('row').count()).toBe(Math.min(total, 25) + 1);
    await page.getByRole('link', { name: 'Female Offender Strategy' }).waitFor();
    expect(await page.getByText('Showing 1 to').textContent()).toContain(`of ${total}`);
    await page.getByText(/^In progress: \d+$/).waitFor({ state: 'attached' });
    await screenshot(page, 'portfolio');
    await expectNoSeriousA11yViolations(page);
    expect(consoleErrors(page)).toEqual([]);
  });

  it('filters through the URL, so a reload or a shared link shows the same', async () => {
    const page = await app.signedInPage('office');
    await page.locator('#portfolio-count').waitFor();
    const { boards } = await app.server.ok<{ boards: { nodes: { id: string; name: string }[] } }>(
      '{ boards(filter: { text: "LSCSB" }) { nodes { id name } } }',
    );
    const board = boards.nodes[0]!;
    await page.getByRole('checkbox', { name: 'In progress' }).check();
    await page.getByLabel('Board').selectOption({ label: board.name });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(
      (url) =>
        url.searchParams.get('status') === 'IN_PROGRESS' &&
        url.searchParams.get('board') === board.id,
    );
    const expected = await countOf({ status: ['IN_PROGRESS'], boardId: board.id });
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(await countOf({ status: ['IN_PROGRESS'] }));
    const shown = `${expected} ${expected === 1 ? 'initiative' : 'initiatives'}`;
    await page.getByText(shown, { exact: true }).waitFor();
    await page.reload();
    await page.getByText(shown, { exact: true }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'In progress' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Board').inputValue()).toBe(board.id);
  });

  it('downloads the filtered table as CSV a spreadsheet opens as it is', async () => {
    const page = await app.signedInPage('office');
    await page.locator('#portfolio-count').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as CSV' }).click(),
    ]);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFFTitle,Board,Priorities,')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength((await countOf()) + 1);
    // Words and dates, never codes or JSON in a cell.
    expect(text).not.toMatch(/IN_PROGRESS|[[{]"/);
    expect(text).toMatch(/,In progress,\d{4}-\d{2}-\d{2},/);
  });

  it('updates without a reload when someone else changes an initiative', async () => {
    const page = await app.signedInPage('reader');
    await page.getByText('Not started', { exact: false }).first().waitFor();
    const before = await countOf({ status: ['EMBEDDED'] });
    const { initiatives } = await app.server.ok<{ initiatives: { nodes: { id: string }[] } }>(
      '{ initiatives(filter: { status: [IN_PROGRESS] }, first: 1) { nodes { id } } }',
    );
    await app.server.ok(
      'mutation ($id: ID!) { changeInitiativeStatus(input: { initiativeId: $id, status: EMBEDDED }) { version } }',
      { id: initiatives.nodes[0]!.id },
    );
    // The status chart's hidden list says the new count once the page has refreshed itself.
    await page.getByText(`Embedded: ${before + 1}`).waitFor({ state: 'attached' });
    await page.getByText(/^Updated: initiative status changed by/).waitFor();
  });

  it('shows the portfolio as it stood on a business date, with edits off', async () => {
    const page = await app.signedInPage('office');
    await page.locator('#portfolio-count').waitFor();
    await page.getByLabel('As it stood on').fill('2019-01-01');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL((url) => url.searchParams.get('on') === '2019-01-01');
    await page.getByText('as it stood on 1 January 2019').first().waitFor();
    const expected = await countOf({}, '2019-01-01');
    await page.getByText(`${expected} initiatives`, { exact: true }).waitFor();
    expect(expected).toBeLessThan(await countOf());
    expect(await page.getByRole('link', { name: 'Register an initiative' }).count()).toBe(0);
    // Links inside the app keep the date.
    const href = await page.getByRole('link', { name: 'Action log' }).getAttribute('href');
    expect(href).toContain('on=2019-01-01');
  });

  it('shows the 20 initiatives of 19 March 2021, as the papers tell that day', async () => {
    const page = await app.signedInPage('office');
    await page.goto(`${app.url}/?on=2021-03-19`);
    await page.getByText('20 initiatives', { exact: true }).waitFor();
    await page.getByText('as it stood on 19 March 2021').first().waitFor();
    await screenshot(page, 'portfolio-on-date');
    expect(await page.getByRole('link', { name: 'Register an initiative' }).count()).toBe(0);
  });
});
