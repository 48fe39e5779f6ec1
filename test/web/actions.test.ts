import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoSeriousA11yViolations, startWebApp, type WebApp } from '../support/browser';

/**
 * The action log page and the office's action forms (issue #13), in a browser on the seeded
 * LLR demo. The demo's LSCSB log (June 2022) gives no due dates, so the office logs one action
 * due in the past first: the log must show it overdue, in words.
 */
let app: WebApp;
let lscsb: { id: string; name: string };

const PAST_DUE = 'Circulate the refreshed terms of reference to partners';

beforeAll(async () => {
  app = await startWebApp();
  const { boards } = await app.server.ok<{ boards: { nodes: { id: string; name: string }[] } }>(
    `{ boards(first: 50) { nodes { id name } } }`,
  );
  lscsb = boards.nodes.find((b) => b.name.includes('(LSCSB)'))!;
  await app.server.ok(
    `mutation ($input: LogActionInput!) { logAction(input: $input) { version } }`,
    {
      input: {
        boardId: lscsb.id,
        raisedOn: '2023-01-10',
        action: PAST_DUE,
        responsibleOfficers: ['Rik Basra'],
        dueOn: '2023-02-28',
      },
    },
  );
}, 120_000);

afterAll(async () => {
  await app?.close();
});

/** With SCREENSHOTS=<dir>, a full-page picture of what the test sees, to look at. */
const shot = async (page: Page, name: string) => {
  if (process.env['SCREENSHOTS'])
    await page.screenshot({ path: `${process.env['SCREENSHOTS']}/${name}.png`, fullPage: true });
};

const rowOf = (page: Page, text: string) => page.getByRole('row').filter({ hasText: text });
const countOf = async (page: Page) =>
  Number((await page.getByText(/^\d+ actions?$/).textContent())!.split(' ')[0]);

describe('the action log', () => {
  it("lists each board's actions, an overdue one marked in words", async () => {
    const page = await app.signedInPage('reader');
    await page.goto(`${app.url}/actions`);
    await page.getByRole('heading', { level: 1, name: 'Action log' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    const table = page.getByRole('table', { name: lscsb.name });
    await table.waitFor();
    // The June 2022 log: 1-5 and 7-9, and the one logged above.
    await page.getByText('9 actions').waitFor();
    await rowOf(page, 'Arrange for LSCSB members to attend Glen Parva Prison site visit').waitFor();
    const glenParva = rowOf(page, 'Glen Parva Prison');
    expect(await glenParva.textContent()).toContain('Nick Dann');
    expect(await glenParva.textContent()).toContain('Amber');
    const overdue = rowOf(page, PAST_DUE);
    expect(await overdue.textContent()).toContain('28 February 2023');
    expect(await overdue.getByText('Overdue', { exact: true }).count()).toBe(1);
    expect(await glenParva.getByText('Overdue', { exact: true }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page);
    // A reader sees no edit controls.
    expect(await page.getByRole('link', { name: /^Update/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /^Close/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Log an action' }).count()).toBe(0);
    await page.context().close();
  });

  it('filters through the URL, and a reload keeps them', async () => {
    const page = await app.signedInPage('reader');
    await page.goto(`${app.url}/actions`);
    await page.getByText('9 actions').waitFor();
    await page.getByLabel('Overdue only').check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('1 action', { exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('overdue')).toBe('1');
    await rowOf(page, PAST_DUE).waitFor();

    await page.goto(`${app.url}/actions?q=glen+parva`);
    await page.getByText('1 action', { exact: true }).waitFor();
    await page.reload();
    await page.getByText('1 action', { exact: true }).waitFor();
    await rowOf(page, 'Glen Parva').waitFor();
    expect(await page.getByLabel('Text').inputValue()).toBe('glen parva');
    await page.context().close();
  });
});

describe("the office's action forms", () => {
  it('logs an action, which then appears on the log with a success banner', async () => {
    const page = await app.signedInPage('office');
    await page.goto(`${app.url}/actions`);
    await page.getByRole('link', { name: 'Log an action' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log an action' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel('Board').selectOption({ label: lscsb.name });
    await page.getByLabel('Action', { exact: true }).fill('Report on the summer ASB plan');
    await page.getByLabel('Responsible officers').fill('Charlotte Keedwell\nRik Basra');
    await page.getByRole('button', { name: 'Log the action' }).click();
    await page.waitForURL(`${app.url}/actions`);
    await page
      .getByRole('alert')
      .getByText(/Action 11 is on the log of/)
      .waitFor();
    const row = rowOf(page, 'Report on the summer ASB plan');
    await row.waitFor();
    expect(await row.textContent()).toContain('Charlotte Keedwell');
    expect(await countOf(page)).toBe(10); // numbers 1-5, 7-11
    await page.context().close();
  });

  it('keeps what was typed and says beside the field what is missing', async () => {
    const page = await app.signedInPage('office');
    await page.goto(`${app.url}/actions/new`);
    await page.getByLabel('Board').selectOption({ label: lscsb.name });
    await page.getByLabel('Responsible officers').fill('Joshna Mavji');
    await page.getByRole('button', { name: 'Log the action' }).click();
    const field = page.getByLabel('Action', { exact: true });
    // The message is the field's description, and the summary links to it.
    await expect.poll(() => field.getAttribute('aria-describedby')).toContain('action-error');
    expect(await page.locator('#action-error').textContent()).toContain('Enter the action');
    await page.getByRole('link', { name: 'Enter the action' }).waitFor();
    expect(await page.getByLabel('Responsible officers').inputValue()).toBe('Joshna Mavji');
    expect(await page.getByLabel('Board').inputValue()).toBe(lscsb.id);
    await shot(page, 'log-action-missing-field');
    await expectNoSeriousA11yViolations(page);

    // A refusal by the server (BAD_USER_INPUT) lands beside its field the same way.
    await field.fill('Arrange a briefing');
    await page.getByLabel('Responsible officers').fill('x'.repeat(201));
    await page.getByRole('button', { name: 'Log the action' }).click();
    await expect
      .poll(() => page.getByLabel('Responsible officers').getAttribute('aria-describedby'))
      .toContain('responsible-officers-error');
    expect(await page.locator('#responsible-officers-error').textContent()).toContain(
      'at most 200 characters',
    );
    expect(await field.inputValue()).toBe('Arrange a briefing');
    await page.context().close();
  });

  it('updates the RAG rating with a comment, then closes the action', async () => {
    const page = await app.signedInPage('office');
    await page.goto(`${app.url}/actions`);
    const row = rowOf(page, 'Further presentation from Warning Zone');
    await row.getByRole('link', { name: /^Update/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Update action 3' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel('Green').check();
    await page.getByLabel('Comment (optional)').fill('Presentation booked for September');
    await page.getByRole('button', { name: 'Update the action' }).click();
    await page.waitForURL(`${app.url}/actions`);
    await page.getByRole('alert').getByText('Action 3 updated').waitFor();
    expect(await rowOf(page, 'Warning Zone').textContent()).toContain('Green');

    await rowOf(page, 'Warning Zone')
      .getByRole('link', { name: /^Close/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Close action 3' }).waitFor();
    await page.getByRole('button', { name: 'Close the action' }).click();
    await page.waitForURL(`${app.url}/actions`);
    await page.getByRole('alert').getByText('Action 3 is closed').waitFor();
    expect(await rowOf(page, 'Warning Zone').textContent()).toContain('Complete');
    // Closed: nothing left to change on it.
    expect(await rowOf(page, 'Warning Zone').getByRole('link').count()).toBe(0);
    await page.context().close();
  });

  it("says someone else changed the log and applies the change again on the log's new version", async () => {
    const page = await app.signedInPage('office');
    const { actions } = await app.server.ok<{ actions: { nodes: { id: string }[] } }>(
      `query ($f: ActionFilter) { actions(filter: $f) { nodes { id } } }`,
      { f: { text: 'Glen Parva' } },
    );
    await page.goto(`${app.url}/actions/${actions.nodes[0]!.id}/update`);
    await page.getByRole('heading', { level: 1, name: 'Update action 2' }).waitFor();
    // Meanwhile, another clerk comments on the same board's log.
    await app.server.ok(
      `mutation ($i: CommentOnActionInput!) { commentOnAction(input: $i) { version } }`,
      { i: { boardId: lscsb.id, number: 2, comment: 'Visit moved to the autumn' } },
    );
    await page.getByLabel('Red').check();
    await page.getByRole('button', { name: 'Update the action' }).click();
    await page.getByText('Someone else changed this record').waitFor();
    await page
      .getByText(/Latest comment, .*: Visit moved to the autumn/)
      .first()
      .waitFor();
    expect(await page.getByLabel('Red').isChecked()).toBe(true);
    await shot(page, 'update-action-conflict');
    await page.getByRole('button', { name: 'Apply my change again' }).click();
    await page.waitForURL(`${app.url}/actions`);
    expect(await rowOf(page, 'Glen Parva').textContent()).toContain('Red');
    await page.context().close();
  });
});
