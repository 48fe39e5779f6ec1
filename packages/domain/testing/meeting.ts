import { SPB, SPB_EXECUTIVE } from './board';
import { CHILDHOOD_TRAUMA } from './priority';
import type { DecisionEvent } from '../src/decision/decision';
import type { MeetingEvent } from '../src/meeting/meeting';

/**
 * Meetings of the SPB 2021 schedule and a decision made at one, as the events of their
 * streams: the references governance specifications are given. Tests only.
 */

export const SPB_25_FEB_2021 = 'e1000000-0000-4000-8000-000000000001';
export const SPB_EXEC_22_MAR_2021 = 'e1000000-0000-4000-8000-000000000002';
export const SPB_20_MAY_2021 = 'e1000000-0000-4000-8000-000000000003';

export const TRAUMA_INTENT_AGREED = 'd1000000-0000-4000-8000-000000000001';
export const BUSINESS_PLAN_APPROVED = 'd1000000-0000-4000-8000-000000000002';

export const scheduled = (
  meetingId: string,
  boardId: string,
  date: string,
  theme: string,
): MeetingEvent => ({
  type: 'MeetingScheduled',
  data: { meetingId, boardId, date, theme, decisionId: null },
});

export const spbFebruary2021: MeetingEvent[] = [
  scheduled(
    SPB_25_FEB_2021,
    SPB,
    '2021-02-25',
    'Childhood trauma: approach to prevention and mitigation',
  ),
];
export const spbExecMarch2021: MeetingEvent[] = [
  scheduled(
    SPB_EXEC_22_MAR_2021,
    SPB_EXECUTIVE,
    '2021-03-22',
    'Initial analysis of substance misuse',
  ),
];
export const spbMay2021: MeetingEvent[] = [
  scheduled(
    SPB_20_MAY_2021,
    SPB,
    '2021-05-20',
    'Introduction to new PCC; annual report on work of SPB and sub-groups; draft business plan',
  ),
];

/** At SPB on 25 February 2021: the strategic intent of the trauma informed approach agreed. */
export const traumaIntentAgreed: DecisionEvent[] = [
  {
    type: 'DecisionRecorded',
    data: {
      decisionId: TRAUMA_INTENT_AGREED,
      meetingId: SPB_25_FEB_2021,
      boardId: SPB,
      decidedOn: '2021-02-25',
      kind: 'AGREED',
      resolution: 'To agree the adoption of the proposed strategic intent for this work',
      concerns: [],
      supersedes: null,
    },
  },
];

/** At SPB on 20 May 2021, the new PCC's first meeting: the business plan and its priorities. */
export const businessPlanApproved: DecisionEvent[] = [
  {
    type: 'DecisionRecorded',
    data: {
      decisionId: BUSINESS_PLAN_APPROVED,
      meetingId: SPB_20_MAY_2021,
      boardId: SPB,
      decidedOn: '2021-05-20',
      kind: 'APPROVED',
      resolution: 'That the business plan and its priorities be approved',
      concerns: [{ kind: 'PRIORITY', id: CHILDHOOD_TRAUMA }],
      supersedes: null,
    },
  },
];
