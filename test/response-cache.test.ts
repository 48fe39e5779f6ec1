import { describe, expect, it } from 'vitest';
import { establishBoard } from './support/portfolio-setup';
import { KEYS, useServer } from './support/server';

/**
 * Cached answers (services/api/src/response-cache.ts), through HTTP: a repeated query is
 * served from the cache with the same body; an event moves the read-model position, so the
 * next query misses and sees it; roles, and actors where the answer names them, never share
 * an answer; errors are never cached; as-of answers are the past's.
 */

const OTHER_READER = 'test-other-reader-key-0123456789';
const lookups = { hits: 0, misses: 0 };
const server = useServer(
  {
    TRACKER_API_KEYS: [
      ...Object.entries(KEYS).map(([role, key]) => `${key}=test-${role}:${role}`),
      `${OTHER_READER}=other-system:reader`,
    ].join(','),
  },
  {
    overrides: {
      responseCache: { onLookup: (hit) => void (hit ? lookups.hits++ : lookups.misses++) },
    },
  },
);

/** Posts a query with a key; answers the cache header and the body exactly as sent. */
async function ask(query: string, key: string = KEYS.office, variables?: object) {
  const answer = await server.request('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      authorization: `Bearer ${key}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  return { cache: answer.headers.get('x-response-cache'), text: answer.text, body: answer.body };
}

const BOARDS = '{ boards { totalCount nodes { id name } } }';

describe('the response cache', () => {
  it('answers a repeated query from the cache, with the same body', async () => {
    await establishBoard(server, 'Strategic Partnership Board');
    const before = { ...lookups };
    const first = await ask(BOARDS);
    const second = await ask(BOARDS);
    expect(first.cache).toBe('miss');
    expect(second.cache).toBe('hit');
    expect(second.text).toBe(first.text);
    expect(lookups).toEqual({ hits: before.hits + 1, misses: before.misses + 1 });
    expect(first.body.data).toMatchObject({ boards: { totalCount: 1 } });
  });

  it('misses after a mutation, and the answer holds its write', async () => {
    await ask(BOARDS);
    expect((await ask(BOARDS)).cache).toBe('hit');
    await establishBoard(server, 'Executive');
    const after = await ask(BOARDS);
    expect(after.cache).toBe('miss');
    expect(after.body.data).toMatchObject({ boards: { totalCount: 2 } });
    expect((await ask(BOARDS)).text).toBe(after.text);
  });

  it('never answers a mutation from the cache', async () => {
    const mutation = `mutation { establishBoard(input: { name: "Twice" }) { board { id } } }`;
    const first = await ask(mutation);
    const second = await ask(mutation);
    expect(first.cache).toBeNull();
    expect(second.cache).toBeNull();
    expect(second.body.errors).toBeUndefined();
    expect(second.text).not.toBe(first.text);
  });

  it('keeps roles apart where their answers differ, and actors where the answer names them', async () => {
    const history = '{ boards(first: 1) { nodes { name history { totalCount } } } }';
    const office = await ask(history);
    expect(office.body.errors).toBeUndefined();
    expect((await ask(history)).cache).toBe('hit');
    const reader = await ask(history, KEYS.reader);
    expect(reader.cache).not.toBe('hit');
    expect(reader.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const viewer = '{ viewer { actor role } }';
    expect((await ask(viewer, KEYS.reader)).body.data).toEqual({
      viewer: { actor: 'test-reader', role: 'READER' },
    });
    expect((await ask(viewer, KEYS.reader)).cache).toBe('hit');
    const other = await ask(viewer, OTHER_READER);
    expect(other.cache).toBe('miss');
    expect(other.body.data).toEqual({ viewer: { actor: 'other-system', role: 'READER' } });
    expect((await ask(viewer)).body.data).toEqual({
      viewer: { actor: 'test-office', role: 'OFFICE' },
    });

    // Without `viewer`, two reader systems share one answer.
    const first = await ask(BOARDS, KEYS.reader);
    const shared = await ask(BOARDS, OTHER_READER);
    expect(shared.cache).toBe('hit');
    expect(shared.text).toBe(first.text);
  });

  it('does not cache an error answer, nor answer a caller without a working key', async () => {
    const refused = '{ boards(first: 1) { nodes { history { totalCount } } } }';
    await ask(refused, KEYS.reader);
    const again = await ask(refused, KEYS.reader);
    expect(again.cache).not.toBe('hit');
    expect(again.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await ask(BOARDS);
    const unknown = await ask(BOARDS, 'not-a-key-of-this-server-0123');
    expect(unknown.cache).toBeNull();
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('never caches the integrity check, which reads the store and not the read models', async () => {
    const check = '{ integrity { ok checked } }';
    expect((await ask(check)).body.errors).toBeUndefined();
    expect((await ask(check)).cache).toBe('miss');
  });

  it('answers an as-of query with the past, cached under its own key', async () => {
    const position = await server.head();
    await establishBoard(server, 'Later board');
    const past = `query ($at: Position) { boards(asOfPosition: $at) { totalCount } }`;
    const now = await ask('{ boards { totalCount } }');
    const then = await ask(past, KEYS.office, { at: position });
    const count = (answer: typeof now) =>
      (answer.body.data as { boards: { totalCount: number } }).boards.totalCount;
    expect(count(then)).toBe(count(now) - 1);
    const again = await ask(past, KEYS.office, { at: position });
    expect(again.cache).toBe('hit');
    expect(count(again)).toBe(count(then));
    expect(count(await ask(past, KEYS.office, { at: position + 1 }))).toBe(count(now));
  });

  it('lets no browser or proxy keep an answer: a GET after a change sees it', async () => {
    const get = () =>
      server.request(`/graphql?query=${encodeURIComponent(BOARDS)}`, {
        headers: {
          accept: 'application/graphql-response+json',
          authorization: `Bearer ${KEYS.office}`,
        },
      });
    await get();
    const cached = await get();
    expect(cached.headers.get('x-response-cache')).toBe('hit');
    // No validator a browser could keep the answer by, and an order not to store it.
    expect(cached.headers.get('cache-control')).toBe('private, no-store');
    expect(cached.headers.get('etag')).toBeNull();
    expect(cached.headers.get('last-modified')).toBeNull();
    const count = (cached.body as { data: { boards: { totalCount: number } } }).data.boards
      .totalCount;
    await establishBoard(server, `Board ${count + 1}`);
    const after = await get();
    expect(after.headers.get('x-response-cache')).toBe('miss');
    expect(after.body).toMatchObject({ data: { boards: { totalCount: count + 1 } } });
  });
});
