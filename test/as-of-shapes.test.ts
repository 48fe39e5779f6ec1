import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { establishBoard } from './support/portfolio-setup';
import { useServer, type RoleName } from './support/server';

/**
 * A point in the past (asOf, asOfPosition, onDate) is read from the top-level field wherever
 * it stands in the operation: behind aliases, inline fragments with and without a type,
 * named fragments, @include, given as a literal or a variable. Generated operation shapes
 * over HTTP: every one answers from the past (or is refused to a reader), never today's data
 * under a past label; a field execution skips asks for nothing.
 *
 * Three boards: the first established in 2016 (position `first`), the second about 2021, the
 * third recorded last but about 2016. So the past by position or recorded time holds one
 * board, 1 January 2017 by business date two, and today three. Beside the past field, every
 * operation asks `now: boards { totalCount }`: the past answers it too, or today when skipped.
 */

const server = useServer();
let firstPosition: number;
let firstRecordedAt: string;

const PAST = 1;
const ON_DATE = '2017-01-01';
const ON_DATE_COUNT = 2;
const NOW = 3;

beforeAll(async () => {
  await establishBoard(server, 'Strategic Partnership Board', null, '2016-12-08');
  for await (const event of server.tracker.services.store.readAll()) {
    firstPosition = event.position;
    firstRecordedAt = event.recordedAt;
  }
  await new Promise((resolve) => setTimeout(resolve, 5));
  await establishBoard(server, 'Vulnerability Executive', null, '2021-03-19');
  await establishBoard(server, 'Community Safety Partnership', null, '2016-12-01');
});

type Wrapper = 'inline' | 'untyped' | 'named' | 'include';
type Point = 'asOf' | 'asOfPosition' | 'onDate';

interface Shape {
  point: Point;
  variable: boolean;
  alias: boolean;
  /** Innermost first. */
  wrappers: Wrapper[];
  /** The whole past field is skipped by @skip(if: true). */
  skipped: boolean;
  role: RoleName;
}

const valueOf = (point: Point) =>
  point === 'asOf' ? firstRecordedAt : point === 'asOfPosition' ? firstPosition : ON_DATE;
const typeOf = { asOf: 'DateTime', asOfPosition: 'Position', onDate: 'Date' } as const;

/** The operation for a shape; its past field answers under `past`'s key, beside `now`. */
function operationOf(shape: Shape): { query: string; variables: Record<string, unknown> } {
  const value = valueOf(shape.point);
  const argument = shape.variable ? '$point' : JSON.stringify(value);
  let selection = `${shape.alias ? 'past: ' : ''}boards(${shape.point}: ${argument}) { totalCount }`;
  const fragments: string[] = [];
  shape.wrappers.forEach((wrapper, i) => {
    if (wrapper === 'inline') selection = `... on Query { ${selection} }`;
    if (wrapper === 'untyped') selection = `... { ${selection} }`;
    if (wrapper === 'include') selection = `... @include(if: true) { ${selection} }`;
    if (wrapper === 'named') {
      fragments.push(`fragment F${i} on Query { ${selection} }`);
      selection = `...F${i}`;
    }
  });
  if (shape.skipped) selection = `... @skip(if: true) { ${selection} }`;
  const header = shape.variable ? `query ($point: ${typeOf[shape.point]})` : 'query';
  return {
    query: `${header} { now: boards { totalCount } ${selection} }\n${fragments.join('\n')}`,
    variables: shape.variable ? { point: value } : {},
  };
}

const shapes = fc.record<Shape>({
  point: fc.constantFrom('asOf', 'asOfPosition', 'onDate'),
  variable: fc.boolean(),
  alias: fc.boolean(),
  wrappers: fc.array(fc.constantFrom('inline', 'untyped', 'named', 'include'), { maxLength: 4 }),
  skipped: fc.boolean(),
  role: fc.constantFrom('office', 'auditor', 'reader'),
});

describe('a point in the past, wherever the field stands', () => {
  it('answers from that point, refuses it to readers for recorded history, and ignores skipped fields', async () => {
    await fc.assert(
      fc.asyncProperty(shapes, async (shape) => {
        const { query, variables } = operationOf(shape);
        const result = await server.gql<Record<string, { totalCount: number }>>(
          query,
          variables,
          shape.role,
        );
        const key = shape.alias ? 'past' : 'boards';
        if (shape.skipped) {
          // Execution runs no past field: the operation is about today.
          expect(result.errors, query).toBeUndefined();
          expect(result.data?.[key], query).toBeUndefined();
          expect(result.data?.['now']?.totalCount, query).toBe(NOW);
          return;
        }
        if (shape.role === 'reader' && shape.point !== 'onDate') {
          expect(result.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
          expect(result.data ?? null, query).toBeNull();
          return;
        }
        expect(result.errors, query).toBeUndefined();
        // The whole operation answers from the one point, the field beside it too.
        const expected = shape.point === 'onDate' ? ON_DATE_COUNT : PAST;
        expect(result.data?.[key]?.totalCount, query).toBe(expected);
        expect(result.data?.['now']?.totalCount, query).toBe(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses two different points however the fields are wrapped', async () => {
    await fc.assert(
      fc.asyncProperty(shapes, shapes, async (a, b) => {
        fc.pre(valueOf(a.point) !== valueOf(b.point));
        const one = operationOf({ ...a, skipped: false, variable: false, alias: true });
        const other = operationOf({ ...b, skipped: false, variable: false, alias: false });
        // Both operations' fragments are numbered from 0: the second's are renamed.
        const renamed = (text: string) => text.replace(/F(\d)/g, 'G$1');
        const selections = (q: string) => q.slice(q.indexOf('{') + 1, q.lastIndexOf('}'));
        const [body, ...fragments] = one.query.split('\n');
        const [otherBody, ...otherFragments] = renamed(other.query).split('\n');
        const query = [
          `query { ${selections(body!)} ${selections(otherBody!).replace('now:', 'also:')} }`,
          ...fragments,
          ...otherFragments,
        ].join('\n');
        const result = await server.gql(query, {}, 'auditor');
        expect(result.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.message, query).toMatch(/one point in the past/);
      }),
      { numRuns: 40 },
    );
  });

  it('refuses one field given two points, naming them', async () => {
    const result = await server.gql(
      `{ ... on Query { boards(asOfPosition: 1, onDate: "2017-01-01") { totalCount } } }`,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(
      /give one of asOf .*, asOfPosition .* or onDate .*, not asOfPosition and onDate together/,
    );
  });
});
