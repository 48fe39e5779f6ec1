import { z } from 'zod';
import { board } from '../board/board';
import { defineCommand, streamIdOf, type Aggregate, type DomainEvent } from '../kernel/decider';
import { conflict, notFound } from '../kernel/errors';
import { entityId, isoDate, optionalText, requiredText } from '../kernel/schemas';

/** A harmful behaviour or aim a board agrees to focus on (childhood trauma, substance misuse...). */

export const priorityAgreedData = z.object({
  priorityId: entityId,
  boardId: entityId,
  title: z.string(),
  rationale: z.string(),
  agreedAt: z.string(),
  decisionId: entityId.nullable(),
});

export type PriorityEvent = DomainEvent<'PriorityAgreed', z.infer<typeof priorityAgreedData>>;

export interface PriorityState {
  exists: boolean;
  boardId: string | null;
  title: string;
}

export const priority: Aggregate<PriorityEvent, PriorityState> = {
  name: 'priority',
  initialState: () => ({ exists: false, boardId: null, title: '' }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'PriorityAgreed':
        return { exists: true, boardId: event.data.boardId, title: event.data.title };
      default:
        return state;
    }
  },
};

export const priorityStreamId = (priorityId: string) => streamIdOf(priority, priorityId);

export const agreePriorityInput = z.object({
  priorityId: entityId.optional(),
  boardId: entityId,
  title: requiredText(200),
  rationale: optionalText(5000),
  agreedAt: isoDate,
  decisionId: entityId.optional().nullable(),
});

export const agreePriority = defineCommand({
  type: 'AgreePriority',
  input: agreePriorityInput,
  aggregate: priority,
  targetId: (input, mint) => input.priorityId ?? mint(),
  references: (input) => ({ board: { aggregate: board, id: input.boardId } }),
  decide: ({ id, input, refs }, state): PriorityEvent[] => {
    if (state.exists) throw conflict(`priority ${id} is already agreed as "${state.title}"`);
    if (!refs.board.exists) throw notFound('board', input.boardId);
    return [
      {
        type: 'PriorityAgreed',
        data: {
          priorityId: id,
          boardId: input.boardId,
          title: input.title,
          rationale: input.rationale ?? '',
          agreedAt: input.agreedAt,
          decisionId: input.decisionId ?? null,
        },
      },
    ];
  },
});
