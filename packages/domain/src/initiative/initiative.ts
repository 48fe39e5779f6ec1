import { z } from 'zod';
import { board, requireSittingBoard } from '../board/board';
import {
  defineCommand,
  streamIdOf,
  type Aggregate,
  type EventsOf,
  noOtherEvent,
} from '../kernel/decider';
import { conflict, DomainError, invalid, notFound } from '../kernel/errors';
import { memberIdFor } from '../kernel/ids';
import {
  choiceOf,
  dateOf,
  distinctIds,
  ensureNotBefore,
  entityId,
  isoDate,
  optionalText,
  personName,
  requiredText,
} from '../kernel/schemas';
import { decisionReference, requireDecision } from '../decision/decision';
import { organisationRegistryReference, requireOrganisation } from '../organisation/organisation';
import { priority } from '../priority/priority';

/**
 * An initiative: an item of the SPB portfolio (Annex A of the LSCSB OPCC update, March 2021):
 * Trauma Informed Strategy, Female Offender Strategy, Public Sector Volunteering, People Zones,
 * Youth Perception Survey, Performance Packs. It has an owning board, the priorities it serves,
 * lead organisations and officers, a status along a lifecycle, a delivery confidence, dated
 * milestones and its next steps.
 */

export const initiativeStatuses = [
  'PROPOSED',
  'NOT_STARTED',
  'IN_PROGRESS',
  'EMBEDDED',
  'TRANSFERRED',
  'COMPLETED',
  'CLOSED',
] as const;
export type InitiativeStatus = (typeof initiativeStatuses)[number];

/**
 * The initiative lifecycle: for each status, the statuses it may move to. The one place the
 * rule lives; `changeInitiativeStatus` refuses anything else and names what is allowed.
 *
 * - PROPOSED: an idea put to a board. It is accepted into the portfolio as NOT_STARTED (Annex A:
 *   "some of the projects listed have not yet started"), or work begins at once (IN_PROGRESS:
 *   the Female Offender Strategy was adopted by the SPB Exec with work already under way), or it
 *   is not taken up (CLOSED).
 * - NOT_STARTED -> IN_PROGRESS when work starts, or CLOSED if dropped. It cannot be embedded,
 *   transferred or completed before any work was done.
 * - IN_PROGRESS -> EMBEDDED (the work has become the partners' normal practice), TRANSFERRED
 *   (a sub-board takes it over with a named lead: the Trauma Informed Strategy went to a
 *   Leadership Group drawn from the Vulnerability Executive before it was embedded),
 *   COMPLETED (a finite piece of work that is done, e.g. a survey) or CLOSED (stopped).
 * - EMBEDDED -> TRANSFERRED is the path Annex A describes: "once each of the above projects
 *   have properly been embedded and a lead has been identified, they will move across into one
 *   of the 5 sub-groups"; or COMPLETED / CLOSED. It does not go back to IN_PROGRESS: work that
 *   slips after being embedded is a delivery-confidence matter, not a status.
 * - TRANSFERRED -> IN_PROGRESS when the receiving board picks the work up and drives it;
 *   TRANSFERRED -> TRANSFERRED when it moves on to another board without being picked up, as
 *   when the 2022 restructure replaced the sub-boards (People and Place, SOMMB, ...) with
 *   Prevention and Early Intervention, Adolescence Safety and Diversion, and Adult Vulnerability
 *   and Offending; or COMPLETED / CLOSED.
 * - COMPLETED -> CLOSED only: the record is closed once the office has reported the completion.
 * - CLOSED is final: the history stays; register a new initiative to restart the work.
 */
export const initiativeLifecycle: Readonly<Record<InitiativeStatus, readonly InitiativeStatus[]>> =
  {
    PROPOSED: ['NOT_STARTED', 'IN_PROGRESS', 'CLOSED'],
    NOT_STARTED: ['IN_PROGRESS', 'CLOSED'],
    IN_PROGRESS: ['EMBEDDED', 'TRANSFERRED', 'COMPLETED', 'CLOSED'],
    EMBEDDED: ['TRANSFERRED', 'COMPLETED', 'CLOSED'],
    TRANSFERRED: ['IN_PROGRESS', 'TRANSFERRED', 'COMPLETED', 'CLOSED'],
    COMPLETED: ['CLOSED'],
    CLOSED: [],
  };

/** The statuses an initiative may move to from `status` (none when CLOSED). */
export const nextInitiativeStatuses = (status: InitiativeStatus): readonly InitiativeStatus[] =>
  initiativeLifecycle[status];

/**
 * The statuses an initiative can be registered with. TRANSFERRED needs a move from one board
 * to another and COMPLETED / CLOSED a history of delivery: register, then change the status.
 */
export const initialInitiativeStatuses = [
  'PROPOSED',
  'NOT_STARTED',
  'IN_PROGRESS',
  'EMBEDDED',
] as const;

/** Once COMPLETED or CLOSED, an initiative is a record: its plan no longer changes. */
const finishedStatuses: readonly InitiativeStatus[] = ['COMPLETED', 'CLOSED'];

/** Delivery confidence, the five-point scale of programme reporting. */
export const deliveryConfidences = ['GREEN', 'AMBER_GREEN', 'AMBER', 'AMBER_RED', 'RED'] as const;
export type DeliveryConfidence = (typeof deliveryConfidences)[number];

// Events

/** An officer leading the work: a name (personal data) and the role or body they act for. */
export const leadOfficerData = z.object({ name: z.string(), role: z.string() });
export type LeadOfficer = z.infer<typeof leadOfficerData>;

export const initiativeRegisteredData = z.object({
  initiativeId: entityId,
  title: z.string(),
  description: z.string(),
  owningBoardId: entityId,
  priorityIds: z.array(entityId),
  leadOrganisationIds: z.array(entityId),
  leadOfficers: z.array(leadOfficerData),
  status: z.enum(initialInitiativeStatuses),
  registeredOn: z.string(),
  /**
   * The decision that took it into the portfolio, e.g. the SPB Exec adopting it as a project.
   * Absent on initiatives registered before decisions could be cited.
   */
  decisionId: entityId.nullable().optional(),
});

export const initiativeStatusChangedData = z.object({
  initiativeId: entityId,
  from: z.enum(initiativeStatuses),
  to: z.enum(initiativeStatuses),
  /** The board now responsible: the target board of a transfer, else unchanged. */
  boardId: entityId,
  /** The board it moved to and the lead named there; both null unless `to` is TRANSFERRED. */
  targetBoardId: entityId.nullable(),
  lead: leadOfficerData.nullable(),
  reason: z.string(),
  decisionId: entityId.nullable(),
  effectiveOn: z.string(),
});

export const deliveryConfidenceSetData = z.object({
  initiativeId: entityId,
  confidence: z.enum(deliveryConfidences),
  /** The rating it replaced; null for the first assessment. */
  previousConfidence: z.enum(deliveryConfidences).nullable(),
  comment: z.string(),
  assessedOn: z.string(),
});

export const milestoneAddedData = z.object({
  initiativeId: entityId,
  milestoneId: entityId,
  title: z.string(),
  dueOn: z.string(),
  addedOn: z.string(),
});

export const milestoneRedatedData = z.object({
  initiativeId: entityId,
  milestoneId: entityId,
  /** The due date it replaced: redating never loses the date first promised. */
  previousDueOn: z.string(),
  dueOn: z.string(),
  reason: z.string(),
  redatedOn: z.string(),
});

export const milestoneCompletedData = z.object({
  initiativeId: entityId,
  milestoneId: entityId,
  completedOn: z.string(),
  /** The date it was due when completed, so late completion reads off the event. */
  dueOn: z.string(),
});

export const nextStepsRecordedData = z.object({
  initiativeId: entityId,
  nextSteps: z.string(),
  asOf: z.string(),
});

/** Its events by type, each with the schema of its data. */
export const initiativeEventSchemas = {
  InitiativeRegistered: initiativeRegisteredData,
  InitiativeStatusChanged: initiativeStatusChangedData,
  DeliveryConfidenceSet: deliveryConfidenceSetData,
  MilestoneAdded: milestoneAddedData,
  MilestoneRedated: milestoneRedatedData,
  MilestoneCompleted: milestoneCompletedData,
  NextStepsRecorded: nextStepsRecordedData,
} as const;

export type InitiativeEvent = EventsOf<typeof initiativeEventSchemas>;

// State

export interface MilestoneState {
  milestoneId: string;
  title: string;
  dueOn: string;
  /** Earlier due dates, oldest first. */
  previousDueDates: string[];
  completedOn: string | null;
}

export interface InitiativeState {
  exists: boolean;
  title: string;
  status: InitiativeStatus;
  /** The date of the latest status (registration or change). */
  statusSince: string;
  /** The board now responsible: the owning board, or the board it was transferred to. */
  boardId: string;
  confidence: DeliveryConfidence | null;
  milestones: MilestoneState[];
}

const withMilestone = (
  state: InitiativeState,
  milestoneId: string,
  change: Partial<MilestoneState> | ((m: MilestoneState) => Partial<MilestoneState>),
): InitiativeState => ({
  ...state,
  milestones: state.milestones.map((m) =>
    m.milestoneId === milestoneId
      ? { ...m, ...(typeof change === 'function' ? change(m) : change) }
      : m,
  ),
});

export const initiative: Aggregate<InitiativeEvent, InitiativeState> = {
  name: 'initiative',
  initialState: () => ({
    exists: false,
    title: '',
    status: 'PROPOSED',
    statusSince: '',
    boardId: '',
    confidence: null,
    milestones: [],
  }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'InitiativeRegistered':
        return {
          ...state,
          exists: true,
          title: event.data.title,
          status: event.data.status,
          statusSince: event.data.registeredOn,
          boardId: event.data.owningBoardId,
        };
      case 'InitiativeStatusChanged':
        return {
          ...state,
          status: event.data.to,
          statusSince: event.data.effectiveOn,
          boardId: event.data.boardId,
        };
      case 'DeliveryConfidenceSet':
        return { ...state, confidence: event.data.confidence };
      case 'MilestoneAdded': {
        const { milestoneId, title, dueOn } = event.data;
        const added = { milestoneId, title, dueOn, previousDueDates: [], completedOn: null };
        return { ...state, milestones: [...state.milestones, added] };
      }
      case 'MilestoneRedated':
        return withMilestone(state, event.data.milestoneId, (m) => ({
          dueOn: event.data.dueOn,
          previousDueDates: [...m.previousDueDates, event.data.previousDueOn],
        }));
      case 'MilestoneCompleted':
        return withMilestone(state, event.data.milestoneId, {
          completedOn: event.data.completedOn,
        });
      case 'NextStepsRecorded': // next steps decide nothing
        return state;
      default:
        return noOtherEvent(event, state);
    }
  },
};

export const initiativeStreamId = (initiativeId: string) => streamIdOf(initiative, initiativeId);

// Rules shared by the commands

/** The initiative a command addresses must be registered. */
const registered = (id: string, state: InitiativeState) => {
  if (!state.exists) throw notFound('initiative', id);
  return state;
};

/** Milestones, confidence and next steps change only while the initiative is live. */
const live = (id: string, state: InitiativeState, toDo: string) => {
  const current = registered(id, state);
  if (finishedStatuses.includes(current.status))
    throw conflict(
      `initiative "${current.title}" is ${current.status} and its plan can no longer change; ` +
        `${toDo} only on an initiative that is not COMPLETED or CLOSED`,
      { status: current.status },
    );
  return current;
};

/**
 * One reference per id of a list, keyed `<prefix>:<id>`, for commands that name several
 * entities of one kind (the priorities an initiative serves).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const eachOf = <P extends string, A extends Aggregate<any, any>>(
  prefix: P,
  aggregate: A,
  ids: readonly string[],
) =>
  Object.fromEntries(ids.map((id) => [`${prefix}:${id}`, { aggregate, id }])) as Record<
    `${P}:${string}`,
    { aggregate: A; id: string }
  >;

const leadOfficerInput = z
  .object({
    name: personName.describe("The officer's name (personal data)."),
    role: optionalText('name').describe('The role or body they act for, e.g. OPCC.'),
  })
  .meta({ typeName: 'LeadOfficerInput' });
const leadOfficerOf = (lead: z.output<typeof leadOfficerInput>): LeadOfficer => ({
  name: lead.name,
  role: lead.role ?? '',
});

// registerInitiative

export const registerInitiativeInput = z.object({
  initiativeId: entityId
    .optional()
    .describe(
      "Optional: the new initiative's id (a UUID). One is made from the commandId when omitted.",
    ),
  title: requiredText('title'),
  description: optionalText('prose'),

  owningBoardId: entityId.describe('The board whose portfolio holds it, e.g. the SPB.'),
  priorityIds: distinctIds(20).optional(),
  leadOrganisationIds: distinctIds(20)
    .optional()
    .describe('Registered organisations (at most 20, no repeats).'),
  /** Named leads, e.g. Liz McDermott (OPCC) and Claire Morley (NPS). Personal data. */
  leadOfficers: z
    .array(leadOfficerInput, { message: 'must be a list of { name, role }' })
    .max(20, { message: 'must list at most 20 officers' })
    .optional(),
  status: choiceOf(initialInitiativeStatuses, 'InitialInitiativeStatus')
    .optional()
    .describe('Defaults to PROPOSED.'),
  registeredOn: isoDate
    .optional()
    .describe('YYYY-MM-DD; defaults to the business date of the command.'),

  decisionId: entityId
    .optional()
    .nullable()
    .describe('The decision that took it into the portfolio.'),
});

export const registerInitiative = defineCommand({
  type: 'RegisterInitiative',
  description: "Enter an initiative into a board's portfolio.",
  input: registerInitiativeInput,
  aggregate: initiative,
  targetId: (input, mint) => input.initiativeId ?? mint(),
  references: (input) =>
    Object.assign(
      {
        board: { aggregate: board, id: input.owningBoardId },
        organisations: input.leadOrganisationIds?.length ? organisationRegistryReference() : null,
        decision: decisionReference(input.decisionId),
      },
      eachOf('priority', priority, input.priorityIds ?? []),
    ),
  decide: ({ id, input, refs, occurredAt }, state): InitiativeEvent[] => {
    if (state.exists) throw conflict(`initiative ${id} is already registered as "${state.title}"`);
    requireSittingBoard(refs.board, 'owningBoardId', 'owning board');
    const priorityIds = input.priorityIds ?? [];
    for (const priorityId of priorityIds) {
      const cited = refs[`priority:${priorityId}`];
      if (!cited?.exists) throw notFound('priority', priorityId);
      if (cited.state.retired)
        throw conflict(
          `priorityIds: priority "${cited.state.title}" (${priorityId}) was retired on ` +
            `${cited.state.retiredOn}; cite a priority the board still holds`,
          { field: 'priorityIds', priorityId },
        );
    }
    const leadOrganisationIds = input.leadOrganisationIds ?? [];
    for (const organisationId of leadOrganisationIds)
      if (refs.organisations)
        requireOrganisation(refs.organisations, organisationId, 'lead organisation');
    requireDecision(refs.decision);
    return [
      {
        type: 'InitiativeRegistered',
        data: {
          initiativeId: id,
          title: input.title,
          description: input.description ?? '',
          owningBoardId: input.owningBoardId,
          priorityIds,
          leadOrganisationIds,
          leadOfficers: (input.leadOfficers ?? []).map(leadOfficerOf),
          status: input.status ?? 'PROPOSED',
          registeredOn: input.registeredOn ?? dateOf(occurredAt),
          decisionId: input.decisionId ?? null,
        },
      },
    ];
  },
});

// changeInitiativeStatus

export const changeInitiativeStatusInput = z
  .object({
    initiativeId: entityId,
    status: choiceOf(initiativeStatuses, 'InitiativeStatus'),

    reason: optionalText('prose').describe('Why; required to close an initiative.'),

    decisionId: entityId.optional().nullable().describe('The decision that made the change.'),

    targetBoardId: entityId
      .optional()
      .nullable()
      .describe('For TRANSFERRED (and only then): the sub-board that takes the initiative over.'),

    lead: leadOfficerInput
      .optional()
      .nullable()
      .describe('For TRANSFERRED (and only then): the lead identified on the receiving board.'),
    effectiveOn: isoDate
      .optional()
      .describe(
        'YYYY-MM-DD; defaults to the business date of the command. Not before the current status began.',
      ),
  })
  .superRefine((input, ctx) => {
    const transfer = input.status === 'TRANSFERRED';
    const need = (field: 'targetBoardId' | 'lead', message: string) =>
      ctx.addIssue({ code: 'custom', path: [field], message });
    if (transfer && !input.targetBoardId)
      need('targetBoardId', 'a transfer names the board that takes the initiative over; give it');
    if (transfer && !input.lead)
      need(
        'lead',
        'a transfer names the lead identified on the receiving board; give { name, role }',
      );
    if (!transfer && input.targetBoardId)
      need(
        'targetBoardId',
        'only a transfer names a target board; leave it out or set status TRANSFERRED',
      );
    if (!transfer && input.lead)
      need('lead', 'only a transfer names a new lead; leave it out or set status TRANSFERRED');
    if (input.status === 'CLOSED' && !input.reason)
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'closing an initiative needs a reason (why the work stopped); give one',
      });
  });

export const changeInitiativeStatus = defineCommand({
  type: 'ChangeInitiativeStatus',
  description:
    'Move an initiative along its lifecycle (a transfer names the receiving board and its lead).',
  input: changeInitiativeStatusInput,
  aggregate: initiative,
  targetId: (input) => input.initiativeId,
  references: (input) => ({
    targetBoard: input.targetBoardId ? { aggregate: board, id: input.targetBoardId } : null,
    decision: decisionReference(input.decisionId),
  }),
  decide: ({ id, input, refs, occurredAt }, state): InitiativeEvent[] => {
    const current = registered(id, state);
    requireDecision(refs.decision);
    const allowed = nextInitiativeStatuses(current.status);
    if (!allowed.includes(input.status)) {
      const next = allowed.length > 0 ? allowed.join(', ') : 'none (CLOSED is final)';
      throw conflict(
        `initiative "${current.title}" is ${current.status} and cannot move to ${input.status}; ` +
          `allowed next statuses: ${next}`,
        { from: current.status, to: input.status, allowed: [...allowed] },
      );
    }
    if (refs.targetBoard) {
      requireSittingBoard(refs.targetBoard, 'targetBoardId', 'target board');
      if (refs.targetBoard.id === current.boardId)
        throw invalid(
          `targetBoardId: initiative "${current.title}" already sits with board ` +
            `"${refs.targetBoard.state.name}"; name the board that takes it over`,
          { field: 'targetBoardId' },
        );
    }
    const effectiveOn = input.effectiveOn ?? dateOf(occurredAt);
    ensureNotBefore('effectiveOn', effectiveOn, current.statusSince, 'the current status began');
    return [
      {
        type: 'InitiativeStatusChanged',
        data: {
          initiativeId: id,
          from: current.status,
          to: input.status,
          boardId: input.targetBoardId ?? current.boardId,
          targetBoardId: input.targetBoardId ?? null,
          lead: input.lead ? leadOfficerOf(input.lead) : null,
          reason: input.reason ?? '',
          decisionId: input.decisionId ?? null,
          effectiveOn,
        },
      },
    ];
  },
});

// setDeliveryConfidence

export const setDeliveryConfidenceInput = z.object({
  initiativeId: entityId,
  confidence: choiceOf(deliveryConfidences, 'DeliveryConfidence'),

  comment: requiredText('prose').describe('Why this rating.'),
  assessedOn: isoDate
    .optional()
    .describe('YYYY-MM-DD; defaults to the business date of the command.'),
});

export const setDeliveryConfidence = defineCommand({
  type: 'SetDeliveryConfidence',
  input: setDeliveryConfidenceInput,
  aggregate: initiative,
  targetId: (input) => input.initiativeId,
  decide: ({ id, input, occurredAt }, state): InitiativeEvent[] => {
    const current = live(id, state, 'rate delivery confidence');
    return [
      {
        type: 'DeliveryConfidenceSet',
        data: {
          initiativeId: id,
          confidence: input.confidence,
          previousConfidence: current.confidence,
          comment: input.comment,
          assessedOn: input.assessedOn ?? dateOf(occurredAt),
        },
      },
    ];
  },
});

// Milestones

/** The milestone a command addresses, still open. */
const openMilestone = (state: InitiativeState, milestoneId: string, toDo: string) => {
  const milestone = state.milestones.find((m) => m.milestoneId === milestoneId);
  if (!milestone)
    throw new DomainError(
      'NOT_FOUND',
      `milestone ${milestoneId} is not on initiative "${state.title}"; check the milestoneId`,
      { what: 'milestone', id: milestoneId },
    );
  if (milestone.completedOn !== null)
    throw conflict(
      `milestone "${milestone.title}" was completed on ${milestone.completedOn}; ` +
        `it cannot ${toDo}`,
      { milestoneId },
    );
  return milestone;
};

export const addMilestoneInput = z.object({
  initiativeId: entityId,
  milestoneId: entityId
    .optional()
    .describe("Optional: the milestone's id (a UUID); derived from the initiative when omitted."),

  title: requiredText('title').describe('E.g. Project plan covering the next 12 months agreed.'),
  dueOn: isoDate.describe('YYYY-MM-DD.'),
  addedOn: isoDate.optional().describe('YYYY-MM-DD; defaults to the business date of the command.'),
});

export const addMilestone = defineCommand({
  type: 'AddMilestone',
  input: addMilestoneInput,
  aggregate: initiative,
  targetId: (input) => input.initiativeId,
  decide: ({ id, input, occurredAt }, state): InitiativeEvent[] => {
    const current = live(id, state, 'add milestones');
    const milestoneId =
      input.milestoneId ?? memberIdFor(id, 'milestone', current.milestones.length);
    const clash = current.milestones.find(
      (m) => m.milestoneId === milestoneId || m.title.toLowerCase() === input.title.toLowerCase(),
    );
    if (clash)
      throw conflict(
        `initiative "${current.title}" already has milestone "${clash.title}" ` +
          `(${clash.milestoneId}); redate or complete that one, or give a new title and id`,
        { milestoneId: clash.milestoneId },
      );
    return [
      {
        type: 'MilestoneAdded',
        data: {
          initiativeId: id,
          milestoneId,
          title: input.title,
          dueOn: input.dueOn,
          addedOn: input.addedOn ?? dateOf(occurredAt),
        },
      },
    ];
  },
});

export const redateMilestoneInput = z.object({
  initiativeId: entityId,
  milestoneId: entityId,
  dueOn: isoDate.describe('The new due date, YYYY-MM-DD.'),
  reason: requiredText('prose'),
  redatedOn: isoDate.optional(),
});

export const redateMilestone = defineCommand({
  type: 'RedateMilestone',
  input: redateMilestoneInput,
  aggregate: initiative,
  targetId: (input) => input.initiativeId,
  decide: ({ id, input, occurredAt }, state): InitiativeEvent[] => {
    const current = live(id, state, 'redate milestones');
    const milestone = openMilestone(current, input.milestoneId, 'be redated');
    if (milestone.dueOn === input.dueOn)
      throw invalid(
        `dueOn: milestone "${milestone.title}" is already due on ${input.dueOn}; give the new date`,
        { field: 'dueOn' },
      );
    return [
      {
        type: 'MilestoneRedated',
        data: {
          initiativeId: id,
          milestoneId: milestone.milestoneId,
          previousDueOn: milestone.dueOn,
          dueOn: input.dueOn,
          reason: input.reason,
          redatedOn: input.redatedOn ?? dateOf(occurredAt),
        },
      },
    ];
  },
});

export const completeMilestoneInput = z.object({
  initiativeId: entityId,
  milestoneId: entityId,
  completedOn: isoDate.describe('YYYY-MM-DD.'),
});

export const completeMilestone = defineCommand({
  type: 'CompleteMilestone',
  input: completeMilestoneInput,
  aggregate: initiative,
  targetId: (input) => input.initiativeId,
  decide: ({ id, input }, state): InitiativeEvent[] => {
    const current = live(id, state, 'complete milestones');
    const milestone = openMilestone(current, input.milestoneId, 'be completed again');
    return [
      {
        type: 'MilestoneCompleted',
        data: {
          initiativeId: id,
          milestoneId: milestone.milestoneId,
          completedOn: input.completedOn,
          dueOn: milestone.dueOn,
        },
      },
    ];
  },
});

// recordNextSteps

export const recordNextStepsInput = z.object({
  initiativeId: entityId,

  nextSteps: requiredText('prose').describe('The next steps as the paper lists them.'),
  asOf: isoDate.optional().describe('YYYY-MM-DD; defaults to the business date of the command.'),
});

export const recordNextSteps = defineCommand({
  type: 'RecordNextSteps',
  input: recordNextStepsInput,
  aggregate: initiative,
  targetId: (input) => input.initiativeId,
  decide: ({ id, input, occurredAt }, state): InitiativeEvent[] => {
    live(id, state, 'record next steps');
    return [
      {
        type: 'NextStepsRecorded',
        data: {
          initiativeId: id,
          nextSteps: input.nextSteps,
          asOf: input.asOf ?? dateOf(occurredAt),
        },
      },
    ];
  },
});
