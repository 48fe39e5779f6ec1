import type { BoardEvent } from '../src/board/board';
import type { OrganisationEvent, OrganisationKind } from '../src/organisation/organisation';
import type { PriorityEvent } from '../src/priority/priority';

/**
 * Boards and priorities from the board papers, as the events that establish them: the
 * references the delivery area's specifications are given. Used by tests only.
 */

export const SPB = '11111111-1111-4111-8111-111111111111';
export const SPB_EXECUTIVE = '22222222-2222-4222-8222-222222222222';
export const VULNERABILITY_EXECUTIVE = '33333333-3333-4333-8333-333333333333';
export const DSVA_OPS_GROUP = '44444444-4444-4444-8444-444444444444';
export const LSCSB = '55555555-5555-4555-8555-555555555555';
export const DOMESTIC_ABUSE = '66666666-6666-4666-8666-666666666666';

/** An id that nothing in the given events names. */
export const UNKNOWN = '99999999-9999-4999-8999-999999999999';

export const boardEstablished = (
  boardId: string,
  name: string,
  parentBoardId: string | null = null,
): BoardEvent => ({
  type: 'BoardEstablished',
  data: { boardId, name, purpose: '', parentBoardId, chair: null },
});

export const spbExecutive = [boardEstablished(SPB_EXECUTIVE, 'SPB Executive', SPB)];
export const vulnerabilityExecutive = [
  boardEstablished(VULNERABILITY_EXECUTIVE, 'Vulnerability Executive', SPB_EXECUTIVE),
];
export const dsvaOpsGroup = [
  boardEstablished(DSVA_OPS_GROUP, 'DSVA Ops Group', VULNERABILITY_EXECUTIVE),
];
/** The Vulnerability Executive after the 2022 restructure, its work gone to Adult Vulnerability and Offending. */
export const ADULT_VULNERABILITY = '77777777-7777-4777-8777-777777777777';
export const vulnerabilityExecutiveDissolved: BoardEvent[] = [
  ...vulnerabilityExecutive,
  {
    type: 'BoardDissolved',
    data: {
      boardId: VULNERABILITY_EXECUTIVE,
      successorBoardId: ADULT_VULNERABILITY,
      reason: 'Board restructure 2022',
      dissolvedOn: '2022-04-01',
      decisionId: null,
    },
  },
];
export const lscsb = [boardEstablished(LSCSB, 'Leicestershire Safer Communities Strategy Board')];

export const domesticAbuse: PriorityEvent[] = [
  {
    type: 'PriorityAgreed',
    data: {
      priorityId: DOMESTIC_ABUSE,
      boardId: VULNERABILITY_EXECUTIVE,
      title: 'Domestic abuse and sexual violence',
      rationale: '',
      agreedAt: '2019-02-01',
      decisionId: null,
    },
  },
];

/** Organisations from the papers, with the ids the delivery area's specifications cite. */
export const CHARNWOOD_BC = 'f0000000-0000-4000-8000-000000000001';
export const LEICESTERSHIRE_POLICE = 'f0000000-0000-4000-8000-000000000002';
export const LEICESTERSHIRE_CC = 'f0000000-0000-4000-8000-000000000003';
export const OPCC = 'f0000000-0000-4000-8000-000000000004';

const registered = (
  organisationId: string,
  name: string,
  kind: OrganisationKind,
  shortName: string | null = null,
): OrganisationEvent => ({
  type: 'OrganisationRegistered',
  data: { organisationId, name, shortName, kind },
});

/** The organisation registry's stream, for commands that reference `organisations`. */
export const organisations: OrganisationEvent[] = [
  registered(CHARNWOOD_BC, 'Charnwood Borough Council', 'LOCAL_AUTHORITY_TIER2'),
  registered(LEICESTERSHIRE_POLICE, 'Leicestershire Police', 'POLICE'),
  registered(LEICESTERSHIRE_CC, 'Leicestershire County Council', 'LOCAL_AUTHORITY_TIER1', 'LCC'),
  registered(OPCC, 'Office of the Police and Crime Commissioner', 'OPCC', 'OPCC'),
];
