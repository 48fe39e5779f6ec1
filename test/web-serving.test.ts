import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, useServer } from './support/server';
import { ensureWebAppBuilt } from './support/web-build';

/**
 * The API server serves the built web app (services/web/dist) at `/`, as `npm start` does:
 * over HTTP, without a browser. The app's own pages are tested in the browser (test/web).
 */
const dist = path.resolve(import.meta.dirname, '../services/web/dist');

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
  "form-action 'self'; frame-ancestors 'none'";

const html = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

function expectPageHeaders(response: Response) {
  expect(response.headers.get('content-security-policy')).toBe(CSP);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
}

describe('the web app served by the API server', () => {
  let index: string;
  beforeAll(() => {
    ensureWebAppBuilt();
    index = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  });
  // Started once the app is built.
  const server = useServer();

  it('answers / with the built index.html, never cached, under the Content-Security-Policy', async () => {
    const response = await fetch(`${server.url}/`, { headers: html });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expectPageHeaders(response);
    expect(await response.text()).toBe(index);
  });

  it('serves the hashed assets index.html names as immutable for a year', async () => {
    const assets = [...index.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      const response = await fetch(`${server.url}${asset}`);
      expect(response.status, asset).toBe(200);
      expect(response.headers.get('cache-control'), asset).toBe(
        'public, max-age=31536000, immutable',
      );
      expect(response.headers.get('x-content-type-options'), asset).toBe('nosniff');
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.equals(fs.readFileSync(path.join(dist, asset))), asset).toBe(true);
    }
  });

  it('answers a deep link with index.html, so a reload opens the page the router shows', async () => {
    for (const link of ['/initiatives/x', '/initiatives/x/status', '/actions', '/sign-in']) {
      const response = await fetch(`${server.url}${link}`, { headers: html });
      expect(response.status, link).toBe(200);
      expect(response.headers.get('cache-control'), link).toBe('no-cache');
      expectPageHeaders(response);
      expect(await response.text(), link).toBe(index);
    }
  });

  it('answers 404 for an asset the build lacks, a file name, and a request that will not take HTML', async () => {
    for (const missing of ['/assets/missing.js', '/assets/', '/favicon.ico']) {
      const response = await fetch(`${server.url}${missing}`, { headers: html });
      expect(response.status, missing).toBe(404);
      expect(await response.text(), missing).not.toBe(index);
    }
    const json = await fetch(`${server.url}/initiatives/x`, {
      headers: { accept: 'application/json' },
    });
    expect(json.status).toBe(404);
  });

  it('puts no key in any page: not in the app, the sign-in page or GraphiQL', async () => {
    for (const page of ['/', '/sign-in', '/graphql']) {
      const response = await fetch(`${server.url}${page}`, { headers: html });
      expect(response.status, page).toBe(200);
      const body = await response.text();
      for (const key of Object.values(KEYS)) expect(body, page).not.toContain(key);
    }
    for (const asset of [...index.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)]) {
      const body = await (await fetch(`${server.url}${asset[1]}`)).text();
      for (const key of Object.values(KEYS)) expect(body, asset[1]).not.toContain(key);
    }
  });

  it('leaves /graphql to GraphQL (GraphiQL for a browser) and the health checks to themselves', async () => {
    const graphiql = await fetch(`${server.url}/graphql`, { headers: html });
    expect(graphiql.status).toBe(200);
    const page = await graphiql.text();
    expect(page).not.toBe(index);
    expect(page).toMatch(/graphiql/i);
    expect(await server.ok('{ __typename }')).toEqual({ __typename: 'Query' });
    const health = await fetch(`${server.url}/healthz`, { headers: html });
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/readyz`, { headers: html });
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });
});

describe('the server without a build of the web app', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-no-web-'));
  const server = useServer({}, { overrides: { webDist: path.join(dir, 'dist') } });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('answers / and deep links 503, saying how to build it, and still answers GraphQL', async () => {
    for (const page of ['/', '/initiatives/x']) {
      const response = await fetch(`${server.url}${page}`, { headers: html });
      expect(response.status, page).toBe(503);
      expect(response.headers.get('cache-control'), page).toBe('no-cache');
      expect(await response.text(), page).toMatch(/npm run setup.*npm run build:web/);
    }
    const response = await server.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEYS.office}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.body).toEqual({ data: { __typename: 'Query' } });
  });
});
