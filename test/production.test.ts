import { describe, expect, it } from 'vitest';
import { useServer } from './support/server';

/** NODE_ENV=production: no GraphiQL, and the schema described only to office and auditor keys. */

const server = useServer({ NODE_ENV: 'production' });

const INTROSPECT = '{ __schema { queryType { name } } }';

describe('in production', () => {
  it('refuses introspection to reader keys and to requests without a key', async () => {
    for (const as of ['reader', null] as const) {
      const result = await server.gql(INTROSPECT, {}, as);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.message).toMatch(/introspection has been disabled/);
    }
  });

  it('describes the schema to office and auditor keys', async () => {
    for (const as of ['office', 'auditor'] as const) {
      expect(await server.ok(INTROSPECT, {}, as)).toEqual({
        __schema: { queryType: { name: 'Query' } },
      });
    }
  });

  it('still answers reader keys’ queries', async () => {
    expect(await server.ok('{ boards { totalCount } }', {}, 'reader')).toEqual({
      boards: { totalCount: 0 },
    });
  });

  it('serves no GraphiQL page', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toMatch(/graphiql/i);
  });
});
