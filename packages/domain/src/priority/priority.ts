import { z } from 'zod';
import { board, requireSittingBoard } from '../board/board';
import {
  defineCommand,
  streamIdOf,
  type Aggregate,
  type Referenced,
  type EventsOf,
  noOtherEvent,
} from '../kernel/decider';
import { conflict, invalid, notFound } from '../kernel/errors';
import { ensureNotBefore, entityId, isoDate, optionalText, requiredText } from '../kernel/schemas';
import {
  decision,
  decisionReference,
  requireDecision,
  type DecisionState,
} from '../decision/decision';

/**
 * A harmful behaviour or aim a board agrees to focus on (childhood trauma, substance misuse,
 * mental health, modern slavery...). A board agrees it, may revise its title or rationale, and
 * retires it when it is no longer a focus; revisions and retirements are board decisions, so
 * they cite the decision that made them.
 */

// Events

export const priorityAgreedData = z.object({
  priorityId: entityId,
  boardId: entityId,
  title: z.string(),
  rationale: z.string(),
  agreedAt: z.string(),
  decisionId: entityId.nullable(),
});

export const priorityRevisedData = z.object({
  priorityId: entityId,
  /** The title and rationale as revised (both, whichever changed). */
  title: z.string(),
  rationale: z.string(),
  revisedOn: z.string(),
  decisionId: entityId,
});

export const priorityRetiredData = z.object({
  priorityId: entityId,
  reason: z.string(),
  retiredOn: z.string(),
  decisionId: entityId,
});

/** Its events by type, each with the schema of its data. */
export const priorityEventSchemas = {
  PriorityAgreed: priorityAgreedData,
  PriorityRevised: priorityRevisedData,
  PriorityRetired: priorityRetiredData,
} as const;

export type PriorityEvent = EventsOf<typeof priorityEventSchemas>;

// State

export interface PriorityState {
  exists: boolean;
  boardId: string | null;
  title: string;
  rationale: string;
  agreedAt: string;
  retired: boolean;
  retiredOn: string | null;
}

export const priority: Aggregate<PriorityEvent, PriorityState> = {
  name: 'priority',
  initialState: () => ({
    exists: false,
    boardId: null,
    title: '',
    rationale: '',
    agreedAt: '',
    retired: false,
    retiredOn: null,
  }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'PriorityAgreed': {
        const { boardId, title, rationale, agreedAt } = event.data;
        return { ...state, exists: true, boardId, title, rationale, agreedAt };
      }
      case 'PriorityRevised':
        return { ...state, title: event.data.title, rationale: event.data.rationale };
      case 'PriorityRetired':
        return { ...state, retired: true, retiredOn: event.data.retiredOn };
      default:
        return noOtherEvent(event, state);
    }
  },
};

export const priorityStreamId = (priorityId: string) => streamIdOf(priority, priorityId);

/** The priority a command changes: agreed, and not retired. */
function currentPriority(id: string, state: PriorityState): PriorityState {
  if (!state.exists) throw notFound('priority', id);
  if (state.retired)
    throw conflict(
      `priority "${state.title}" was retired on ${state.retiredOn}; it takes no further ` +
        'changes: agree a new priority instead',
    );
  return state;
}

/**
 * A change a board decided to a priority: the priority must be current, the decision cited must
 * be recorded and not made before the priority was agreed, and the change takes effect on the
 * date given (`field`) or else on the decision's meeting date, never before the agreement.
 */
function decidedChange(
  id: string,
  state: PriorityState,
  decisionId: string,
  ref: Referenced<DecisionState>,
  field: string,
  effectiveOn: string | undefined,
): { current: PriorityState; effectiveOn: string } {
  const current = currentPriority(id, state);
  const cited = requireDecision(ref) ?? ref.state;
  if (cited.decidedOn < current.agreedAt)
    throw invalid(
      `decisionId: decision ${decisionId} was made on ${cited.decidedOn}, before priority ` +
        `"${current.title}" was agreed (${current.agreedAt}); cite the decision that made this change`,
      { field: 'decisionId' },
    );
  const on = effectiveOn ?? cited.decidedOn;
  ensureNotBefore(field, on, current.agreedAt, 'the priority was agreed');
  return { current, effectiveOn: on };
}

/** Revisions and retirements reference the decision they cite, which they must cite. */
const citedDecision = (input: { decisionId: string }) => ({
  decision: { aggregate: decision, id: input.decisionId },
});

// agreePriority

export const agreePriorityInput = z.object({
  priorityId: entityId.optional(),
  boardId: entityId,
  title: requiredText('title'),
  rationale: optionalText('prose'),
  agreedAt: isoDate.describe('The date the board agreed it, YYYY-MM-DD.'),
  decisionId: entityId
    .optional()
    .nullable()
    .describe('The decision that agreed it, when recorded.'),
});

export const agreePriority = defineCommand({
  type: 'AgreePriority',
  input: agreePriorityInput,
  aggregate: priority,
  targetId: (input, mint) => input.priorityId ?? mint(),
  references: (input) => ({
    board: { aggregate: board, id: input.boardId },
    decision: decisionReference(input.decisionId),
  }),
  decide: ({ id, input, refs }, state): PriorityEvent[] => {
    if (state.exists) throw conflict(`priority ${id} is already agreed as "${state.title}"`);
    requireSittingBoard(refs.board, 'boardId');
    requireDecision(refs.decision);
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

// revisePriority

export const revisePriorityInput = z
  .object({
    priorityId: entityId,

    title: requiredText('title')
      .optional()
      .describe('The new title; leave out to keep the current one.'),

    rationale: optionalText('prose').describe(
      'The new rationale; leave out to keep the current one.',
    ),

    decisionId: entityId.describe('The decision that revised it.'),

    revisedOn: isoDate
      .optional()
      .describe(
        "YYYY-MM-DD: when the revision takes effect; the decision's meeting date when omitted.",
      ),
  })
  .refine((input) => input.title !== undefined || input.rationale !== undefined, {
    message: 'give the revised title, the revised rationale, or both',
    path: ['title'],
  });

export const revisePriority = defineCommand({
  type: 'RevisePriority',
  input: revisePriorityInput,
  aggregate: priority,
  targetId: (input) => input.priorityId,
  references: citedDecision,
  decide: ({ id, input, refs }, state): PriorityEvent[] => {
    const { current, effectiveOn: revisedOn } = decidedChange(
      id,
      state,
      input.decisionId,
      refs.decision,
      'revisedOn',
      input.revisedOn,
    );
    const title = input.title ?? current.title;
    const rationale = input.rationale ?? current.rationale;
    if (title === current.title && rationale === current.rationale)
      throw conflict(
        `priority "${current.title}" already has this title and rationale; nothing to change`,
      );
    return [
      {
        type: 'PriorityRevised',
        data: { priorityId: id, title, rationale, revisedOn, decisionId: input.decisionId },
      },
    ];
  },
});

// retirePriority

export const retirePriorityInput = z.object({
  priorityId: entityId,
  reason: requiredText('prose'),

  decisionId: entityId.describe('The decision that retired it.'),

  retiredOn: isoDate
    .optional()
    .describe(
      "YYYY-MM-DD: when it stops being a priority; the decision's meeting date when omitted.",
    ),
});

export const retirePriority = defineCommand({
  type: 'RetirePriority',
  description:
    'Retires a priority under the decision that retired it; it stays listed with includeRetired.',
  input: retirePriorityInput,
  aggregate: priority,
  targetId: (input) => input.priorityId,
  references: citedDecision,
  decide: ({ id, input, refs }, state): PriorityEvent[] => {
    const { effectiveOn: retiredOn } = decidedChange(
      id,
      state,
      input.decisionId,
      refs.decision,
      'retiredOn',
      input.retiredOn,
    );
    return [
      {
        type: 'PriorityRetired',
        data: { priorityId: id, reason: input.reason, retiredOn, decisionId: input.decisionId },
      },
    ];
  },
});
