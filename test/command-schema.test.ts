import {
  agreePriority,
  commands,
  entityId,
  requiredText,
  type AnyCommandDefinition,
} from '@tracker/domain';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  type IntrospectionQuery,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { commandModel } from '../services/api/src/command-sdl';
import { commandSchemaDisagreements, commandSchemaModel } from '../services/api/src/command-schema';
import { payloadFields } from '../services/api/src/resolvers/payloads';
import { typeDefs } from '../schema/index';
import { useServer } from './support/server';

/**
 * Every command is a mutation and every mutation a command, with the input fields, optionality
 * and descriptions of the command's zod schema: checked on the schema the server serves (what
 * other systems read by introspection), and shown to fail when the two sides disagree.
 */
describe('the GraphQL schema and the command definitions', () => {
  const server = useServer();

  it('agree on every command, as the server serves its schema', async () => {
    const { data } = await server.gql<IntrospectionQuery>(getIntrospectionQuery(), {}, 'reader');
    const served = buildClientSchema(data!);
    expect(commandSchemaDisagreements(commandModel(), served)).toEqual([]);
    const mutations = Object.keys(served.getMutationType()!.getFields()).sort();
    expect(mutations).toEqual(Object.keys(commands).sort());
    // The descriptions other systems read come from the zod schema.
    const input = served.getType('AgreePriorityInput');
    expect(input && 'getFields' in input && input.getFields().agreedAt?.description).toBe(
      'The date the board agreed it, YYYY-MM-DD.',
    );
  });

  const sdl = buildSchema(typeDefs.join('\n'));

  // A definition edited as a newcomer might: its zod input no longer matches the SDL.
  type Input = AnyCommandDefinition['input'];
  const withInput = (input: Input) => ({
    ...commands,
    agreePriority: { ...agreePriority, input } as AnyCommandDefinition,
  });
  const disagreements = (input: Input) =>
    commandSchemaDisagreements(commandSchemaModel(withInput(input), payloadFields), sdl);
  const shape = agreePriority.input.shape;

  it('disagree when zod has a field GraphQL has not, or the other way round', () => {
    expect(disagreements(agreePriority.input.extend({ urgency: requiredText('name') }))).toEqual([
      'AgreePriorityInput.urgency: in the zod schema, not in the GraphQL input',
    ]);
    expect(disagreements(agreePriority.input.omit({ rationale: true }))).toEqual([
      'AgreePriorityInput.rationale: in the GraphQL input, not in the zod schema',
    ]);
  });

  it('disagree on optionality, type and description', () => {
    expect(disagreements(agreePriority.input.extend({ priorityId: entityId }))).toEqual([
      'AgreePriorityInput.priorityId: zod says ID!, GraphQL says ID',
    ]);
    expect(disagreements(agreePriority.input.extend({ boardId: requiredText('name') }))).toEqual([
      'AgreePriorityInput.boardId: zod says String!, GraphQL says ID!',
    ]);
    expect(
      disagreements(
        agreePriority.input.extend({ agreedAt: shape.agreedAt.describe('When it was agreed.') }),
      ),
    ).toEqual([
      'AgreePriorityInput.agreedAt: described "When it was agreed." in zod, ' +
        '"The date the board agreed it, YYYY-MM-DD." in GraphQL',
    ]);
  });

  it('disagree when a mutation has no command, or a command no mutation', () => {
    const { agreePriority: _dropped, ...rest } = commands;
    expect(commandSchemaDisagreements(commandSchemaModel(rest, payloadFields), sdl)).toEqual([
      'Mutation.agreePriority: no command of that name',
    ]);
    const extra = { ...commands, agreeAgain: agreePriority };
    expect(commandSchemaDisagreements(commandSchemaModel(extra, payloadFields), sdl)).toEqual([
      'AgreePriority: no mutation agreeAgain',
    ]);
  });

  it('disagree when an enum accepts other values on either side', () => {
    const edited = buildSchema(
      typeDefs.join('\n').replace(/enum RagRating \{([^}]*)\}/, 'enum RagRating {$1 PURPLE }'),
    );
    expect(commandSchemaDisagreements(commandModel(), edited)).toEqual([
      'enum RagRating: zod accepts RED, AMBER, GREEN; GraphQL has RED, AMBER, GREEN, PURPLE',
    ]);
  });
});
