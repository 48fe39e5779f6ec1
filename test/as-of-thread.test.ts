import { describe, expect, it } from 'vitest';
import { rawEvents } from './support/raw-events';
import { useServer, type TestServer } from './support/server';

/**
 * Operations about the past are answered on a thread of their own with a capped heap
 * (services/api/src/as-of-thread.ts): the same answers as on the main thread, counted in
 * /metrics, and an operation that needs more than the cap is refused with RESOURCE_LIMIT
 * while the server, and the next operation about the past, go on.
 */

const METRICS_KEY = 'metrics-key-as-of-thread-0001';

const PORTFOLIO_AS_OF = /* GraphQL */ `
  query ($at: Position!) {
    initiatives(asOfPosition: $at, first: 100) {
      totalCount
      nodes {
        id
        title
        status
        statusHistory {
          to
          on
        }
        board {
          name
        }
        priorities {
          title
        }
        history(first: 5) {
          totalCount
          nodes {
            eventType
            actor
          }
        }
      }
    }
    boards(asOfPosition: $at) {
      totalCount
    }
  }
`;

async function asOfOutcomes(server: TestServer): Promise<Record<string, number>> {
  const answer = await server.request('/metrics', {
    headers: { authorization: `Bearer ${METRICS_KEY}` },
  });
  expect(answer.status).toBe(200);
  const outcomes: Record<string, number> = {};
  for (const [, outcome, n] of answer.text.matchAll(
    /^tracker_as_of_thread_operations_total\{outcome="(\w+)"\} (\d+)$/gm,
  )) {
    outcomes[outcome!] = Number(n);
  }
  return outcomes;
}

/** tracker_as_of_thread_heap_bytes, by heap (used, total). */
async function asOfHeap(server: TestServer): Promise<Record<string, number>> {
  const answer = await server.request('/metrics', {
    headers: { authorization: `Bearer ${METRICS_KEY}` },
  });
  const heap: Record<string, number> = {};
  for (const [, which, bytes] of answer.text.matchAll(
    /^tracker_as_of_thread_heap_bytes\{heap="(\w+)"\} (\d+)$/gm,
  )) {
    heap[which!] = Number(bytes);
  }
  return heap;
}

describe('the as-of thread', () => {
  const threaded = useServer({ TRACKER_SEED: 'on', TRACKER_METRICS_KEY: METRICS_KEY });
  const onMain = useServer({ TRACKER_SEED: 'on', TRACKER_AS_OF_HEAP_MB: '0' });

  it('answers as the main thread does, at every tenth position of the demo log', async () => {
    const head = await threaded.head();
    expect(head).toBe(await onMain.head());
    for (let at = 1; at <= head; at += Math.ceil(head / 10)) {
      const there = await threaded.gql(PORTFOLIO_AS_OF, { at });
      const here = await onMain.gql(PORTFOLIO_AS_OF, { at });
      expect(there.errors, `position ${at}`).toBeUndefined();
      expect(there.data, `position ${at}`).toEqual(here.data);
    }
    const last = await threaded.ok<{ initiatives: { totalCount: number } }>(PORTFOLIO_AS_OF, {
      at: head,
    });
    expect(last.initiatives.totalCount).toBeGreaterThan(10);
    expect((await asOfOutcomes(threaded)).answered).toBeGreaterThanOrEqual(11);
  });

  it('shows its heap on /metrics after it has answered, within TRACKER_AS_OF_HEAP_MB', async () => {
    await threaded.ok(PORTFOLIO_AS_OF, { at: await threaded.head() });
    const { used, total } = await asOfHeap(threaded);
    expect(used).toBeGreaterThan(1_000_000);
    expect(total).toBeGreaterThanOrEqual(used!);
    expect(total).toBeLessThan(512 * 2 ** 20);
  });

  it('keeps refusals as refusals: a reader asking for recorded history', async () => {
    const before = await asOfOutcomes(threaded);
    const refused = await threaded.gql(
      'query ($at: Position!) { boards(asOfPosition: $at) { totalCount } }',
      { at: 5 },
      'reader',
    );
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Refused before the thread is asked.
    expect(await asOfOutcomes(threaded)).toEqual(before);
  });
});

describe('an operation about the past that needs more than TRACKER_AS_OF_HEAP_MB', () => {
  const server = useServer({ TRACKER_METRICS_KEY: METRICS_KEY, TRACKER_AS_OF_HEAP_MB: '64' });
  const ESTABLISH = /* GraphQL */ `
    mutation ($input: EstablishBoardInput!) {
      establishBoard(input: $input) {
        board {
          id
        }
      }
    }
  `;

  it('is refused with RESOURCE_LIMIT, and the server and the next one go on', async () => {
    // No thread before the first operation about the past: nothing on its heap.
    expect(await asOfHeap(server)).toEqual({ used: 0, total: 0 });
    await server.ok(ESTABLISH, { input: { name: 'Strategic Partnership Board' } });
    const early = await server.head();
    // 40,000 events of 4 KB after the only snapshot: an as-of read at the head holds them all.
    const padding = 'x'.repeat(4_000);
    for (let batch = 0; batch < 80; batch++) {
      await server.tracker.services.store.append(
        `padding-${batch}`,
        rawEvents('PaddingRecorded', 500, { padding }),
      );
    }
    const head = await server.head();
    const BOARDS = 'query ($at: Position!) { boards(asOfPosition: $at) { totalCount } }';

    const tooBig = await server.gql(BOARDS, { at: head });
    expect(tooBig.data ?? null).toBeNull();
    expect(tooBig.errors).toHaveLength(1);
    expect(tooBig.errors![0]!.extensions?.code).toBe('RESOURCE_LIMIT');
    expect(tooBig.errors![0]!.message).toMatch(/more than the 64 MiB .*TRACKER_AS_OF_HEAP_MB/);

    // The present is answered on the main thread meanwhile and after.
    expect(await server.ok('{ boards { totalCount } }')).toEqual({ boards: { totalCount: 1 } });
    // The next operation about the past gets a new thread.
    expect(await server.ok(BOARDS, { at: early })).toEqual({ boards: { totalCount: 1 } });
    expect(await asOfOutcomes(server)).toEqual({ answered: 1, resource_limit: 1, fault: 0 });
    // The new thread's heap, not the one that ran out.
    const { used, total } = await asOfHeap(server);
    expect(used).toBeGreaterThan(0);
    expect(total).toBeGreaterThanOrEqual(used!);
  }, 120_000);
});

describe('TRACKER_AS_OF_HEAP_MB is checked', () => {
  it('takes 0 or a whole number of 64 MiB or more, and says what to give otherwise', async () => {
    const { loadConfig } = await import('@tracker/composition');
    expect(loadConfig({}).asOfHeapMb).toBe(512);
    expect(loadConfig({ TRACKER_AS_OF_HEAP_MB: '0' }).asOfHeapMb).toBe(0);
    expect(loadConfig({ TRACKER_AS_OF_HEAP_MB: '1024' }).asOfHeapMb).toBe(1024);
    expect(() => loadConfig({ TRACKER_AS_OF_HEAP_MB: '32' })).toThrow(
      /TRACKER_AS_OF_HEAP_MB must be 64 or more .*or 0 to answer on the main thread/,
    );
    for (const bad of ['lots', '256.5']) {
      expect(() => loadConfig({ TRACKER_AS_OF_HEAP_MB: bad })).toThrow(
        /TRACKER_AS_OF_HEAP_MB must be a whole number of MiB \(e\.g\. 512\), or 0/,
      );
    }
  });
});
