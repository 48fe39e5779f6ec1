import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { establishBoard, mutation } from './support/portfolio-setup';
import { useServer } from './support/server';

/**
 * A command's answer names what it created or changed (`subjectId`), and the payload's entity
 * is that one, loaded by id: also when the id was minted or numbered by the log, and when the
 * same request is sent again.
 */

const server = useServer();

interface Answer {
  commandId: string;
  replayed: boolean;
  subjectId: string;
  [field: string]: unknown;
}

const run = async (name: string, fields: string, input: object, commandId = randomUUID()) =>
  (
    await server.ok<Record<string, Answer>>(mutation(name, `subjectId ${fields}`), {
      input,
      options: { commandId, occurredAt: '2022-06-17' },
    })
  )[name]!;

describe('a command answers its subject', () => {
  it('names the organisation a registry command registered, with an id minted for it', async () => {
    const commandId = randomUUID();
    const input = { name: 'Warning Zone', kind: 'VOLUNTARY_SECTOR' };
    const first = await run('registerOrganisation', 'organisation { id name }', input, commandId);
    expect(first.organisation).toEqual({ id: first.subjectId, name: 'Warning Zone' });
    // The registry is one stream for every organisation: the subject is not the stream's id.
    const again = await run('registerOrganisation', 'organisation { id }', input, commandId);
    expect(again).toMatchObject({ replayed: true, subjectId: first.subjectId });
    expect(again.organisation).toEqual({ id: first.subjectId });
  });

  it("names the action the board's log numbered, and the one a later command changed", async () => {
    const boardId = await establishBoard(server, 'Leicester Safer Communities Strategy Board');
    const logged = async (action: string) =>
      run('logAction', 'action { id number action }', {
        boardId,
        raisedOn: '2022-06-17',
        action,
        responsibleOfficers: ['Rik Basra'],
      });
    const first = await logged('Report on lessons learned from the pandemic');
    const second = await logged('Arrange a site visit to Glen Parva');
    expect(first.action).toEqual({
      id: first.subjectId,
      number: 1,
      action: 'Report on lessons learned from the pandemic',
    });
    expect(second.action).toMatchObject({ id: second.subjectId, number: 2 });
    expect(second.subjectId).not.toBe(first.subjectId);

    // Named by its number on the log, the first action is the one changed and answered.
    const rated = await run('setActionRag', 'action { id rag }', {
      boardId,
      number: 1,
      rag: 'AMBER',
      setOn: '2022-06-17',
    });
    expect(rated.subjectId).toBe(first.subjectId);
    expect(rated.action).toEqual({ id: first.subjectId, rag: 'AMBER' });
  });
});
