import type { BoardEvent } from '../board/board';
import type { PriorityEvent } from '../priority/priority';

/**
 * Boards and priorities from the board papers, as the events that establish them: the
 * references the initiative, issue log and action log specifications are given (organisations
 * come from ../organisation/fixtures). Tests only.
 */

export const SPB = 'a1000000-0000-4000-8000-000000000001';
export const SPB_EXECUTIVE = 'a1000000-0000-4000-8000-000000000002';
export const VULNERABILITY_EXECUTIVE = 'a1000000-0000-4000-8000-000000000003';
export const PEOPLE_AND_PLACE = 'a1000000-0000-4000-8000-000000000004';
export const PREVENTION_AND_EARLY_INTERVENTION = 'a1000000-0000-4000-8000-000000000005';
export const LSCSB = 'a1000000-0000-4000-8000-000000000006';

export const CHILDHOOD_TRAUMA = 'b2000000-0000-4000-8000-000000000001';
export const SUBSTANCE_MISUSE = 'b2000000-0000-4000-8000-000000000002';

/** An id that nothing in the given events names. */
export const UNKNOWN = 'dead0000-0000-4000-8000-000000000000';

const established = (boardId: string, name: string, parentBoardId: string | null): BoardEvent[] => [
  {
    type: 'BoardEstablished',
    data: { boardId, name, purpose: '', parentBoardId, chair: null },
  },
];

export const spb = established(SPB, 'Strategic Partnership Board', null);
export const spbExecutive = established(SPB_EXECUTIVE, 'SPB Executive', SPB);
export const vulnerabilityExecutive = established(
  VULNERABILITY_EXECUTIVE,
  'Vulnerability Executive',
  SPB_EXECUTIVE,
);
export const peopleAndPlace = established(PEOPLE_AND_PLACE, 'People and Place', SPB_EXECUTIVE);
export const preventionAndEarlyIntervention = established(
  PREVENTION_AND_EARLY_INTERVENTION,
  'Prevention and Early Intervention',
  SPB_EXECUTIVE,
);
export const lscsb = established(LSCSB, 'Leicestershire Safer Communities Strategy Board', null);

const agreed = (priorityId: string, title: string, agreedAt: string): PriorityEvent[] => [
  {
    type: 'PriorityAgreed',
    data: { priorityId, boardId: SPB, title, rationale: '', agreedAt, decisionId: null },
  },
];

export const childhoodTrauma = agreed(CHILDHOOD_TRAUMA, 'Childhood trauma', '2021-02-25');
export const substanceMisuse = agreed(SUBSTANCE_MISUSE, 'Substance misuse', '2021-03-22');
