import { auditServer } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { KEYS, useServer } from './support/server';

/** The GraphQL-over-HTTP conformance audits of the graphql-http package, against the real server. */

const server = useServer();

describe('GraphQL over HTTP', () => {
  it('passes every audit of graphql-http', async () => {
    const results = await auditServer({
      url: `${server.url}/graphql`,
      // Every request carries a reader key, as another system's would.
      fetchFn: (input: RequestInfo | URL, init?: RequestInit) => {
        const headers = new Headers(init?.headers);
        headers.set('authorization', `Bearer ${KEYS.reader}`);
        return fetch(input, { ...init, headers });
      },
    });
    const notOk = results.filter((r) => r.status !== 'ok').map((r) => `${r.status}: ${r.name}`);
    expect(results.length).toBeGreaterThanOrEqual(61);
    expect(notOk).toEqual([]);
  });
});
