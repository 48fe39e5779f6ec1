import { z } from 'zod';
import {
  defineCommand,
  streamIdOf,
  type Aggregate,
  type Referenced,
  type EventsOf,
  noOtherEvent,
} from '../kernel/decider';
import { conflict, invalid, notFound } from '../kernel/errors';
import {
  dateOf,
  ensureNotBefore,
  entityId,
  isoDate,
  naturalKey,
  optionalText,
  personName,
  requiredText,
} from '../kernel/schemas';
import { decisionReference, requireDecision } from '../decision/decision';
import { organisationRegistryReference, requireOrganisation } from '../organisation/organisation';

/**
 * A governance body: the SPB (chaired by the PCC), its Executive, its sub-boards (People and
 * Place; Offender Management; Victims and Vulnerability; Serious and Organised Crime), and
 * the boards that replaced them in 2022. A board has a parent, a chair that changes (PCC
 * elections May 2016, May 2021), member organisations each represented by someone in a role,
 * versioned terms of reference, and may be dissolved when the structure changes, naming the
 * board its open work goes to. A dissolved board takes no further changes, and no command can
 * put new work on it (`requireSittingBoard`).
 *
 * Every change a board decides can cite the decision it was made under (`decisionId`), checked
 * to exist, so auditors can see why.
 */

export const chairSchema = z
  .object({
    name: requiredText('name'),
    /** The office the chair holds, e.g. "Police and Crime Commissioner". */
    role: optionalText('name'),
  })
  .meta({ typeName: 'ChairInput' });

/** The decision a change was made under, when the command cites one. */
const decisionIdInput = entityId.optional().nullable();

/** A change that names an organisation, under the decision it cites (if any). */
const organisationsAndDecision = (input: { decisionId?: string | null }) => ({
  organisations: organisationRegistryReference(),
  decision: decisionReference(input.decisionId),
});

// Events

export const boardEstablishedData = z.object({
  boardId: entityId,
  name: requiredText('name'),
  purpose: z.string(),
  parentBoardId: entityId.nullable(),
  chair: chairSchema.nullable(),
  /** Absent on boards established before decisions could be cited. */
  decisionId: entityId.nullable().optional(),
});

export const boardMemberAppointedData = z.object({
  boardId: entityId,
  organisationId: entityId,
  /** The role of the person who represents the organisation, e.g. "Chief Constable". */
  role: z.string(),
  /** That person's name (personal data: erasable on request), or null when not recorded. */
  representativeName: z.string().nullable(),
  appointedOn: z.string(),
  decisionId: entityId.nullable(),
});

export const boardMemberRemovedData = z.object({
  boardId: entityId,
  organisationId: entityId,
  role: z.string(),
  reason: z.string(),
  removedOn: z.string(),
  decisionId: entityId.nullable(),
});

export const chairAppointedData = z.object({
  boardId: entityId,
  chair: z.object({
    /** The chair's name (personal data: erasable on request). */
    name: z.string(),
    role: z.string(),
    organisationId: entityId,
  }),
  /** The date the chair takes the chair, e.g. after the PCC election of May 2021. */
  from: z.string(),
  decisionId: entityId.nullable(),
});

export const termsOfReferenceAdoptedData = z.object({
  boardId: entityId,
  /** 1 for a board's first terms of reference, then up by one with each revision. */
  version: z.number().int().positive(),
  purpose: z.string(),
  /** e.g. "People are Safe", "People are Well", "People have Skills", "People have Resources". */
  missionStatements: z.array(z.string()),
  membershipSummary: z.string(),
  adoptedOn: z.string(),
  decisionId: entityId.nullable(),
});

export const boardDissolvedData = z.object({
  boardId: entityId,
  /** The board its open work goes to. */
  successorBoardId: entityId,
  reason: z.string(),
  dissolvedOn: z.string(),
  decisionId: entityId.nullable(),
});

/** Its events by type, each with the schema of its data. */
export const boardEventSchemas = {
  BoardEstablished: boardEstablishedData,
  BoardMemberAppointed: boardMemberAppointedData,
  BoardMemberRemoved: boardMemberRemovedData,
  ChairAppointed: chairAppointedData,
  TermsOfReferenceAdopted: termsOfReferenceAdoptedData,
  BoardDissolved: boardDissolvedData,
} as const;

export type BoardEvent = EventsOf<typeof boardEventSchemas>;

// State

export interface BoardChair {
  name: string;
  role: string | null;
  organisationId: string | null;
  /** Null for the chair named when the board was established. */
  from: string | null;
}

export interface BoardMember {
  organisationId: string;
  role: string;
  representativeName: string | null;
  appointedOn: string;
}

export interface BoardState {
  exists: boolean;
  name: string;
  parentBoardId: string | null;
  chair: BoardChair | null;
  /** The seats currently held: one per organisation and role. */
  members: BoardMember[];
  termsOfReference: { version: number; adoptedOn: string } | null;
  dissolved: boolean;
  dissolvedOn: string | null;
  successorBoardId: string | null;
}

/** Two seats are the same when organisation and role match (case and spacing aside). */
const sameSeat = (member: BoardMember, organisationId: string, role: string) =>
  member.organisationId === organisationId && naturalKey(member.role) === naturalKey(role);

export const board: Aggregate<BoardEvent, BoardState> = {
  name: 'board',
  initialState: () => ({
    exists: false,
    name: '',
    parentBoardId: null,
    chair: null,
    members: [],
    termsOfReference: null,
    dissolved: false,
    dissolvedOn: null,
    successorBoardId: null,
  }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'BoardEstablished': {
        const { name, parentBoardId, chair } = event.data;
        const established = chair
          ? { name: chair.name, role: chair.role ?? null, organisationId: null, from: null }
          : null;
        return { ...state, exists: true, name, parentBoardId, chair: established };
      }
      case 'BoardMemberAppointed': {
        const { organisationId, role, representativeName, appointedOn } = event.data;
        const member = { organisationId, role, representativeName, appointedOn };
        return { ...state, members: [...state.members, member] };
      }
      case 'BoardMemberRemoved': {
        const { organisationId, role } = event.data;
        return {
          ...state,
          members: state.members.filter((m) => !sameSeat(m, organisationId, role)),
        };
      }
      case 'ChairAppointed':
        return { ...state, chair: { ...event.data.chair, from: event.data.from } };
      case 'TermsOfReferenceAdopted': {
        const { version, adoptedOn } = event.data;
        return { ...state, termsOfReference: { version, adoptedOn } };
      }
      case 'BoardDissolved': {
        const { dissolvedOn, successorBoardId } = event.data;
        return { ...state, dissolved: true, dissolvedOn, successorBoardId };
      }
      default:
        return noOtherEvent(event, state);
    }
  },
};

export const boardStreamId = (boardId: string) => streamIdOf(board, boardId);

const dissolvedNote = (state: BoardState) =>
  `was dissolved on ${state.dissolvedOn}; its open work went to board ${state.successorBoardId}`;

/**
 * A board another command puts work on (a parent, a successor, the board of a meeting or a
 * priority): NOT_FOUND when it was never established, CONFLICT when it has been dissolved.
 * `field` names the input field to fix; `what` says what the board is to the command.
 */
export function requireSittingBoard(
  ref: Referenced<BoardState>,
  field: string,
  what = 'board',
): BoardState {
  if (!ref.exists) throw notFound(what, ref.id);
  if (ref.state.dissolved)
    throw conflict(
      `${field}: board "${ref.state.name}" (${ref.id}) ${dissolvedNote(ref.state)}; ` +
        'name a board that still sits',
      { field, boardId: ref.id, successorBoardId: ref.state.successorBoardId },
    );
  return ref.state;
}

/** The board a command changes: it must exist and still sit. */
function sittingBoard(id: string, state: BoardState): BoardState {
  if (!state.exists) throw notFound('board', id);
  if (state.dissolved)
    throw conflict(
      `board "${state.name}" ${dissolvedNote(state)}; a dissolved board takes no further ` +
        'changes: make them on its successor',
      { boardId: id, successorBoardId: state.successorBoardId },
    );
  return state;
}

// establishBoard

export const establishBoardInput = z.object({
  boardId: entityId
    .optional()
    .describe(
      "Optional: the new board's id (a UUID). One is made from the commandId when omitted.",
    ),
  name: requiredText('name'),
  purpose: optionalText('prose'),
  parentBoardId: entityId.optional().nullable(),
  chair: chairSchema.optional().nullable(),
  decisionId: decisionIdInput.describe(
    'The decision the board was established under, when recorded.',
  ),
});

export const establishBoard = defineCommand({
  type: 'EstablishBoard',
  input: establishBoardInput,
  aggregate: board,
  targetId: (input, mint) => input.boardId ?? mint(),
  references: (input) => ({
    parent: input.parentBoardId ? { aggregate: board, id: input.parentBoardId } : null,
    decision: decisionReference(input.decisionId),
  }),
  decide: ({ id, input, refs }, state): BoardEvent[] => {
    if (state.exists) throw conflict(`board ${id} is already established as "${state.name}"`);
    if (input.parentBoardId) {
      if (input.parentBoardId === id)
        throw invalid('parentBoardId: a board cannot be its own parent');
      if (refs.parent) requireSittingBoard(refs.parent, 'parentBoardId', 'parent board');
    }
    requireDecision(refs.decision);
    return [
      {
        type: 'BoardEstablished',
        data: {
          boardId: id,
          name: input.name,
          purpose: input.purpose ?? '',
          parentBoardId: input.parentBoardId ?? null,
          chair: input.chair ? { name: input.chair.name, role: input.chair.role } : null,
          decisionId: input.decisionId ?? null,
        },
      },
    ];
  },
});

// appointBoardMember

export const appointBoardMemberInput = z.object({
  boardId: entityId,
  organisationId: entityId.describe('A registered organisation.'),

  role: requiredText('name').describe(
    'The role of the person who represents the organisation, e.g. Chief Executive.',
  ),

  representativeName: personName
    .optional()
    .nullable()
    .describe("The person's name, when the office records it (personal data)."),
  appointedOn: isoDate
    .optional()
    .describe('YYYY-MM-DD; the business date of the command when omitted.'),
  decisionId: decisionIdInput,
});

export const appointBoardMember = defineCommand({
  type: 'AppointBoardMember',
  description: 'Gives an organisation a seat; CONFLICT when it already sits in that role.',
  input: appointBoardMemberInput,
  aggregate: board,
  targetId: (input) => input.boardId,
  references: organisationsAndDecision,
  decide: ({ id, input, refs, occurredAt }, state): BoardEvent[] => {
    const current = sittingBoard(id, state);
    const organisation = requireOrganisation(
      refs.organisations,
      input.organisationId,
      'member organisation',
    );
    requireDecision(refs.decision);
    const seat = current.members.find((m) => sameSeat(m, input.organisationId, input.role));
    if (seat)
      throw conflict(
        `${organisation.name} already sits on "${current.name}" as ${seat.role} ` +
          `(since ${seat.appointedOn}); to change who represents it, remove that member first`,
      );
    return [
      {
        type: 'BoardMemberAppointed',
        data: {
          boardId: id,
          organisationId: input.organisationId,
          role: input.role,
          representativeName: input.representativeName ?? null,
          appointedOn: input.appointedOn ?? dateOf(occurredAt),
          decisionId: input.decisionId ?? null,
        },
      },
    ];
  },
});

// removeBoardMember

export const removeBoardMemberInput = z.object({
  boardId: entityId,
  organisationId: entityId,

  role: requiredText('name')
    .optional()
    .describe("Which of the organisation's seats; needed only when it holds more than one."),
  reason: requiredText('prose'),
  removedOn: isoDate
    .optional()
    .describe('YYYY-MM-DD; the business date of the command when omitted.'),
  decisionId: decisionIdInput,
});

export const removeBoardMember = defineCommand({
  type: 'RemoveBoardMember',
  input: removeBoardMemberInput,
  aggregate: board,
  targetId: (input) => input.boardId,
  references: (input) => ({ decision: decisionReference(input.decisionId) }),
  decide: ({ id, input, refs, occurredAt }, state): BoardEvent[] => {
    const current = sittingBoard(id, state);
    requireDecision(refs.decision);
    const seats = current.members.filter((m) => m.organisationId === input.organisationId);
    if (seats.length === 0)
      throw conflict(
        `organisation ${input.organisationId} is not a member of "${current.name}"; ` +
          'nothing to remove: check the organisation id',
      );
    const roles = seats.map((m) => m.role).join(', ');
    const { role } = input;
    if (role === undefined && seats.length > 1)
      throw invalid(
        `role: organisation ${input.organisationId} holds ${seats.length} seats on ` +
          `"${current.name}" (${roles}); say which one to remove`,
      );
    const seat =
      role === undefined ? seats[0] : seats.find((m) => naturalKey(m.role) === naturalKey(role));
    if (!seat)
      throw conflict(
        `organisation ${input.organisationId} does not sit on "${current.name}" as ${role}; ` +
          `its seats are: ${roles}`,
      );
    const removedOn = input.removedOn ?? dateOf(occurredAt);
    ensureNotBefore('removedOn', removedOn, seat.appointedOn, 'the member was appointed');
    return [
      {
        type: 'BoardMemberRemoved',
        data: {
          boardId: id,
          organisationId: input.organisationId,
          role: seat.role,
          reason: input.reason,
          removedOn,
          decisionId: input.decisionId ?? null,
        },
      },
    ];
  },
});

// appointChair

export const appointChairInput = z.object({
  boardId: entityId,

  name: personName.describe("The chair's name, e.g. Rupert Matthews (personal data)."),

  role: requiredText('name').describe(
    'The office the chair holds, e.g. Police and Crime Commissioner.',
  ),
  organisationId: entityId.describe("The chair's organisation (registered)."),
  from: isoDate.describe('YYYY-MM-DD: when the chair takes the chair.'),
  decisionId: decisionIdInput,
});

export const appointChair = defineCommand({
  type: 'AppointChair',
  description:
    'Changes the chair (after a PCC election, say); the previous chair stays in chairHistory.',
  input: appointChairInput,
  aggregate: board,
  targetId: (input) => input.boardId,
  references: organisationsAndDecision,
  decide: ({ id, input, refs }, state): BoardEvent[] => {
    const current = sittingBoard(id, state);
    requireOrganisation(refs.organisations, input.organisationId, "chair's organisation");
    requireDecision(refs.decision);
    const chair = current.chair;
    if (
      chair &&
      naturalKey(chair.name) === naturalKey(input.name) &&
      (chair.organisationId === null || chair.organisationId === input.organisationId)
    )
      throw conflict(
        `${chair.name} already chairs "${current.name}"${chair.from ? ` (from ${chair.from})` : ''}; ` +
          'nothing to change: appoint a different person to change the chair',
      );
    if (chair?.from)
      ensureNotBefore('from', input.from, chair.from, 'the current chair took the chair');
    return [
      {
        type: 'ChairAppointed',
        data: {
          boardId: id,
          chair: { name: input.name, role: input.role, organisationId: input.organisationId },
          from: input.from,
          decisionId: input.decisionId ?? null,
        },
      },
    ];
  },
});

// adoptTermsOfReference

export const adoptTermsOfReferenceInput = z.object({
  boardId: entityId,

  version: z
    .number({ message: 'must be a whole number, e.g. 2' })
    .int({ message: 'must be a whole number, e.g. 2' })
    .positive({ message: 'must be 1 or more' })
    .max(1000, { message: 'must be at most 1000' })
    .optional()
    .describe('The version adopted; leave out for the next one (versions go up one at a time).'),
  purpose: requiredText('prose'),
  missionStatements: z
    .array(requiredText('title'), {
      message: 'must be a list of statements, e.g. ["People are Safe"]',
    })
    .max(20, { message: 'must list at most 20 statements' })
    .superRefine((statements, ctx) => {
      const keys = statements.map(naturalKey);
      const repeated = keys.findIndex((key, i) => keys.indexOf(key) !== i);
      if (repeated !== -1)
        ctx.addIssue({
          code: 'custom',
          path: [repeated],
          message: `repeats "${statements[repeated]}"; list each statement once`,
        });
    })
    .optional()
    .describe('e.g. ["People are Safe", "People are Well"] (at most 20, each once).'),
  membershipSummary: optionalText('prose'),
  adoptedOn: isoDate.describe('YYYY-MM-DD.'),
  decisionId: decisionIdInput,
});

export const adoptTermsOfReference = defineCommand({
  type: 'AdoptTermsOfReference',
  input: adoptTermsOfReferenceInput,
  aggregate: board,
  targetId: (input) => input.boardId,
  references: (input) => ({ decision: decisionReference(input.decisionId) }),
  decide: ({ id, input, refs }, state): BoardEvent[] => {
    const current = sittingBoard(id, state);
    requireDecision(refs.decision);
    const adopted = current.termsOfReference;
    const next = adopted ? adopted.version + 1 : (input.version ?? 1);
    if (adopted && input.version !== undefined) {
      if (input.version <= adopted.version)
        throw conflict(
          `version: "${current.name}" already has version ${adopted.version} of its terms of ` +
            `reference (adopted ${adopted.adoptedOn}); adopt version ${next}, or leave version out`,
          { field: 'version', currentVersion: adopted.version },
        );
      if (input.version > next)
        throw invalid(
          `version: the next version of "${current.name}"'s terms of reference is ${next}; ` +
            'versions go up one at a time',
          { field: 'version', currentVersion: adopted.version },
        );
    }
    if (adopted)
      ensureNotBefore(
        'adoptedOn',
        input.adoptedOn,
        adopted.adoptedOn,
        `version ${adopted.version} was adopted`,
      );
    return [
      {
        type: 'TermsOfReferenceAdopted',
        data: {
          boardId: id,
          version: next,
          purpose: input.purpose,
          missionStatements: input.missionStatements ?? [],
          membershipSummary: input.membershipSummary ?? '',
          adoptedOn: input.adoptedOn,
          decisionId: input.decisionId ?? null,
        },
      },
    ];
  },
});

// dissolveBoard

export const dissolveBoardInput = z.object({
  boardId: entityId,

  successorBoardId: entityId.describe('The board its open work goes to; it must still sit.'),
  reason: requiredText('prose'),
  dissolvedOn: isoDate
    .optional()
    .describe('YYYY-MM-DD; the business date of the command when omitted.'),
  decisionId: decisionIdInput,
});

export const dissolveBoard = defineCommand({
  type: 'DissolveBoard',
  description:
    'Dissolves a board, naming the board its open work goes to; it then takes no changes.',
  input: dissolveBoardInput,
  aggregate: board,
  targetId: (input) => input.boardId,
  references: (input) => ({
    successor: { aggregate: board, id: input.successorBoardId },
    decision: decisionReference(input.decisionId),
  }),
  decide: ({ id, input, refs, occurredAt }, state): BoardEvent[] => {
    if (state.exists && state.dissolved)
      throw conflict(`board "${state.name}" ${dissolvedNote(state)}; it is dissolved already`);
    sittingBoard(id, state);
    if (input.successorBoardId === id)
      throw invalid(
        'successorBoardId: a board cannot be its own successor; name the board its open work goes to',
      );
    requireSittingBoard(refs.successor, 'successorBoardId');
    requireDecision(refs.decision);
    return [
      {
        type: 'BoardDissolved',
        data: {
          boardId: id,
          successorBoardId: input.successorBoardId,
          reason: input.reason,
          dissolvedOn: input.dissolvedOn ?? dateOf(occurredAt),
          decisionId: input.decisionId ?? null,
        },
      },
    ];
  },
});
