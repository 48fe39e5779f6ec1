import type { TrackerEvent } from '@tracker/domain';
import {
  boardsProjection,
  initiativesProjection,
  organisationsProjection,
  prioritiesProjection,
  project,
  type AnyProjection,
} from '@tracker/projections';
import { envelopes } from '@tracker/projections/testing/envelopes';
import { execute, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { GraphQLContext } from '../context';
import { createReadModels } from '../read-models';
import { buildSchema } from '../schema';

/**
 * A portfolio page follows each initiative's links (board, priorities, lead organisations)
 * through the per-request DataLoaders: one batched lookup per read model, whatever the page size.
 */

const id = (kind: number, n: number) =>
  `00000000-0000-4000-8000-${String(kind * 1000 + n).padStart(12, '0')}`;
const BOARDS = 3;
const INITIATIVES = 60;

const events: TrackerEvent[] = [
  ...Array.from({ length: BOARDS }, (_, b): TrackerEvent => ({
    type: 'BoardEstablished',
    data: { boardId: id(1, b), name: `Board ${b}`, purpose: '', parentBoardId: null, chair: null },
  })),
  ...Array.from({ length: BOARDS }, (_, b): TrackerEvent => ({
    type: 'PriorityAgreed',
    data: {
      priorityId: id(2, b),
      boardId: id(1, b),
      title: `Priority ${b}`,
      rationale: '',
      agreedAt: '2021-02-25',
      decisionId: null,
    },
  })),
  ...Array.from({ length: 4 }, (_, o): TrackerEvent => ({
    type: 'OrganisationRegistered',
    data: { organisationId: id(3, o), name: `Organisation ${o}`, shortName: null, kind: 'OPCC' },
  })),
  ...Array.from({ length: INITIATIVES }, (_, i): TrackerEvent => ({
    type: 'InitiativeRegistered',
    data: {
      initiativeId: id(4, i),
      title: `Initiative ${i}`,
      description: '',
      owningBoardId: id(1, i % BOARDS),
      priorityIds: [id(2, i % BOARDS)],
      leadOrganisationIds: [id(3, i % 4), id(3, (i + 1) % 4)],
      leadOfficers: [],
      status: 'IN_PROGRESS',
      registeredOn: '2021-03-19',
      decisionId: null,
    },
  })),
];

const projections: AnyProjection[] = [
  boardsProjection,
  prioritiesProjection,
  organisationsProjection,
  initiativesProjection,
];
const states = new Map(projections.map((p) => [p.name, project(p, envelopes(events))]));
const schema = buildSchema();

async function page(first: number) {
  const readModels = createReadModels({ state: (p) => states.get(p.name) as never });
  const context = {
    principal: { actor: 'another-system', role: 'reader' },
    badKey: false,
    readModels,
  } as unknown as GraphQLContext;
  const result = await execute({
    schema,
    document: parse(`query ($first: Int) { initiatives(first: $first) { nodes {
      title board { name } owningBoard { name } priorities { title } leadOrganisations { name }
    } } }`),
    variableValues: { first },
    contextValue: context,
  });
  return { result, batches: readModels.batches };
}

describe('a portfolio page', () => {
  it('follows every link of a page with one batched lookup per read model', async () => {
    const small = await page(5);
    const large = await page(50);
    expect(small.result.errors).toBeUndefined();
    expect(large.result.errors).toBeUndefined();
    const nodes = (large.result.data as { initiatives: { nodes: unknown[] } }).initiatives.nodes;
    expect(nodes).toHaveLength(50);
    expect(nodes[4]).toEqual({
      title: 'Initiative 4',
      board: { name: 'Board 1' },
      owningBoard: { name: 'Board 1' },
      priorities: [{ title: 'Priority 1' }],
      leadOrganisations: [{ name: 'Organisation 0' }, { name: 'Organisation 1' }],
    });
    expect(large.batches).toEqual({ boards: 1, priorities: 1, organisations: 1 });
    expect(small.batches).toEqual(large.batches);
  });
});
