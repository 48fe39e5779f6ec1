import { z } from 'zod';
import { board, requireSittingBoard } from '../board/board';
import {
  defineCommand,
  streamIdOf,
  type Aggregate,
  type DomainEvent,
  type Reference,
  type Referenced,
  type EventsOf,
} from '../kernel/decider';
import { conflict, invalid, notFound } from '../kernel/errors';
import { choiceOf, dateOf, entityId, isoDate, optionalText, requiredText } from '../kernel/schemas';
import {
  organisationRegistryReference,
  requireOrganisation,
  type OrganisationRegistryState,
} from '../organisation/organisation';
import { priority } from '../priority/priority';
import {
  decision,
  decisionConcernKinds,
  decisionKinds,
  decisionReference,
  requireDecision,
  type DecisionConcern,
  type DecisionConcernKind,
  type DecisionEvent,
} from '../decision/decision';

/**
 * A meeting: a dated meeting of a board and its theme (the SPB 2021 schedule: 25 February,
 * childhood trauma; 20 May, introduction to the new PCC and the draft business plan), and the
 * decisions recorded at it (`recordDecision`; the decision itself is in ./decision.ts).
 */

// Events

export const meetingScheduledData = z.object({
  meetingId: entityId,
  boardId: entityId,
  date: z.string(),
  /** The meeting's main focus, e.g. "Childhood trauma: approach to prevention and mitigation". */
  theme: z.string(),
  /** The decision that set the meeting, e.g. "That the next meeting take place on 17 June 2022". */
  decisionId: entityId.nullable(),
});

/** Its events by type, each with the schema of its data. */
export const meetingEventSchemas = {
  MeetingScheduled: meetingScheduledData,
} as const;

export type MeetingEvent = EventsOf<typeof meetingEventSchemas>;

// State

export interface MeetingState {
  exists: boolean;
  boardId: string | null;
  date: string;
  theme: string;
}

export const meeting: Aggregate<MeetingEvent, MeetingState> = {
  name: 'meeting',
  initialState: () => ({ exists: false, boardId: null, date: '', theme: '' }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'MeetingScheduled': {
        const { boardId, date, theme } = event.data;
        return { exists: true, boardId, date, theme };
      }
      default: // its only event: nothing else to fold
        return state;
    }
  },
};

export const meetingStreamId = (meetingId: string) => streamIdOf(meeting, meetingId);

// scheduleMeeting

export const scheduleMeetingInput = z.object({
  meetingId: entityId
    .optional()
    .describe("Optional: the meeting's id (a UUID); one is made from the commandId when omitted."),
  boardId: entityId.describe('A board that still sits.'),
  date: isoDate.describe('YYYY-MM-DD.'),
  theme: optionalText('prose').describe("The meeting's main focus (at most 5,000 characters)."),
  decisionId: entityId
    .optional()
    .nullable()
    .describe('The decision that set the meeting, when recorded.'),
});

export const scheduleMeeting = defineCommand({
  type: 'ScheduleMeeting',
  input: scheduleMeetingInput,
  aggregate: meeting,
  targetId: (input, mint) => input.meetingId ?? mint(),
  references: (input) => ({
    board: { aggregate: board, id: input.boardId },
    decision: decisionReference(input.decisionId),
  }),
  decide: ({ id, input, refs }, state): MeetingEvent[] => {
    if (state.exists)
      throw conflict(
        `meeting ${id} is already scheduled (${state.date}); give a new meetingId, or leave it out`,
      );
    requireSittingBoard(refs.board, 'boardId');
    requireDecision(refs.decision);
    return [
      {
        type: 'MeetingScheduled',
        data: {
          meetingId: id,
          boardId: input.boardId,
          date: input.date,
          theme: input.theme ?? '',
          decisionId: input.decisionId ?? null,
        },
      },
    ];
  },
});

// recordDecision

/**
 * Where each kind of entity a decision concerns is kept, to check it exists. Only the stream
 * naming is used (an entity exists when its stream has events), so this names the aggregates of
 * other areas without depending on their modules. Organisations live in the registry and are
 * checked there.
 */
const existence = (name: string): Aggregate<DomainEvent, null> => ({
  name,
  initialState: () => null,
  evolve: () => null,
});

const concernStreams: Record<Exclude<DecisionConcernKind, 'ORGANISATION'>, Aggregate> = {
  BOARD: existence(board.name),
  MEETING: existence(meeting.name),
  DECISION: existence(decision.name),
  PRIORITY: existence(priority.name),
  INITIATIVE: existence('initiative'),
  PEOPLE_ZONE: existence('peopleZone'),
  FUNDING_STREAM: existence('fundingStream'),
  COMMISSIONED_SERVICE: existence('commissionedService'),
  DELIVERY_PLAN: existence('deliveryPlan'),
  INDICATOR: existence('indicator'),
};

const concernLabel = (kind: DecisionConcernKind) => kind.toLowerCase().replace(/_/g, ' ');

const concernKey = (index: number) => `concern${index}` as const;

export const recordDecisionInput = z.object({
  decisionId: entityId
    .optional()
    .describe("Optional: the decision's id (a UUID); one is made from the commandId when omitted."),
  meetingId: entityId.describe(
    "The meeting it was made at; it must have taken place (by the command's occurredAt).",
  ),

  boardId: entityId.describe('The board whose meeting it is.'),

  resolution: requiredText('prose').describe(
    'The resolution as minuted (at most 5000 characters).',
  ),
  kind: choiceOf(decisionKinds, 'DecisionKind'),

  concerns: z
    .array(
      z
        .object(
          { kind: choiceOf(decisionConcernKinds, 'DecisionConcernKind'), id: entityId },
          { message: 'must be { kind, id }, e.g. { kind: "BOARD", id: "6f1c..." }' },
        )
        .meta({ typeName: 'DecisionConcernInput' }),
      { message: 'must be a list of { kind, id }' },
    )
    .max(25, { message: 'must list at most 25 entities' })
    .superRefine((concerns, ctx) => {
      const keys = concerns.map((c) => `${c.kind}:${c.id}`);
      const repeated = keys.findIndex((key, i) => keys.indexOf(key) !== i);
      if (repeated !== -1)
        ctx.addIssue({
          code: 'custom',
          path: [repeated],
          message: `lists ${keys[repeated]} twice; list each entity once`,
        });
    })
    .optional()
    .describe('The entities it concerns (at most 25, each once); each must exist.'),

  supersedes: entityId.optional().nullable().describe('The earlier decision this one supersedes.'),
});

export const recordDecision = defineCommand({
  type: 'RecordDecision',
  description:
    'Records a decision made at a meeting; it is never edited afterwards, only superseded.',
  input: recordDecisionInput,
  aggregate: decision,
  targetId: (input, mint) => input.decisionId ?? mint(),
  references: (input) => {
    const concerns = input.concerns ?? [];
    const concernRefs: Record<`concern${number}`, Reference | null> = Object.fromEntries(
      concerns.map((c, i) => [
        concernKey(i),
        c.kind === 'ORGANISATION' ? null : { aggregate: concernStreams[c.kind], id: c.id },
      ]),
    );
    // Object.assign keeps the concerns' keys in the type (a spread drops them).
    return Object.assign({}, concernRefs, {
      meeting: { aggregate: meeting, id: input.meetingId },
      board: { aggregate: board, id: input.boardId },
      superseded: decisionReference(input.supersedes),
      organisations: concerns.some((c) => c.kind === 'ORGANISATION')
        ? organisationRegistryReference()
        : null,
    });
  },
  decide: ({ id, input, refs, occurredAt }, state): DecisionEvent[] => {
    if (state.exists)
      throw conflict(
        `decision ${id} is already recorded ("${state.resolution}"); a decision is never edited: ` +
          'record a new decision that supersedes it',
      );
    if (!refs.meeting.exists) throw notFound('meeting', input.meetingId);
    const held = refs.meeting.state;
    if (held.boardId !== input.boardId)
      throw invalid(
        `boardId: meeting ${input.meetingId} is a meeting of board ${held.boardId}, not ` +
          `${input.boardId}; give boardId ${held.boardId}`,
        { field: 'boardId' },
      );
    requireSittingBoard(refs.board, 'boardId');
    if (held.date > dateOf(occurredAt))
      throw invalid(
        `meetingId: the meeting of ${held.date} has not taken place yet (this is recorded as of ` +
          `${dateOf(occurredAt)}); record its decisions on or after the meeting`,
        { field: 'meetingId' },
      );
    const supersedes = input.supersedes ?? null;
    if (supersedes === id)
      throw invalid('supersedes: a decision cannot supersede itself; name an earlier decision');
    const superseded = requireDecision(refs.superseded);
    if (superseded && superseded.decidedOn > held.date)
      throw invalid(
        `supersedes: decision ${supersedes} was made on ${superseded.decidedOn}, after this ` +
          `meeting (${held.date}); a decision can only supersede an earlier one`,
        { field: 'supersedes' },
      );
    const concerns: DecisionConcern[] = input.concerns ?? [];
    concerns.forEach((concern, i) => ensureConcernExists(concern, i, id, refs));
    return [
      {
        type: 'DecisionRecorded',
        data: {
          decisionId: id,
          meetingId: input.meetingId,
          boardId: input.boardId,
          decidedOn: held.date,
          kind: input.kind,
          resolution: input.resolution,
          concerns: concerns.map(({ kind, id: concernId }) => ({ kind, id: concernId })),
          supersedes,
        },
      },
    ];
  },
});

function ensureConcernExists(
  concern: DecisionConcern,
  index: number,
  decisionId: string,
  refs: Record<string, Referenced<unknown> | null>,
) {
  if (concern.kind === 'DECISION' && concern.id === decisionId)
    throw invalid(`concerns.${index}: a decision cannot concern itself; name the earlier decision`);
  if (concern.kind === 'ORGANISATION') {
    const registry = refs['organisations'] as Referenced<OrganisationRegistryState>;
    requireOrganisation(registry, concern.id);
    return;
  }
  if (!refs[concernKey(index)]?.exists) throw notFound(concernLabel(concern.kind), concern.id);
}
