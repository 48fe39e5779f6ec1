import { SPB } from './board';
import type { PriorityEvent } from '../src/priority/priority';

/**
 * Priorities the SPB agreed, as the events of their streams: the references governance
 * specifications are given. Tests only.
 */

export const CHILDHOOD_TRAUMA = 'f2000000-0000-4000-8000-000000000001';
export const SUBSTANCE_MISUSE = 'f2000000-0000-4000-8000-000000000002';

/** Childhood trauma, added to the SPB's priority harmful behaviours in November 2020. */
export const childhoodTrauma: PriorityEvent[] = [
  {
    type: 'PriorityAgreed',
    data: {
      priorityId: CHILDHOOD_TRAUMA,
      boardId: SPB,
      title: 'Childhood trauma',
      rationale: 'Wide prevalence of childhood adversity and its long term impact',
      agreedAt: '2020-11-19',
      decisionId: null,
    },
  },
];

/** Substance misuse, analysed by the SPB Executive on 22 March 2021. */
export const substanceMisuse: PriorityEvent[] = [
  {
    type: 'PriorityAgreed',
    data: {
      priorityId: SUBSTANCE_MISUSE,
      boardId: SPB,
      title: 'Substance misuse',
      rationale: '',
      agreedAt: '2021-03-22',
      decisionId: null,
    },
  },
];
