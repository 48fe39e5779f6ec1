import { randomUUID } from 'node:crypto';
import { typeDefs } from '@tracker/schema';
import fc from 'fast-check';
import {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  type GraphQLInputType,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { useServer } from './support/server';

/**
 * Every mutation fed malformed, wrongly typed, oversized and hostile input, generated from
 * the SDL's own input types (property-based, thousands of cases), and every query fed such
 * arguments (pages, cursors, filters, asOf): each answer is a GraphQL
 * error with a code that says what kind of problem it is, or a success; never an internal
 * error; a refused command appends nothing; and afterwards the store still verifies and every
 * read model equals a rebuild from zero.
 */

const schema = buildASTSchema(parse(typeDefs.join('\n')));
const mutations = Object.values(schema.getMutationType()!.getFields());
const CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'GRAPHQL_VALIDATION_FAILED']);
/** Cases per mutation; HOSTILE_RUNS=1000 for a deeper search. */
const RUNS = Number(process.env.HOSTILE_RUNS ?? 40);

const server = useServer();
/** Ids the generator reuses, so some inputs reach real entities and pass validation. */
const known: string[] = [];

beforeAll(async () => {
  for (const name of ['Strategic Partnership Board', 'SPB Executive']) {
    const data = await server.ok<{ establishBoard: { board: { id: string } } }>(
      `mutation { establishBoard(input: { name: "${name}" }) { board { id } } }`,
    );
    known.push(data.establishBoard.board.id);
  }
});

const hostile = fc.constantFrom<unknown>(
  null,
  '',
  ' ',
  -1,
  0,
  2 ** 53,
  1e308,
  -0.5,
  true,
  'x'.repeat(100_000),
  "'; DROP TABLE events; --",
  '<script>alert(1)</script>',
  '\u0000\u0007\uFFFF',
  '😀'.repeat(5_000),
  '2021-02-30',
  '9999-99-99',
  '../../etc/passwd',
  {},
  [],
  { __proto__: { polluted: true } },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  ['a', 1, null],
);

const scalar = (name: string): fc.Arbitrary<unknown> => {
  switch (name) {
    case 'ID':
      return fc.oneof(fc.constantFrom(...known), fc.uuid(), fc.string());
    case 'Int':
    case 'Position':
      return fc.oneof(fc.integer(), fc.integer({ min: 0, max: 100 }));
    case 'Float':
      return fc.double();
    case 'Boolean':
      return fc.boolean();
    case 'Pence':
      return fc.oneof(fc.nat(), fc.string(), fc.double());
    case 'Date':
    case 'DateTime':
      return fc.oneof(
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        fc.string(),
      );
    default:
      return fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 300 }));
  }
};

/** A value for an input type: usually of the right shape, often not. */
function valueOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const inner = isNonNullType(type) ? type.ofType : type;
  const rightShape = (): fc.Arbitrary<unknown> => {
    if (isListType(inner)) return fc.array(valueOf(inner.ofType, depth + 1), { maxLength: 4 });
    const named = getNamedType(inner);
    if (isEnumType(named)) return fc.constantFrom(...named.getValues().map((v) => v.value));
    if (isInputObjectType(named)) {
      if (depth > 3) return fc.constant({});
      const fields = Object.values(named.getFields());
      return fc.record(
        Object.fromEntries(fields.map((f) => [f.name, valueOf(f.type, depth + 1)])),
        { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) },
      );
    }
    return scalar(named.name);
  };
  return fc.oneof({ weight: 4, arbitrary: rightShape() }, { weight: 1, arbitrary: hostile });
}

interface Answer {
  status: number;
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

describe('hostile input to every mutation', () => {
  it.each(mutations.map((m) => [m.name, m] as const))(
    '%s answers a coded error or a success, and a refusal appends nothing',
    async (name, mutation) => {
      const inputType = mutation.args.find((a) => a.name === 'input')!.type;
      const query = `mutation ($input: ${inputType.toString()}, $options: CommandOptions) {
        ${name}(input: $input, options: $options) { commandId version } }`;
      const options = fc.option(
        fc.record(
          {
            commandId: fc.oneof(fc.uuid(), fc.string()),
            expectedVersion: fc.integer({ min: -2, max: 3 }),
            occurredAt: scalar('Date'),
            reason: fc.string(),
          },
          { requiredKeys: [] },
        ),
        { nil: null },
      );
      await fc.assert(
        fc.asyncProperty(valueOf(inputType), options, async (input, commandOptions) => {
          const head = await server.head();
          const answer = (await server.gql(query, {
            input,
            options: commandOptions,
          })) as Answer;
          expect([200, 400]).toContain(answer.status);
          if (answer.errors?.length) {
            for (const error of answer.errors) {
              expect(error.message).not.toMatch(/^Unexpected error/);
              expect(CODES, `${error.message}`).toContain(error.extensions?.code);
            }
            expect(await server.head()).toBe(head);
          } else {
            expect(answer.data).toBeTruthy();
          }
        }),
        { numRuns: RUNS },
      );
    },
    120_000,
  );

  it.each(
    Object.values(schema.getQueryType()!.getFields())
      .filter((f) => f.name !== 'integrity')
      .map((f) => [f.name, f] as const),
  )('query %s answers data or a coded error whatever its arguments', async (name, field) => {
    const declared = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const named = getNamedType(field.type);
    // Any selection will do for scalars; objects answer their __typename.
    const selection = 'getFields' in named ? '{ __typename }' : '';
    const query = `query${declared ? `(${declared})` : ''} { ${name}${passed ? `(${passed})` : ''} ${selection} }`;
    const args = fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueOf(a.type)])), {
      requiredKeys: field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name),
    });
    await fc.assert(
      fc.asyncProperty(args, async (variables) => {
        const answer = (await server.gql(query, variables, 'auditor')) as Answer;
        expect([200, 400]).toContain(answer.status);
        for (const error of answer.errors ?? []) {
          expect(error.message).not.toMatch(/^Unexpected error/);
          expect(CODES, `${error.message}`).toContain(error.extensions?.code);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('leaves a store that verifies, with every read model equal to a rebuild', async () => {
    const { integrity } = await server.ok<{ integrity: { ok: boolean; checked: number } }>(
      '{ integrity { ok checked } }',
      {},
      'auditor',
    );
    expect(integrity.ok).toBe(true);
    expect(integrity.checked).toBe(await server.head());
    const { rebuild } = await import('@tracker/projection-runner');
    const { allProjections } = await import('@tracker/projections');
    const { store, runner } = server.tracker.services;
    for (const projection of allProjections)
      expect(await rebuild(store, projection), projection.name).toEqual(runner.state(projection));
  });

  it('refuses a request id that is not a UUID without recording anything', async () => {
    const head = await server.head();
    const answer = (await server.gql(
      'mutation ($id: ID) { establishBoard(input: { name: "X" }, options: { commandId: $id }) { commandId } }',
      { id: `not-a-uuid-${randomUUID()}` },
    )) as Answer;
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(/commandId: must be a UUID/);
    expect(await server.head()).toBe(head);
  });
});
