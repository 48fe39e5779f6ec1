import { z } from 'zod';
import { board, requireSittingBoard } from '../board/board';
import { ragRatings, type RagRating } from '../delivery-plan/delivery-plan';
import {
  defineCommand,
  streamIdOf,
  type Aggregate,
  type EventsOf,
  noOtherEvent,
} from '../kernel/decider';
import { conflict, DomainError, invalid } from '../kernel/errors';
import { memberIdFor } from '../kernel/ids';
import {
  choiceOf,
  dateOf,
  ensureNotBefore,
  entityId,
  isoDate,
  personName,
  requiredText,
} from '../kernel/schemas';

/**
 * A board's action log, as the LSCSB keeps it (agenda pack, 17 June 2022): numbered actions,
 * each with the date raised, the action, the responsible officer(s), dated comments and a RAG
 * status, until completed.
 *
 * One log per board, in one stream whose id is the board's (`actionLog-<boardId>`): the log owns
 * its numbering, so two clerks cannot give two actions the same number. An action is known by
 * its number on that log ("action 5"), as the papers refer to it, and by an `actionId` (a UUID
 * derived from the board and the number) that other systems hold. Every event carries both, so
 * read models list the log in number order without looking anything up.
 *
 * Numbers are unique within a log but need not follow the dates raised, and may leave gaps: the
 * June 2022 log runs 1-5 then 7-9 (6 was done and dropped), and actions 7-9 are dated 18.3.21,
 * before action 4 (10.12.21).
 */

/**
 * The status column: the RAG rating (RED, AMBER, GREEN), COMPLETE once completed, or NOT_RATED
 * when the log gives none (action 3 of the June 2022 log). The papers use no BLUE: completion is
 * its own event (`completeAction`), not a rating.
 */
export const actionStatuses = ['NOT_RATED', ...ragRatings, 'COMPLETE'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

// Events

/** What every action event carries: the log and both ways of naming the action. */
const actionKey = {
  boardId: entityId,
  actionId: entityId,
  /** The action's number on its board's log. */
  number: z.number().int().positive(),
};

export const actionLoggedData = z.object({
  ...actionKey,
  raisedOn: z.string(),
  action: z.string(),
  /** The responsible officers, as the log names them ("Rik Basra/Adam Slonecki"). Personal data. */
  responsibleOfficers: z.array(z.string()),
  dueOn: z.string().nullable(),
});

export const actionCommentedData = z.object({
  ...actionKey,
  comment: z.string(),
  commentedOn: z.string(),
});

export const actionRagSetData = z.object({
  ...actionKey,
  rag: z.enum(ragRatings),
  /** The rating it replaced; null when the action had none. */
  previousRag: z.enum(ragRatings).nullable(),
  setOn: z.string(),
});

export const actionCompletedData = z.object({
  ...actionKey,
  completedOn: z.string(),
  comment: z.string(),
});

/** Its events by type, each with the schema of its data. */
export const actionLogEventSchemas = {
  ActionLogged: actionLoggedData,
  ActionCommented: actionCommentedData,
  ActionRagSet: actionRagSetData,
  ActionCompleted: actionCompletedData,
} as const;

export type ActionLogEvent = EventsOf<typeof actionLogEventSchemas>;

// State

export interface LoggedAction {
  actionId: string;
  number: number;
  action: string;
  raisedOn: string;
  rag: RagRating | null;
  completedOn: string | null;
}

export interface ActionLogState {
  /** The log exists once its first action is logged. */
  exists: boolean;
  /** In number order. */
  actions: LoggedAction[];
}

/** The status column of an action: COMPLETE once completed, else its RAG, else NOT_RATED. */
export const actionStatusOf = (action: Pick<LoggedAction, 'rag' | 'completedOn'>): ActionStatus =>
  action.completedOn !== null ? 'COMPLETE' : (action.rag ?? 'NOT_RATED');

/** The number the next action takes when none is given: one past the highest so far. */
export const nextActionNumber = (state: ActionLogState): number =>
  state.actions.reduce((highest, a) => Math.max(highest, a.number), 0) + 1;

/** The id of action `number` on a board's log: the same board and number always give the same id. */
export const actionIdFor = (boardId: string, number: number): string =>
  memberIdFor(boardId, 'action', number);

const withAction = (
  state: ActionLogState,
  actionId: string,
  change: Partial<LoggedAction>,
): ActionLogState => ({
  ...state,
  actions: state.actions.map((a) => (a.actionId === actionId ? { ...a, ...change } : a)),
});

export const actionLog: Aggregate<ActionLogEvent, ActionLogState> = {
  name: 'actionLog',
  initialState: () => ({ exists: false, actions: [] }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'ActionLogged': {
        const { actionId, number, action, raisedOn } = event.data;
        const logged = { actionId, number, action, raisedOn, rag: null, completedOn: null };
        const actions = [...state.actions, logged].sort((a, b) => a.number - b.number);
        return { exists: true, actions };
      }
      case 'ActionRagSet':
        return withAction(state, event.data.actionId, { rag: event.data.rag });
      case 'ActionCompleted':
        return withAction(state, event.data.actionId, { completedOn: event.data.completedOn });
      case 'ActionCommented': // comments decide nothing
        return state;
      default:
        return noOtherEvent(event, state);
    }
  },
};

/** A board's action log lives in the stream named by the board's id. */
export const actionLogStreamId = (boardId: string) => streamIdOf(actionLog, boardId);

// Naming an action in a command

const actionNumber = z
  .number({ message: 'must be a whole number, e.g. 5' })
  .int({ message: 'must be a whole number, e.g. 5' })
  .positive({ message: 'must be 1 or more' })
  .max(99_999, { message: 'must be at most 99999' });

/** The ways a command names an action: its id, its number, or both. */
interface ActionNaming {
  actionId?: string | undefined;
  number?: number | undefined;
}

const namesAnAction = (input: ActionNaming) =>
  input.actionId !== undefined || input.number !== undefined;

/** A command on one action names the board's log, and the action's number or its id (or both). */
const actionNaming = {
  boardId: entityId,
  actionId: entityId.optional().describe('Name the action by its id, its number, or both.'),
  /** The action's number on the log, e.g. 5. */
  number: actionNumber.optional(),
};
const actionNamed = {
  message: 'name the action by its number on the log (number) or its id (actionId)',
  path: ['number'],
};

/** The action a command names; NOT_FOUND when the log has no such action. */
const namedAction = (boardId: string, state: ActionLogState, by: ActionNaming) => {
  const found = state.actions.find((a) =>
    by.actionId !== undefined ? a.actionId === by.actionId : a.number === by.number,
  );
  const asked = by.number !== undefined ? `action ${by.number}` : `action ${by.actionId}`;
  if (!found)
    throw new DomainError(
      'NOT_FOUND',
      `${asked} is not on the action log of board ${boardId}; check the number or actionId`,
      { what: 'action', id: by.actionId ?? String(by.number) },
    );
  if (by.number !== undefined && found.number !== by.number)
    throw invalid(
      `number: actionId ${found.actionId} is action ${found.number}, not ${by.number}; ` +
        'give one of them, or both that agree',
      { field: 'number' },
    );
  return found;
};

/** The action a command changes: named, and still open. */
const openAction = (boardId: string, state: ActionLogState, by: ActionNaming, toDo: string) => {
  const found = namedAction(boardId, state, by);
  if (found.completedOn !== null)
    throw conflict(
      `action ${found.number} was completed on ${found.completedOn}; it cannot ${toDo}`,
      { actionId: found.actionId, number: found.number },
    );
  return found;
};

/** The key every event about `action` carries. */
const keyOf = (boardId: string, action: LoggedAction) => ({
  boardId,
  actionId: action.actionId,
  number: action.number,
});

/** A date on an action: as given, else the command's; never before the action was raised. */
const dateOnAction = (
  field: string,
  given: string | undefined,
  occurredAt: string,
  action: LoggedAction,
) => {
  const date = given ?? dateOf(occurredAt);
  ensureNotBefore(field, date, action.raisedOn, `the date action ${action.number} was raised`);
  return date;
};

// logAction

export const logActionInput = z.object({
  boardId: entityId,

  number: actionNumber
    .optional()
    .describe('The number on the log; when left out, one past the highest so far.'),
  raisedOn: isoDate.describe('YYYY-MM-DD.'),
  /** E.g. "Arrange for LSCSB members to attend Glen Parva Prison site visit". */
  action: requiredText('prose'),

  responsibleOfficers: z
    .array(personName, { message: 'must be a list of names, e.g. ["Rik Basra"]' })
    .min(1, { message: 'must name at least one responsible officer' })
    .max(10, { message: 'must name at most 10 officers' })
    .describe('At least one name. Personal data.'),
  dueOn: isoDate.optional().nullable().describe('YYYY-MM-DD, not before raisedOn.'),
});

export const logAction = defineCommand({
  type: 'LogAction',
  description: "Add an action to a board's log (the log owns the numbering).",
  input: logActionInput,
  aggregate: actionLog,
  subject: { kind: 'action', field: 'actionId' },
  targetId: (input) => input.boardId,
  references: (input) => ({ board: { aggregate: board, id: input.boardId } }),
  decide: ({ id, input, refs }, state): ActionLogEvent[] => {
    requireSittingBoard(refs.board, 'boardId');
    const number = input.number ?? nextActionNumber(state);
    const taken = state.actions.find((a) => a.number === number);
    if (taken)
      throw conflict(
        `action ${number} is already on the log of "${refs.board.state.name}" ` +
          `("${taken.action}"); give another number, e.g. ${nextActionNumber(state)}, or leave ` +
          'it out to take the next',
        { field: 'number', number, next: nextActionNumber(state) },
      );
    if (input.dueOn) ensureNotBefore('dueOn', input.dueOn, input.raisedOn, 'the date raised');
    return [
      {
        type: 'ActionLogged',
        data: {
          boardId: id,
          actionId: actionIdFor(id, number),
          number,
          raisedOn: input.raisedOn,
          action: input.action,
          responsibleOfficers: input.responsibleOfficers,
          dueOn: input.dueOn ?? null,
        },
      },
    ];
  },
});

// commentOnAction

export const commentOnActionInput = z
  .object({
    ...actionNaming,
    /** E.g. "Site visit postponed again due to covid outbreak". */
    comment: requiredText('prose'),
    commentedOn: isoDate.optional(),
  })
  .refine(namesAnAction, actionNamed);

export const commentOnAction = defineCommand({
  type: 'CommentOnAction',
  input: commentOnActionInput,
  aggregate: actionLog,
  subject: { kind: 'action', field: 'actionId' },
  targetId: (input) => input.boardId,
  decide: ({ id, input, occurredAt }, state): ActionLogEvent[] => {
    // Comments stay possible once an action is complete ("completed as part of this agenda").
    const action = namedAction(id, state, input);
    const commentedOn = dateOnAction('commentedOn', input.commentedOn, occurredAt, action);
    return [
      {
        type: 'ActionCommented',
        data: { ...keyOf(id, action), comment: input.comment, commentedOn },
      },
    ];
  },
});

// setActionRag

export const setActionRagInput = z
  .object({ ...actionNaming, rag: choiceOf(ragRatings, 'RagRating'), setOn: isoDate.optional() })
  .refine(namesAnAction, actionNamed);

export const setActionRag = defineCommand({
  type: 'SetActionRag',
  input: setActionRagInput,
  aggregate: actionLog,
  subject: { kind: 'action', field: 'actionId' },
  targetId: (input) => input.boardId,
  decide: ({ id, input, occurredAt }, state): ActionLogEvent[] => {
    const action = openAction(id, state, input, 'be rated');
    if (action.rag === input.rag)
      throw conflict(
        `action ${action.number} is already ${input.rag}; nothing to change ` +
          '(add a comment to record that it was reviewed)',
        { number: action.number },
      );
    const setOn = dateOnAction('setOn', input.setOn, occurredAt, action);
    return [
      {
        type: 'ActionRagSet',
        data: { ...keyOf(id, action), rag: input.rag, previousRag: action.rag, setOn },
      },
    ];
  },
});

// completeAction

export const completeActionInput = z
  .object({
    ...actionNaming,
    completedOn: isoDate.describe('YYYY-MM-DD.'),
    /** E.g. "Presented to the Board on 17 June 2022". */
    comment: requiredText('prose').optional(),
  })
  .refine(namesAnAction, actionNamed);

export const completeAction = defineCommand({
  type: 'CompleteAction',
  input: completeActionInput,
  aggregate: actionLog,
  subject: { kind: 'action', field: 'actionId' },
  targetId: (input) => input.boardId,
  decide: ({ id, input, occurredAt }, state): ActionLogEvent[] => {
    const action = openAction(id, state, input, 'be completed again');
    const completedOn = dateOnAction('completedOn', input.completedOn, occurredAt, action);
    return [
      {
        type: 'ActionCompleted',
        data: { ...keyOf(id, action), completedOn, comment: input.comment ?? '' },
      },
    ];
  },
});
