import type { BoardEvent } from '../src/board/board';

/**
 * Boards from the board papers, as the events of their streams: the references governance
 * specifications are given. Tests only.
 */

export const SPB = 'b1000000-0000-4000-8000-000000000001';
export const SPB_EXECUTIVE = 'b1000000-0000-4000-8000-000000000002';
export const PEOPLE_AND_PLACE = 'b1000000-0000-4000-8000-000000000003';
export const PREVENTION_AND_EARLY_INTERVENTION = 'b1000000-0000-4000-8000-000000000004';

export const established = (
  boardId: string,
  name: string,
  parentBoardId: string | null,
  chair: { name: string; role?: string } | null = null,
): BoardEvent => ({
  type: 'BoardEstablished',
  data: { boardId, name, purpose: '', parentBoardId, chair },
});

export const spb: BoardEvent[] = [
  established(SPB, 'Strategic Partnership Board', null, {
    name: 'Lord Bach',
    role: 'Police and Crime Commissioner',
  }),
];
export const spbExecutive: BoardEvent[] = [established(SPB_EXECUTIVE, 'SPB Executive', SPB)];
export const preventionAndEarlyIntervention: BoardEvent[] = [
  established(
    PREVENTION_AND_EARLY_INTERVENTION,
    'Prevention and Early Intervention',
    SPB_EXECUTIVE,
  ),
];

/** People and Place, established February 2019 under the SPB Executive. */
export const peopleAndPlace: BoardEvent[] = [
  established(PEOPLE_AND_PLACE, 'People and Place', SPB_EXECUTIVE),
];

/** People and Place after the 2022 restructure: its open work went to Prevention and Early Intervention. */
export const peopleAndPlaceDissolved: BoardEvent[] = [
  ...peopleAndPlace,
  {
    type: 'BoardDissolved',
    data: {
      boardId: PEOPLE_AND_PLACE,
      successorBoardId: PREVENTION_AND_EARLY_INTERVENTION,
      reason: 'Sub-boards restructured in 2022',
      dissolvedOn: '2022-03-18',
      decisionId: null,
    },
  },
];
