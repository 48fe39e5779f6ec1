import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleErrors, startWebApp, type WebApp } from '../support/browser';

/**
 * The browser harness itself: Chromium starts, the seeded server serves the built app, and
 * a page of it loads under the server's Content-Security-Policy with nothing in the console
 * (a CSP refusal is logged as an error there). The app's pages are tested beside this file.
 */
describe('the browser harness', () => {
  let web: WebApp;

  beforeAll(async () => {
    web = await startWebApp();
  });
  afterAll(() => web?.close());

  it('opens / in Chromium with the app loaded and no console errors', async () => {
    const page = await web.newPage();
    const response = await page.goto(`${web.url}/`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForLoadState('load');
    // The app's script ran: React has put something in its root.
    await page.locator('#root > *').first().waitFor();
    // The app names the page it shows (signed out: the sign-in page) before the service.
    expect(await page.title()).toMatch(/Partnership Tracker$/);
    expect(consoleErrors(page)).toEqual([]);
  });

  it('signs in through the sign-in link without console errors', async () => {
    const page = await web.signedInPage('office');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(new URL(page.url()).hash).toBe('');
    await expect(page.getByRole('banner').textContent()).resolves.toMatch(/Signed in as/);
    expect(consoleErrors(page)).toEqual([]);
  });
});
