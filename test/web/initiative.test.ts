import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  consoleErrors,
  expectNoSeriousA11yViolations,
  screenshot,
  startWebApp,
  type WebApp,
} from '../support/browser';

/**
 * The initiative page and the office's initiative forms (issue #13), in a browser on the
 * seeded LLR demo data: what a change records, and what a refused one keeps.
 */
let app: WebApp;
let initiative: { id: string; title: string };

beforeAll(async () => {
  app = await startWebApp();
  const { initiatives } = await app.server.ok<{
    initiatives: { nodes: { id: string; title: string }[] };
  }>('{ initiatives(filter: { text: "Female Offender" }) { nodes { id title } } }');
  initiative = initiatives.nodes[0]!;
}, 120_000);
afterAll(async () => {
  await app?.close();
});

const historyCount = async () =>
  (
    await app.server.ok<{ initiative: { history: { totalCount: number } } }>(
      'query ($id: ID!) { initiative(id: $id) { history { totalCount } } }',
      { id: initiative.id },
    )
  ).initiative.history.totalCount;

describe('the initiative page', () => {
  it('shows every field, then its history newest first, for the office', async () => {
    const page = await app.signedInPage('office');
    await page.getByRole('link', { name: initiative.title }).click();
    await page.getByRole('heading', { level: 1, name: initiative.title }).waitFor();
    for (const term of [
      'Description',
      'Status',
      'Board responsible',
      'Lead organisations',
      'Lead officers',
      'Delivery confidence',
      'Next steps',
      'Decision',
    ])
      await page
        .getByRole('term')
        .filter({ hasText: new RegExp(`^${term}$`) })
        .waitFor();
    const history = page.getByRole('table', { name: /Every change recorded, newest first/ });
    await history.waitFor();
    const rows = history.getByRole('row');
    // The header, the newest (next steps, recorded last by the demo data), ..., the registration.
    expect(await rows.nth(1).textContent()).toContain('Next steps');
    expect(await rows.last().textContent()).toContain('Registered');
    await screenshot(page, 'initiative', true);
    await expectNoSeriousA11yViolations(page);
    expect(consoleErrors(page)).toEqual([]);
  });

  it('shows a reader neither the history nor the edit buttons', async () => {
    const page = await app.signedInPage('reader');
    await page.goto(`${app.url}/initiatives/${initiative.id}`);
    await page.getByRole('heading', { level: 1, name: initiative.title }).waitFor();
    await page.getByRole('heading', { name: 'Milestones' }).waitFor();
    expect(await page.getByRole('heading', { name: 'History' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Change status' }).count()).toBe(0);
  });
});

describe("the office's forms", () => {
  it('says beside each field what is missing, keeps what was typed, then records the change once', async () => {
    const page = await app.signedInPage('office');
    await page.goto(`${app.url}/initiatives/${initiative.id}`);
    await page.getByRole('link', { name: 'Change status' }).click();
    await page.getByRole('heading', { level: 1, name: 'Change the status' }).waitFor();
    // Nothing chosen: the form's own check.
    await page.getByRole('button', { name: 'Change status' }).click();
    await page.locator('#status-error').getByText('Choose the status it moves to').waitFor();
    // Half a date: the form's check, beside the date, with what was typed kept.
    await page.getByRole('radio', { name: 'Closed' }).check();
    const year = page
      .getByRole('group', { name: 'Date it took effect (optional)' })
      .getByLabel('Year');
    await year.fill('2021');
    await page.getByRole('button', { name: 'Change status' }).click();
    await page.locator('#effective-on-error').getByText('Enter a real date').waitFor();
    expect(await year.inputValue()).toBe('2021');
    expect(await page.getByRole('radio', { name: 'Closed' }).isChecked()).toBe(true);
    // Closing without a reason: the server's rule, beside the Reason field.
    await year.fill('');
    await page.getByRole('button', { name: 'Change status' }).click();
    await page
      .locator('#reason-error')
      .getByText(/closing an initiative needs a reason/i)
      .waitFor();
    expect(await page.getByRole('radio', { name: 'Closed' }).isChecked()).toBe(true);
    await screenshot(page, 'form-error');
    await expectNoSeriousA11yViolations(page);

    const before = await historyCount();
    await page.getByLabel('Reason').fill('Work absorbed into the Reducing Reoffending Board');
    // A double click records once.
    await page.getByRole('button', { name: 'Change status' }).dblclick();
    await page.getByRole('alert').getByText('Status changed to Closed').waitFor();
    expect(await historyCount()).toBe(before + 1);
    const newest = page
      .getByRole('table', { name: /Every change recorded/ })
      .getByRole('row')
      .nth(1);
    expect(await newest.textContent()).toContain(
      'Work absorbed into the Reducing Reoffending Board',
    );
    expect(await newest.textContent()).toContain('In progress → Closed');
  });

  it('says someone else changed the record, shows it as it is now, and applies the change again', async () => {
    const { initiatives } = await app.server.ok<{ initiatives: { nodes: { id: string }[] } }>(
      '{ initiatives(filter: { text: "People Zones evaluation" }) { nodes { id } } }',
    );
    const id = initiatives.nodes[0]!.id;
    const page = await app.signedInPage('office');
    await page.goto(`${app.url}/initiatives/${id}/confidence`);
    await page.getByRole('heading', { level: 1, name: 'Set delivery confidence' }).waitFor();
    await page.getByRole('radio', { name: 'Amber', exact: true }).check();
    await page.getByLabel('Why this rating').fill('Evaluation partner still to be appointed');
    // Meanwhile, someone else rates it.
    await app.server.ok(
      'mutation ($id: ID!) { setDeliveryConfidence(input: { initiativeId: $id, confidence: GREEN, comment: "On track" }) { version } }',
      { id },
    );
    await page.getByRole('button', { name: 'Set delivery confidence' }).click();
    const conflict = page
      .getByRole('alert')
      .filter({ hasText: 'Someone else changed this record' });
    await conflict.waitFor();
    await conflict.getByText('On track').waitFor();
    expect(await page.getByLabel('Why this rating').inputValue()).toBe(
      'Evaluation partner still to be appointed',
    );
    await page.getByRole('button', { name: 'Apply my change again' }).click();
    await page.getByRole('alert').getByText('Delivery confidence set to Amber').waitFor();
    const { initiative: after } = await app.server.ok<{
      initiative: { confidence: { rating: string } };
    }>('query ($id: ID!) { initiative(id: $id) { confidence { rating } } }', { id });
    expect(after.confidence.rating).toBe('AMBER');
  });

  it('registers an initiative, which opens on its own page', async () => {
    const page = await app.signedInPage('office');
    await page.getByRole('link', { name: 'Register an initiative' }).click();
    await page.getByRole('heading', { level: 1, name: 'Register an initiative' }).waitFor();
    await page.getByRole('button', { name: 'Register the initiative' }).click();
    // The server names both required fields, each beside its own.
    await page.locator('#title-error').waitFor();
    await page.locator('#owning-board-error').waitFor();
    await page.getByLabel('Title').fill('Serious Violence Duty response');
    await page
      .getByLabel('Board whose portfolio holds it')
      .selectOption({ label: 'Strategic Partnership Board (SPB)' });
    await page.getByRole('button', { name: 'Register the initiative' }).click();
    await page.getByRole('heading', { level: 1, name: 'Serious Violence Duty response' }).waitFor();
    await page
      .getByRole('alert')
      .getByText('Serious Violence Duty response is registered')
      .waitFor();
    expect(consoleErrors(page)).toEqual([]);
  });
});

describe('journeys', () => {
  it("a status change made by keyboard alone tops the history and moves another user's portfolio without a reload", async () => {
    const reader = await app.signedInPage('reader');
    await reader.locator('#portfolio-count').waitFor();
    const embedded = async () =>
      Number(
        /Embedded: (\d+)/.exec((await reader.getByText(/^Embedded: \d+$/).textContent())!)![1],
      );
    const before = await embedded();

    const office = await app.signedInPage('office');
    await office.getByRole('link', { name: 'Trauma Informed Strategy' }).click();
    await office.getByRole('heading', { level: 1, name: 'Trauma Informed Strategy' }).waitFor();
    await office.getByRole('link', { name: 'Change status' }).click();
    await office.getByRole('heading', { level: 1, name: 'Change the status' }).waitFor();
    /** Tabs on until the focus is on what `is` says (at most 40 presses). */
    const tabTo = async (is: (el: Element) => boolean) => {
      for (let i = 0; i < 40; i++) {
        await office.keyboard.press('Tab');
        if (await office.evaluate(is, undefined as never).catch(() => false)) return;
      }
      throw new Error('the element was not reached with Tab');
    };
    await tabTo(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio');
    await office.keyboard.press('Space');
    await tabTo(() => document.activeElement?.id === 'reason');
    await office.keyboard.type('Embedded in the SPB delivery plan, March 2021');
    await tabTo(() => (document.activeElement as HTMLButtonElement | null)?.type === 'submit');
    await office.keyboard.press('Enter');
    await office.getByRole('alert').getByText('Status changed to Embedded').waitFor();
    const newest = office
      .getByRole('table', { name: /Every change recorded/ })
      .getByRole('row')
      .nth(1);
    expect(await newest.textContent()).toContain('In progress → Embedded');
    expect(await newest.textContent()).toContain('test-office');
    expect(await newest.textContent()).toContain('Embedded in the SPB delivery plan, March 2021');

    await reader.getByText(`Embedded: ${before + 1}`).waitFor({ state: 'attached' });
  });

  it('every page of the app has no serious accessibility violation', async () => {
    const page = await app.signedInPage('office');
    const { initiative: found } = await app.server.ok<{ initiative: { decision: { id: string } } }>(
      'query ($id: ID!) { initiative(id: $id) { decision { id } } }',
      { id: initiative.id },
    );
    for (const path of [
      '/initiatives/new',
      `/initiatives/${initiative.id}/confidence`,
      `/initiatives/${initiative.id}/transfer`,
      `/decisions/${found.decision.id}`,
      '/actions',
      '/actions/new',
      '/no-such-page',
    ]) {
      await page.goto(`${app.url}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      if (path === '/actions') {
        await page.getByText(/^\d+ actions?$/).waitFor();
        await screenshot(page, 'action-log');
      }
      await expectNoSeriousA11yViolations(page);
    }
    expect(consoleErrors(page)).toEqual([]);
  });
});
