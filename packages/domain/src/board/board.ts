import { z } from 'zod';
import { defineCommand, streamIdOf, type Aggregate, type DomainEvent } from '../kernel/decider';
import { conflict, invalid, notFound } from '../kernel/errors';
import { entityId, optionalText, requiredText } from '../kernel/schemas';

/** A governance body: the SPB, its Executive, its sub-boards. */

export const chairSchema = z.object({
  name: requiredText(200),
  /** The office the chair holds, e.g. "Police and Crime Commissioner". */
  role: optionalText(200),
});

export const boardEstablishedData = z.object({
  boardId: entityId,
  name: requiredText(200),
  purpose: z.string(),
  parentBoardId: entityId.nullable(),
  chair: chairSchema.nullable(),
});

export type BoardEvent = DomainEvent<'BoardEstablished', z.infer<typeof boardEstablishedData>>;

export interface BoardState {
  exists: boolean;
  name: string;
  parentBoardId: string | null;
}

export const board: Aggregate<BoardEvent, BoardState> = {
  name: 'board',
  initialState: () => ({ exists: false, name: '', parentBoardId: null }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'BoardEstablished':
        return { exists: true, name: event.data.name, parentBoardId: event.data.parentBoardId };
      default:
        return state;
    }
  },
};

export const boardStreamId = (boardId: string) => streamIdOf(board, boardId);

export const establishBoardInput = z.object({
  boardId: entityId.optional(),
  name: requiredText(200),
  purpose: optionalText(5000),
  parentBoardId: entityId.optional().nullable(),
  chair: chairSchema.optional().nullable(),
});

export const establishBoard = defineCommand({
  type: 'EstablishBoard',
  input: establishBoardInput,
  aggregate: board,
  targetId: (input, mint) => input.boardId ?? mint(),
  references: (input) => ({
    parent: input.parentBoardId ? { aggregate: board, id: input.parentBoardId } : null,
  }),
  decide: ({ id, input, refs }, state): BoardEvent[] => {
    if (state.exists) throw conflict(`board ${id} is already established as "${state.name}"`);
    if (input.parentBoardId) {
      if (input.parentBoardId === id)
        throw invalid('parentBoardId: a board cannot be its own parent');
      if (!refs.parent?.exists) throw notFound('parent board', input.parentBoardId);
    }
    return [
      {
        type: 'BoardEstablished',
        data: {
          boardId: id,
          name: input.name,
          purpose: input.purpose ?? '',
          parentBoardId: input.parentBoardId ?? null,
          chair: input.chair ? { name: input.chair.name, role: input.chair.role } : null,
        },
      },
    ];
  },
});
