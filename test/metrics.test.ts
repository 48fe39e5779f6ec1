import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { openSqliteEventStore } from '@tracker/event-store';
import { describe, expect, it } from 'vitest';
import { operationNames, projectionLag, routeOf, statusClass } from '../services/api/src/metrics';
import { rawEvents } from './support/raw-events';
import { KEYS, postGraphQL, useServer, type TestServer } from './support/server';

/** /metrics over HTTP: its own key or nothing, and figures that count what was done. */

const METRICS_KEY = 'metrics-key-5c1f0e2a9b7d';
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

/** The samples of a scrape, by series (`name{labels}`), e.g. `tracker_ready` or `x{a="b"}`. */
function samples(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    out.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return out;
}

const seriesOf = (scraped: Map<string, number>, name: string) =>
  [...scraped].filter(([series]) => series === name || series.startsWith(`${name}{`));

async function scrape(server: TestServer): Promise<Map<string, number>> {
  const answer = await server.request('/metrics', { headers: bearer(METRICS_KEY) });
  expect(answer.status).toBe(200);
  expect(answer.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return samples(answer.text);
}

const ESTABLISH = /* GraphQL */ `
  mutation EstablishBoard($input: EstablishBoardInput!, $options: CommandOptions) {
    establishBoard(input: $input, options: $options) {
      version
      board {
        id
      }
    }
  }
`;

describe('/metrics without TRACKER_METRICS_KEY', () => {
  const server = useServer();

  it('answers 404, with or without a key', async () => {
    for (const headers of [{}, bearer(KEYS.office), bearer(METRICS_KEY)]) {
      const answer = await server.request('/metrics', { headers });
      expect(answer.status).toBe(404);
      expect(answer.text).not.toMatch(/tracker_|# HELP/);
    }
  });
});

describe('/metrics with TRACKER_METRICS_KEY', () => {
  const server = useServer({ TRACKER_METRICS_KEY: METRICS_KEY });

  it('refuses no key, a wrong key and every API key with a 401 and no metrics', async () => {
    const refused: Record<string, string>[] = [
      {},
      bearer('metrics-key-5c1f0e2a9b7e'),
      { authorization: METRICS_KEY },
      { 'x-api-key': METRICS_KEY },
      ...Object.values(KEYS).map(bearer),
      { 'x-api-key': KEYS.office },
    ];
    for (const headers of refused) {
      const answer = await server.request('/metrics', { headers });
      expect(answer.status, JSON.stringify(headers)).toBe(401);
      expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      expect(answer.text).not.toMatch(/tracker_|process_|# HELP/);
    }
  });

  it('the metrics key opens nothing in GraphQL', async () => {
    const query = await postGraphQL(server.url, '{ boards { totalCount } }', {}, METRICS_KEY);
    expect(query.data ?? undefined).toBeUndefined();
    expect(query.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const before = await server.head();
    const mutation = await postGraphQL(
      server.url,
      ESTABLISH,
      { input: { name: 'Not by the metrics key' } },
      METRICS_KEY,
    );
    expect(mutation.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await server.head()).toBe(before);
  });

  it('counts commands by type and outcome, times appends, operations and commits', async () => {
    const before = await scrape(server);
    const headBefore = await server.head();
    const ok = [];
    for (const name of ['Strategic Partnership Board', 'Violence Reduction Board', 'CSP Board']) {
      ok.push(
        await server.ok<{ establishBoard: { board: { id: string } } }>(ESTABLISH, {
          input: { name },
        }),
      );
    }
    const refused = await server.gql(ESTABLISH, { input: { name: '  ' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const conflict = await server.gql(ESTABLISH, {
      input: { boardId: ok[0]!.establishBoard.board.id, name: 'Strategic Partnership Board' },
      options: { expectedVersion: 7 },
    });
    expect(conflict.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await server.ok('query BoardCount { boards { totalCount } }');
    await server.ok('{ boards { totalCount } }');
    const appended = (await server.head()) - headBefore;
    expect(appended).toBeGreaterThanOrEqual(3);

    const after = await scrape(server);
    const delta = (series: string) => (after.get(series) ?? 0) - (before.get(series) ?? 0);
    expect(delta('tracker_commands_total{command="establishBoard",outcome="ok"}')).toBe(3);
    expect(delta('tracker_commands_total{command="establishBoard",outcome="refused"}')).toBe(1);
    expect(delta('tracker_commands_total{command="establishBoard",outcome="conflict"}')).toBe(1);
    expect(after.get('tracker_commands_total{command="establishBoard",outcome="error"}')).toBe(
      undefined,
    );

    // Only the three accepted commands appended (refusals and conflicts decide nothing).
    expect(delta('tracker_append_duration_seconds_count')).toBe(3);
    expect(delta('tracker_append_duration_seconds_sum')).toBeGreaterThan(0);
    expect(delta('tracker_append_duration_seconds_bucket{le="+Inf"}')).toBe(3);
    // One after the other: each append is a group commit of one.
    expect(delta('tracker_commit_batch_appends_count')).toBe(3);
    expect(delta('tracker_commit_batch_appends_sum')).toBe(3);
    expect(delta('tracker_commit_batch_appends_bucket{le="1"}')).toBe(3);
    expect(delta('tracker_commit_duration_seconds_count')).toBe(3);
    expect(delta('tracker_events_appended_total')).toBe(appended);

    const operation = (name: string, type: string) =>
      `tracker_graphql_operation_duration_seconds_count{operation="${name}",type="${type}"}`;
    expect(delta(operation('EstablishBoard', 'mutation'))).toBe(5);
    expect(delta(operation('BoardCount', 'query'))).toBe(1);
    expect(delta(operation('anonymous', 'query'))).toBeGreaterThanOrEqual(1);
    expect(
      after.get(
        'tracker_graphql_operation_duration_seconds_sum{operation="EstablishBoard",type="mutation"}',
      ),
    ).toBeGreaterThan(0);

    expect(delta('tracker_http_request_duration_seconds_count{route="graphql",status="2xx"}')).toBe(
      7,
    );
    expect(
      after.get('tracker_http_request_duration_seconds_count{route="metrics",status="2xx"}'),
    ).toBeGreaterThanOrEqual(1);
    expect(
      after.get('tracker_http_request_duration_seconds_count{route="metrics",status="4xx"}'),
    ).toBeGreaterThanOrEqual(8);

    expect(after.get('tracker_ready')).toBe(1);
    const lag = seriesOf(after, 'tracker_projection_lag_events');
    expect(lag.length).toBeGreaterThanOrEqual(5);
    for (const [series, value] of lag) expect(value, series).toBe(0);

    // The response cache's lookups are counted, a hit and a miss each labelled.
    expect(after.get('tracker_graphql_cache_lookups_total{result="hit"}')).toBeGreaterThanOrEqual(
      0,
    );
    expect(
      delta('tracker_graphql_cache_lookups_total{result="hit"}') +
        delta('tracker_graphql_cache_lookups_total{result="miss"}'),
    ).toBeGreaterThanOrEqual(1);

    // The process's memory, on this tracker's registry.
    expect(after.get('process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
    expect(after.get('nodejs_heap_size_used_bytes')).toBeGreaterThan(1_000_000);
  });

  it('times answers from the response cache as operations too', async () => {
    const query = 'query CachedBoards { boards { totalCount } }';
    await server.ok(query);
    const before = await scrape(server);
    await server.ok(query);
    await server.ok(query);
    const after = await scrape(server);
    const delta = (series: string) => (after.get(series) ?? 0) - (before.get(series) ?? 0);
    expect(delta('tracker_graphql_cache_lookups_total{result="hit"}')).toBe(2);
    expect(
      delta(
        'tracker_graphql_operation_duration_seconds_count{operation="CachedBoards",type="query"}',
      ),
    ).toBe(2);
  });

  it('shows each read model lagging behind events another process appended, then at 0', async () => {
    const headBefore = await server.head();
    // Another connection to the file: the server sees its appends only when it next polls.
    const other = openSqliteEventStore({ path: path.join(server.dir, 'tracker.db') });
    try {
      const events = rawEvents('MetricsProbeRecorded', 4);
      await other.append(`metrics-probe-${randomUUID()}`, events);
    } finally {
      await other.close();
    }
    const lagging = seriesOf(await scrape(server), 'tracker_projection_lag_events');
    expect(lagging.length).toBeGreaterThanOrEqual(5);
    // Unless the server polled in between, every read model is 4 behind.
    const values = new Set(lagging.map(([, value]) => value));
    expect(values.size).toBe(1);
    expect([0, 4]).toContain([...values][0]);

    await server.tracker.services.runner.waitFor(headBefore + 4);
    const caughtUp = seriesOf(await scrape(server), 'tracker_projection_lag_events');
    expect(caughtUp.map(([, value]) => value)).toEqual(caughtUp.map(() => 0));
  });
});

describe('/metrics against guessing', () => {
  const server = useServer(
    { TRACKER_METRICS_KEY: METRICS_KEY },
    { overrides: { authenticationFailures: { limit: 3, windowMs: 60_000 } } },
  );

  it('refuses an address its wrong keys past the limit, and never the right key', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++) {
      statuses.push(
        (await server.request('/metrics', { headers: bearer(`metrics-guess-${i}-0123456789`) }))
          .status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const refused = await server.request('/metrics', { headers: bearer('metrics-guess-9-01234') });
    expect(refused.text).toMatch(/Too many requests with a wrong metrics key .*3 in 1 minute\)/);
    expect(refused.text).not.toMatch(/tracker_|# HELP/);
    // The right key still opens it from the same address, and no key at all is a 401, not a guess.
    expect((await server.request('/metrics', { headers: bearer(METRICS_KEY) })).status).toBe(200);
    expect((await server.request('/metrics')).status).toBe(401);
  });
});

describe('TRACKER_METRICS_KEY is checked', () => {
  it('refuses a short key, and a key that is also an API key', async () => {
    const { loadConfig } = await import('@tracker/composition');
    expect(() => loadConfig({ TRACKER_METRICS_KEY: 'short' })).toThrow(
      /TRACKER_METRICS_KEY must be at least 16 characters/,
    );
    expect(() => loadConfig({ TRACKER_METRICS_KEY: 'has a space in it, 16+' })).toThrow(
      /without spaces/,
    );
    const { startServer } = await import('./support/server');
    await expect(startServer({ TRACKER_METRICS_KEY: KEYS.reader })).rejects.toThrow(
      /TRACKER_METRICS_KEY is also an API key/,
    );
  });
});

describe('the labels stay few', () => {
  it('operation names: well-formed ones up to the limit, then "other"; none is "anonymous"', () => {
    const name = operationNames(3);
    expect(
      [undefined, '', 'A', 'B', 'A', 'bad-name', 'x'.repeat(65), 'C', 'D', 'B'].map(name),
    ).toEqual(['anonymous', 'anonymous', 'A', 'B', 'A', 'other', 'other', 'C', 'other', 'B']);
  });

  it('routes and status classes are fixed lists; lag never below 0', () => {
    expect(
      [
        ['POST', '/graphql'],
        ['GET', '/graphql/stream'],
        ['GET', '/healthz'],
        ['GET', '/readyz'],
        ['GET', '/metrics'],
        ['GET', '/boards/123'],
        ['DELETE', '/boards/123'],
      ].map(([method, p]) => routeOf(method!, p!)),
    ).toEqual(['graphql', 'graphql', 'healthz', 'readyz', 'metrics', 'web', 'other']);
    expect([200, 304, 401, 503, 999].map(statusClass)).toEqual([
      '2xx',
      '3xx',
      '4xx',
      '5xx',
      'other',
    ]);
    expect(
      projectionLag(
        10,
        new Map([
          ['a', 10],
          ['b', 4],
          ['c', 12],
        ]),
      ),
    ).toEqual([
      ['a', 0],
      ['b', 6],
      ['c', 0],
    ]);
  });
});
