import { commands, DomainError } from '@tracker/domain';
import { createMemoryEventStore, type EventStore } from '@tracker/event-store';
import { describe, expect, it } from 'vitest';
import { handleCommand } from './handle-command';

/**
 * The command path through its public function: load, fold, decide, append with the revision
 * read; retry on a concurrent write; CONFLICT when the caller pinned a version; the same
 * commandId never appends twice; metadata an auditor can rely on.
 */

const office = { actor: 'programme-office', role: 'office' };
const BOARD = '3d1f8c52-7a4e-4d36-9b8a-2f6c1e0a9b71';
const COMMAND = '6a0f2b9e-5c1d-4e8f-a7b3-9d2e4c6f8a10';

const OPCC = '8e2d4f6a-1b3c-4d5e-9f70-a1b2c3d4e5f6';

async function withBoard(store: EventStore = createMemoryEventStore()) {
  await handleCommand(
    store,
    commands.registerOrganisation,
    {
      organisationId: OPCC,
      name: 'Office of the Police and Crime Commissioner for Leicestershire',
      kind: 'OPCC',
    },
    office,
  );
  await handleCommand(
    store,
    commands.establishBoard,
    { boardId: BOARD, name: 'Strategic Partnership Board' },
    { ...office, occurredAt: '2016-12-08' },
  );
  return store;
}

const chair = (name: string, from: string) => ({
  boardId: BOARD,
  name,
  role: 'Police and Crime Commissioner',
  organisationId: OPCC,
  from,
});

const agree = (title: string) => ({
  boardId: BOARD,
  title,
  rationale: 'Agreed at the SPB development session',
  agreedAt: '2021-02-25',
});

async function refusal(work: Promise<unknown>): Promise<DomainError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('handleCommand', () => {
  it('appends the decided events with the metadata auditors read', async () => {
    const store = await withBoard();
    const result = await handleCommand(store, commands.agreePriority, agree('Childhood trauma'), {
      ...office,
      commandId: COMMAND,
      occurredAt: '2021-02-25',
      reason: 'SPB 25 February 2021',
    });
    expect(result).toMatchObject({ commandId: COMMAND, revision: 0, replayed: false });
    const [event] = await store.readStreams!([result.streamId]);
    expect(event).toMatchObject({
      id: result.eventIds[0],
      type: 'PriorityAgreed',
      metadata: {
        actor: 'programme-office',
        role: 'office',
        commandId: COMMAND,
        correlationId: COMMAND,
        causationId: COMMAND,
        occurredAt: '2021-02-25',
        reason: 'SPB 25 February 2021',
        schemaVersion: 1,
      },
    });
  });

  it('appends nothing the second time a commandId is sent, and answers as the first time', async () => {
    const store = await withBoard();
    const context = { ...office, commandId: COMMAND };
    const first = await handleCommand(store, commands.agreePriority, agree('Suicide'), context);
    const head = await store.headPosition();
    const again = await handleCommand(store, commands.agreePriority, agree('Suicide'), context);
    expect(await store.headPosition()).toBe(head);
    expect(again).toEqual({ ...first, replayed: true });
  });

  it('decides again when another writer got in first, and both changes stand', async () => {
    const store = await withBoard();
    const streamId = `board-${BOARD}`;
    let interfered = false;
    // A store whose first append to the board loses a race to another writer.
    const racing: EventStore = {
      ...store,
      append: async (id, events, options) => {
        if (id === streamId && !interfered) {
          interfered = true;
          await handleCommand(
            store,
            commands.appointChair,
            chair('Lord Willy Bach', '2016-12-08'),
            office,
          );
        }
        return store.append(id, events, options);
      },
    };
    const result = await handleCommand(
      racing,
      commands.appointChair,
      chair('Rupert Matthews', '2021-05-06'),
      office,
    );
    expect(interfered).toBe(true);
    expect(result.revision).toBe(2);
    const chairs = (await store.readStreams!([streamId]))
      .filter((e) => e.type === 'ChairAppointed')
      .map((e) => (e.data as { chair: { name: string } }).chair.name);
    expect(chairs).toEqual(['Lord Willy Bach', 'Rupert Matthews']);
  });

  it('answers CONFLICT, appending nothing, when the pinned version is not the current one', async () => {
    const store = await withBoard();
    const head = await store.headPosition();
    const error = await refusal(
      handleCommand(store, commands.appointChair, chair('Rupert Matthews', '2021-05-06'), {
        ...office,
        expectedVersion: 3,
      }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/expected version 3 but it is at 0; reload it and try again/);
    expect(await store.headPosition()).toBe(head);
  });

  it('gives up with CONFLICT after a bounded number of lost races', async () => {
    const store = await withBoard();
    let attempts = 0;
    const alwaysLosing: EventStore = {
      ...store,
      append: async (id, events) => {
        attempts++;
        return store.append(id, events, { expectedRevision: 99 });
      },
    };
    const error = await refusal(
      handleCommand(
        alwaysLosing,
        commands.appointChair,
        chair('Rupert Matthews', '2021-05-06'),
        office,
        { maxAttempts: 3 },
      ),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/being changed by someone else; try again/);
    expect(attempts).toBe(3);
  });

  it('records the decision a command cites in its events, and refuses one that does not exist', async () => {
    const store = await withBoard();
    const meeting = await handleCommand(
      store,
      commands.scheduleMeeting,
      { boardId: BOARD, date: '2021-02-25', theme: 'Childhood trauma' },
      office,
    );
    const decision = await handleCommand(
      store,
      commands.recordDecision,
      {
        meetingId: meeting.id,
        boardId: BOARD,
        resolution: 'Childhood trauma agreed as a priority',
        kind: 'AGREED',
        concerns: [],
      },
      office,
    );
    const agreed = await handleCommand(
      store,
      commands.agreePriority,
      { ...agree('Childhood trauma'), decisionId: decision.id },
      office,
    );
    const [event] = await store.readStreams!([agreed.streamId]);
    expect(event!.metadata.decisionId).toBe(decision.id);

    const unknown = await refusal(
      handleCommand(
        store,
        commands.agreePriority,
        { ...agree('Suicide'), decisionId: 'b5a1e2c3-4d5f-4a6b-8c7d-9e0f1a2b3c4d' },
        office,
      ),
    );
    expect(unknown.code).toBe('NOT_FOUND');
  });

  it('refuses a commandId that is not a UUID and a business time it cannot read', async () => {
    const store = await withBoard();
    const head = await store.headPosition();
    const badId = await refusal(
      handleCommand(store, commands.agreePriority, agree('Suicide'), {
        ...office,
        commandId: 'x1',
      }),
    );
    expect(badId.code).toBe('BAD_USER_INPUT');
    expect(badId.message).toBe('commandId: must be a UUID, got "x1"');
    const badTime = await refusal(
      handleCommand(store, commands.agreePriority, agree('Suicide'), {
        ...office,
        occurredAt: '25/02/2021',
      }),
    );
    expect(badTime.message).toMatch(/^occurredAt: must be a date \(YYYY-MM-DD\)/);
    expect(await store.headPosition()).toBe(head);
  });
});
