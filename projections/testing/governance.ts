import type { GovernanceEvent } from '@tracker/domain';
import { envelopes } from './envelopes';

/** Ids and events from the board papers for the governance read-model tests. Tests only. */

type Dated = GovernanceEvent & { occurredAt?: string };

export const SPB = 'b1000000-0000-4000-8000-000000000001';
export const SPB_EXECUTIVE = 'b1000000-0000-4000-8000-000000000002';
export const PEOPLE_AND_PLACE = 'b1000000-0000-4000-8000-000000000003';
export const PREVENTION = 'b1000000-0000-4000-8000-000000000004';
export const POLICE = 'c1000000-0000-4000-8000-000000000001';
export const OPCC = 'c1000000-0000-4000-8000-000000000003';
export const COUNTY = 'c1000000-0000-4000-8000-000000000004';
export const MEETING_FEB = 'a1000000-0000-4000-8000-000000000001';
export const MEETING_MAR = 'a1000000-0000-4000-8000-000000000002';
export const DECISION_1 = 'd1000000-0000-4000-8000-000000000001';
export const DECISION_2 = 'd1000000-0000-4000-8000-000000000002';
export const PRIORITY = 'e1000000-0000-4000-8000-000000000001';

export const boardEstablished = (
  boardId: string,
  name: string,
  parentBoardId: string | null,
  occurredAt = '2016-12-08',
): Dated => ({
  type: 'BoardEstablished',
  data: { boardId, name, purpose: '', parentBoardId, chair: null },
  occurredAt,
});

export const meetingScheduled = (meetingId: string, date: string, theme: string): Dated => ({
  type: 'MeetingScheduled',
  data: { meetingId, boardId: SPB, date, theme, decisionId: null },
  occurredAt: '2021-01-10',
});

export const decisionRecorded = (
  decisionId: string,
  meetingId: string,
  decidedOn: string,
  resolution: string,
  supersedes: string | null = null,
): Dated => ({
  type: 'DecisionRecorded',
  data: {
    decisionId,
    meetingId,
    boardId: SPB,
    decidedOn,
    kind: 'AGREED',
    resolution,
    concerns: [{ kind: 'PRIORITY', id: PRIORITY }],
    supersedes,
  },
  occurredAt: decidedOn,
});

/**
 * Two SPB meetings of 2021 scheduled out of date order (March first), each with a decision; the
 * March decision supersedes the February one but is recorded before it.
 */
export const spbMeetingsOf2021 = () =>
  envelopes([
    meetingScheduled(MEETING_MAR, '2021-03-22', 'Substance misuse'),
    meetingScheduled(MEETING_FEB, '2021-02-25', 'Childhood trauma'),
    decisionRecorded(
      DECISION_2,
      MEETING_MAR,
      '2021-03-22',
      'That the approach be revised',
      DECISION_1,
    ),
    decisionRecorded(DECISION_1, MEETING_FEB, '2021-02-25', 'That childhood trauma be a priority'),
  ]);
