import { z } from 'zod';
import { streamIdOf, type Aggregate, type Referenced, type EventsOf } from '../kernel/decider';
import { notFound } from '../kernel/errors';
import { entityId } from '../kernel/schemas';

/**
 * A decision: what a board RESOLVED, agreed, approved, noted, rejected or deferred at a meeting
 * ("That the contents of the Action Log be noted"; "The outline strategy was presented to the
 * Board and approved"). Each decision is its own aggregate, stream `decision-<id>`, so any
 * command can cite one (`decisionId`) and have it checked (`decisionReference`, `requireDecision`).
 *
 * A decision is never edited. Its stream holds exactly one event, DecisionRecorded, for ever.
 * A later decision SUPERSEDES it: the supersession is recorded on the NEW decision
 * (`supersedes: <earlier decision id>`), and read models project the earlier decision's
 * `supersededBy` from it. Why on the new one rather than a DecisionSuperseded event on the old
 * stream: a command appends to one stream, so writing both would need two appends that could
 * be torn apart; recording it once, on the decision that makes it, keeps the history whole,
 * leaves the earlier decision's record exactly as it was made, and lets an auditor replaying up
 * to any point see which decisions stood then.
 *
 * `recordDecision` (the command) lives with the meeting it is made at: meeting/meeting.ts.
 * The aggregate sits in its own folder, below the board and everything else that cites a
 * decision, so they import it downward.
 */

export const decisionKinds = ['AGREED', 'APPROVED', 'NOTED', 'REJECTED', 'DEFERRED'] as const;
export type DecisionKind = (typeof decisionKinds)[number];

/** What a decision can concern: the kinds of entity a typed reference `{ kind, id }` names. */
export const decisionConcernKinds = [
  'ORGANISATION',
  'BOARD',
  'MEETING',
  'DECISION',
  'PRIORITY',
  'INITIATIVE',
  'PEOPLE_ZONE',
  'FUNDING_STREAM',
  'COMMISSIONED_SERVICE',
  'DELIVERY_PLAN',
  'INDICATOR',
] as const;
export type DecisionConcernKind = (typeof decisionConcernKinds)[number];

export const decisionConcernData = z.object({
  kind: z.enum(decisionConcernKinds),
  id: entityId,
});
export type DecisionConcern = z.infer<typeof decisionConcernData>;

export const decisionRecordedData = z.object({
  decisionId: entityId,
  meetingId: entityId,
  boardId: entityId,
  /** The date of the meeting the decision was made at. */
  decidedOn: z.string(),
  kind: z.enum(decisionKinds),
  /** The resolution as minuted, e.g. "That the contents of the presentation be noted." */
  resolution: z.string(),
  concerns: z.array(decisionConcernData),
  /** The earlier decision this one supersedes, or null. */
  supersedes: entityId.nullable(),
});

/** Its events by type, each with the schema of its data. */
export const decisionEventSchemas = {
  DecisionRecorded: decisionRecordedData,
} as const;

export type DecisionEvent = EventsOf<typeof decisionEventSchemas>;

export interface DecisionState {
  exists: boolean;
  boardId: string | null;
  meetingId: string | null;
  decidedOn: string;
  kind: DecisionKind | null;
  resolution: string;
  supersedes: string | null;
}

export const decision: Aggregate<DecisionEvent, DecisionState> = {
  name: 'decision',
  initialState: () => ({
    exists: false,
    boardId: null,
    meetingId: null,
    decidedOn: '',
    kind: null,
    resolution: '',
    supersedes: null,
  }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'DecisionRecorded': {
        const { boardId, meetingId, decidedOn, kind, resolution, supersedes } = event.data;
        return { exists: true, boardId, meetingId, decidedOn, kind, resolution, supersedes };
      }
      default: // its only event: nothing else to fold
        return state;
    }
  },
};

export const decisionStreamId = (decisionId: string) => streamIdOf(decision, decisionId);

/** The reference a command declares for the decision it cites; null when it cites none. */
export const decisionReference = (decisionId: string | null | undefined) =>
  decisionId ? { aggregate: decision, id: decisionId } : null;

/**
 * The cited decision's state, or null when none was cited; NOT_FOUND when the decision cited
 * has not been recorded.
 */
export function requireDecision(
  ref: Referenced<DecisionState> | null | undefined,
): DecisionState | null {
  if (!ref) return null;
  if (!ref.exists) throw notFound('decision', ref.id);
  return ref.state;
}
