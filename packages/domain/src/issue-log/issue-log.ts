import { z } from 'zod';
import { board, requireSittingBoard } from '../board/board';
import {
  defineCommand,
  streamIdOf,
  type Aggregate,
  type EventsOf,
  noOtherEvent,
} from '../kernel/decider';
import { conflict, notFound } from '../kernel/errors';
import {
  dateOf,
  ensureNotBefore,
  entityId,
  isoDate,
  personName,
  requiredText,
} from '../kernel/schemas';
import { organisationRegistryReference, requireOrganisation } from '../organisation/organisation';

/**
 * The SPB Issues Log (Police and Crime Panel, June 2018): inter-agency and partner issues,
 * gathered from fact-finding meetings with partner Chief Executives and from partnership
 * meetings, that the programme office analyses and that drive the SPB business plan. Each
 * issue is its own aggregate: logged against a board, assigned to an organisation or officer
 * to take forward, resolved, and closed.
 */

export const issueStatuses = ['OPEN', 'RESOLVED', 'CLOSED'] as const;
export type IssueStatus = (typeof issueStatuses)[number];

// Events

/**
 * Who raised an issue, or takes it forward: an organisation, a person (personal data: a partner
 * Chief Executive, an officer), or both.
 */
export const issuePartyData = z.object({
  organisationId: entityId.nullable(),
  person: z.string().nullable(),
});
export type IssueParty = z.infer<typeof issuePartyData>;

export const issueLoggedData = z.object({
  issueId: entityId,
  boardId: entityId,
  title: z.string(),
  description: z.string(),
  /** The office's own grouping (e.g. "Reactive demand", "Information sharing"). */
  category: z.string(),
  raisedBy: issuePartyData,
  raisedOn: z.string(),
});

export const issueAssignedData = z.object({
  issueId: entityId,
  assignee: issuePartyData,
  /** Who held it before; null on first assignment. */
  previousAssignee: issuePartyData.nullable(),
  assignedOn: z.string(),
});

export const issueResolvedData = z.object({
  issueId: entityId,
  resolution: z.string(),
  resolvedOn: z.string(),
});

export const issueClosedData = z.object({
  issueId: entityId,
  /** OPEN when closed without a resolution (withdrawn, a duplicate, out of scope). */
  from: z.enum(['OPEN', 'RESOLVED']),
  reason: z.string(),
  closedOn: z.string(),
});

/** Its events by type, each with the schema of its data. */
export const issueEventSchemas = {
  IssueLogged: issueLoggedData,
  IssueAssigned: issueAssignedData,
  IssueResolved: issueResolvedData,
  IssueClosed: issueClosedData,
} as const;

export type IssueEvent = EventsOf<typeof issueEventSchemas>;

// State

export interface IssueState {
  exists: boolean;
  title: string;
  status: IssueStatus;
  raisedOn: string;
  assignee: IssueParty | null;
  /** When it was resolved or closed, for the refusals to say. */
  settledOn: string | null;
}

export const issue: Aggregate<IssueEvent, IssueState> = {
  name: 'issue',
  initialState: () => ({
    exists: false,
    title: '',
    status: 'OPEN',
    raisedOn: '',
    assignee: null,
    settledOn: null,
  }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'IssueLogged':
        return { ...state, exists: true, title: event.data.title, raisedOn: event.data.raisedOn };
      case 'IssueAssigned':
        return { ...state, assignee: event.data.assignee };
      case 'IssueResolved':
        return { ...state, status: 'RESOLVED', settledOn: event.data.resolvedOn };
      case 'IssueClosed':
        return { ...state, status: 'CLOSED', settledOn: event.data.closedOn };
      default:
        return noOtherEvent(event, state);
    }
  },
};

export const issueStreamId = (issueId: string) => streamIdOf(issue, issueId);

/** The issue a command addresses must be logged, and not in a status listed in `refused`. */
const issueIn = (
  id: string,
  state: IssueState,
  refused: readonly IssueStatus[],
  toDo: string,
  instead: string,
) => {
  if (!state.exists) throw notFound('issue', id);
  if (refused.includes(state.status))
    throw conflict(
      `issue "${state.title}" was ${state.status.toLowerCase()} on ${state.settledOn}, so it ` +
        `cannot be ${toDo}; ${instead}`,
      { status: state.status },
    );
  return state;
};

/** An issue still open: resolved and closed issues are not assigned or resolved again. */
const openIssue = (id: string, state: IssueState, toDo: string) =>
  issueIn(id, state, ['RESOLVED', 'CLOSED'], toDo, 'log a new issue if the problem has come back');

/** The date of a step on an issue: as given, else the command's; never before it was raised. */
const stepDate = (
  field: string,
  given: string | undefined,
  occurredAt: string,
  current: IssueState,
) => {
  const date = given ?? dateOf(occurredAt);
  ensureNotBefore(field, date, current.raisedOn, 'the date the issue was raised');
  return date;
};

const sameParty = (a: IssueParty | null, b: IssueParty) =>
  a !== null && a.organisationId === b.organisationId && a.person === b.person;

/** An organisation, a person, or both; `role` says what they do, for the refusal. */
const partyInput = (role: string) =>
  z
    .object({
      organisationId: entityId.optional().nullable().describe('A registered organisation.'),
      person: personName.optional().nullable().describe('A person (personal data).'),
    })
    .meta({ typeName: 'IssuePartyInput' })
    .refine((party) => Boolean(party.organisationId || party.person), {
      message: `name the organisation (organisationId) or the person (person) who ${role}`,
    })
    .transform((party): IssueParty => ({
      organisationId: party.organisationId ?? null,
      person: party.person ?? null,
    }));

// logIssue

export const logIssueInput = z.object({
  issueId: entityId
    .optional()
    .describe(
      "Optional: the new issue's id (a UUID). One is made from the commandId when omitted.",
    ),

  boardId: entityId.describe('The board whose log holds it.'),
  title: requiredText('title'),
  description: requiredText('prose'),
  category: requiredText('name'),

  raisedBy: partyInput('raised it').describe('Name the organisation, the person, or both.'),
  raisedOn: isoDate
    .optional()
    .describe('YYYY-MM-DD; defaults to the business date of the command.'),
});

export const logIssue = defineCommand({
  type: 'LogIssue',
  input: logIssueInput,
  aggregate: issue,
  targetId: (input, mint) => input.issueId ?? mint(),
  references: (input) => ({
    board: { aggregate: board, id: input.boardId },
    organisations: input.raisedBy.organisationId ? organisationRegistryReference() : null,
  }),
  decide: ({ id, input, refs, occurredAt }, state): IssueEvent[] => {
    if (state.exists) throw conflict(`issue ${id} is already logged as "${state.title}"`);
    requireSittingBoard(refs.board, 'boardId');
    if (refs.organisations && input.raisedBy.organisationId)
      requireOrganisation(
        refs.organisations,
        input.raisedBy.organisationId,
        'raising organisation',
      );
    return [
      {
        type: 'IssueLogged',
        data: {
          issueId: id,
          boardId: input.boardId,
          title: input.title,
          description: input.description,
          category: input.category,
          raisedBy: input.raisedBy,
          raisedOn: input.raisedOn ?? dateOf(occurredAt),
        },
      },
    ];
  },
});

// assignIssue

export const assignIssueInput = z.object({
  issueId: entityId,
  assignee: partyInput('takes it forward'),
  assignedOn: isoDate.optional(),
});

export const assignIssue = defineCommand({
  type: 'AssignIssue',
  input: assignIssueInput,
  aggregate: issue,
  targetId: (input) => input.issueId,
  references: (input) => ({
    organisations: input.assignee.organisationId ? organisationRegistryReference() : null,
  }),
  decide: ({ id, input, refs, occurredAt }, state): IssueEvent[] => {
    const current = openIssue(id, state, 'assigned');
    if (refs.organisations && input.assignee.organisationId)
      requireOrganisation(refs.organisations, input.assignee.organisationId, 'organisation');
    const assignee = input.assignee;
    if (sameParty(current.assignee, assignee))
      throw conflict(`issue "${current.title}" is already assigned to them; nothing to change`);
    const assignedOn = stepDate('assignedOn', input.assignedOn, occurredAt, current);
    return [
      {
        type: 'IssueAssigned',
        data: { issueId: id, assignee, previousAssignee: current.assignee, assignedOn },
      },
    ];
  },
});

// resolveIssue

export const resolveIssueInput = z.object({
  issueId: entityId,

  resolution: requiredText('prose').describe('What was done.'),
  resolvedOn: isoDate.optional(),
});

export const resolveIssue = defineCommand({
  type: 'ResolveIssue',
  input: resolveIssueInput,
  aggregate: issue,
  targetId: (input) => input.issueId,
  decide: ({ id, input, occurredAt }, state): IssueEvent[] => {
    const current = openIssue(id, state, 'resolved again');
    const resolvedOn = stepDate('resolvedOn', input.resolvedOn, occurredAt, current);
    return [
      { type: 'IssueResolved', data: { issueId: id, resolution: input.resolution, resolvedOn } },
    ];
  },
});

// closeIssue

export const closeIssueInput = z.object({
  issueId: entityId,

  reason: requiredText('prose').describe('Why it leaves the log.'),
  closedOn: isoDate.optional(),
});

export const closeIssue = defineCommand({
  type: 'CloseIssue',
  input: closeIssueInput,
  aggregate: issue,
  targetId: (input) => input.issueId,
  decide: ({ id, input, occurredAt }, state): IssueEvent[] => {
    const current = issueIn(id, state, ['CLOSED'], 'closed again', 'the log keeps it as it is');
    const closedOn = stepDate('closedOn', input.closedOn, occurredAt, current);
    return [
      {
        type: 'IssueClosed',
        data: {
          issueId: id,
          from: current.status === 'RESOLVED' ? 'RESOLVED' : 'OPEN',
          reason: input.reason,
          closedOn,
        },
      },
    ];
  },
});
