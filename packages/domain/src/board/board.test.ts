import { describe, it } from 'vitest';
import { specify } from '../../testing/specification';
import { TRAUMA_INTENT_AGREED, traumaIntentAgreed } from '../../testing/meeting';
import {
  LEICESTER_CITY_COUNCIL,
  LEICESTERSHIRE_POLICE,
  OPCC,
  registry,
  UNKNOWN,
} from '../../testing/organisation';
import {
  adoptTermsOfReference,
  appointBoardMember,
  appointChair,
  dissolveBoard,
  establishBoard,
  removeBoardMember,
  type BoardEvent,
} from './board';
import {
  PEOPLE_AND_PLACE,
  PREVENTION_AND_EARLY_INTERVENTION,
  SPB,
  SPB_EXECUTIVE,
  peopleAndPlace,
  peopleAndPlaceDissolved,
  preventionAndEarlyIntervention,
  spb,
  spbExecutive,
} from '../../testing/board';

const memberAppointed = (
  organisationId: string,
  role: string,
  appointedOn: string,
  representativeName: string | null = null,
): BoardEvent => ({
  type: 'BoardMemberAppointed',
  data: {
    boardId: SPB,
    organisationId,
    role,
    representativeName,
    appointedOn,
    decisionId: null,
  },
});

/** The SPB as proposed after the 2016 election: the PCC's office holds two seats. */
const spbWithMembers: BoardEvent[] = [
  ...spb,
  memberAppointed(LEICESTERSHIRE_POLICE, 'Chief Constable', '2016-12-08'),
  memberAppointed(OPCC, 'Chief Executive', '2016-12-08', 'Paul Hindson'),
  memberAppointed(OPCC, 'Deputy Police and Crime Commissioner', '2016-12-08'),
];

const bachFromMay2016: BoardEvent = {
  type: 'ChairAppointed',
  data: {
    boardId: SPB,
    chair: { name: 'Lord Bach', role: 'Police and Crime Commissioner', organisationId: OPCC },
    from: '2016-05-12',
    decisionId: null,
  },
};

const torVersion = (
  version: number,
  adoptedOn: string,
): Extract<BoardEvent, { type: 'TermsOfReferenceAdopted' }> => ({
  type: 'TermsOfReferenceAdopted',
  data: {
    boardId: SPB,
    version,
    purpose: 'To address harmful behaviours within Leicester, Leicestershire and Rutland',
    missionStatements: [],
    membershipSummary: '',
    adoptedOn,
    decisionId: null,
  },
});

describe('establishBoard', () => {
  it('establishes a board under its parent', () => {
    specify(establishBoard)
      .given([], { parent: spb })
      .when({
        boardId: SPB_EXECUTIVE,
        name: 'SPB Executive',
        parentBoardId: SPB,
        purpose: 'Drives delivery',
      })
      .then([
        {
          type: 'BoardEstablished',
          data: {
            boardId: SPB_EXECUTIVE,
            name: 'SPB Executive',
            purpose: 'Drives delivery',
            parentBoardId: SPB,
            chair: null,
            decisionId: null,
          },
        },
      ]);
  });

  it('mints the board id from the command id when none is given', () => {
    specify(establishBoard)
      .given([])
      .when({
        name: 'Strategic Partnership Board',
        chair: { name: 'Lord Bach', role: 'Police and Crime Commissioner' },
      })
      .then((id) => [
        {
          type: 'BoardEstablished',
          data: {
            boardId: id,
            name: 'Strategic Partnership Board',
            purpose: '',
            parentBoardId: null,
            chair: { name: 'Lord Bach', role: 'Police and Crime Commissioner' },
            decisionId: null,
          },
        },
      ]);
  });

  it('cites the decision under which the board was established', () => {
    specify(establishBoard)
      .given([], { parent: spbExecutive, decision: traumaIntentAgreed })
      .when({
        boardId: PREVENTION_AND_EARLY_INTERVENTION,
        name: 'Prevention and Early Intervention',
        parentBoardId: SPB_EXECUTIVE,
        decisionId: TRAUMA_INTENT_AGREED,
      })
      .then([
        {
          type: 'BoardEstablished',
          data: {
            boardId: PREVENTION_AND_EARLY_INTERVENTION,
            name: 'Prevention and Early Intervention',
            purpose: '',
            parentBoardId: SPB_EXECUTIVE,
            chair: null,
            decisionId: TRAUMA_INTENT_AGREED,
          },
        },
      ]);
  });

  it('refuses an empty name, saying which field', () => {
    specify(establishBoard)
      .given([])
      .when({ name: '   ' })
      .thenThrows('BAD_USER_INPUT', /name: must not be empty/);
  });

  it('refuses a parent board that does not exist', () => {
    specify(establishBoard)
      .given([], { parent: [] })
      .when({ boardId: SPB_EXECUTIVE, name: 'SPB Executive', parentBoardId: SPB })
      .thenThrows('NOT_FOUND', new RegExp(`parent board ${SPB} does not exist`));
  });

  it('refuses a parent board that has been dissolved', () => {
    specify(establishBoard)
      .given([], { parent: peopleAndPlaceDissolved })
      .when({ name: 'Bell Foundry People Zone Group', parentBoardId: PEOPLE_AND_PLACE })
      .thenThrows(
        'CONFLICT',
        /parentBoardId: board "People and Place" .* was dissolved on 2022-03-18; its open work went to board b1000000-0000-4000-8000-000000000004; name a board that still sits/,
      );
  });

  it('refuses a board as its own parent', () => {
    specify(establishBoard)
      .given([], { parent: [] })
      .when({ boardId: SPB, name: 'Strategic Partnership Board', parentBoardId: SPB })
      .thenThrows('BAD_USER_INPUT', /parentBoardId: a board cannot be its own parent/);
  });

  it('refuses a cited decision that was never recorded', () => {
    specify(establishBoard)
      .given([], { decision: [] })
      .when({ name: 'Change and Transformation Board', decisionId: UNKNOWN })
      .thenThrows('NOT_FOUND', new RegExp(`decision ${UNKNOWN} does not exist`));
  });

  it('refuses to establish the same board twice', () => {
    specify(establishBoard)
      .given(spb)
      .when({ boardId: SPB, name: 'Strategic Partnership Board' })
      .thenThrows('CONFLICT', /already established/);
  });
});

describe('appointBoardMember', () => {
  it('appoints an organisation, represented in a role, from the date given', () => {
    specify(appointBoardMember)
      .given(spb, { organisations: registry })
      .when({
        boardId: SPB,
        organisationId: LEICESTERSHIRE_POLICE,
        role: 'Chief Constable',
        appointedOn: '2016-12-08',
      })
      .then([memberAppointed(LEICESTERSHIRE_POLICE, 'Chief Constable', '2016-12-08')]);
  });

  it('names the representative, dates the appointment by the command and cites the decision', () => {
    specify(appointBoardMember)
      .given(spb, { organisations: registry, decision: traumaIntentAgreed })
      .when(
        {
          boardId: SPB,
          organisationId: LEICESTER_CITY_COUNCIL,
          role: 'Strategic Director for Social Care and Education',
          representativeName: 'Martin Samuels',
          decisionId: TRAUMA_INTENT_AGREED,
        },
        { occurredAt: '2021-02-25T14:00:00Z' },
      )
      .then([
        {
          type: 'BoardMemberAppointed',
          data: {
            boardId: SPB,
            organisationId: LEICESTER_CITY_COUNCIL,
            role: 'Strategic Director for Social Care and Education',
            representativeName: 'Martin Samuels',
            appointedOn: '2021-02-25',
            decisionId: TRAUMA_INTENT_AGREED,
          },
        },
      ]);
  });

  it('lets one organisation hold seats in different roles', () => {
    specify(appointBoardMember)
      .given(spbWithMembers, { organisations: registry })
      .when({
        boardId: SPB,
        organisationId: OPCC,
        role: 'Police and Crime Commissioner',
        appointedOn: '2016-12-08',
      })
      .then([memberAppointed(OPCC, 'Police and Crime Commissioner', '2016-12-08')]);
  });

  it('refuses a seat the organisation already holds, saying what to do', () => {
    specify(appointBoardMember)
      .given(spbWithMembers, { organisations: registry })
      .when({ boardId: SPB, organisationId: LEICESTERSHIRE_POLICE, role: 'chief  constable' })
      .thenThrows(
        'CONFLICT',
        /Leicestershire Police already sits on "Strategic Partnership Board" as Chief Constable \(since 2016-12-08\); to change who represents it, remove that member first/,
      );
  });

  it('refuses an organisation that is not registered', () => {
    specify(appointBoardMember)
      .given(spb, { organisations: registry })
      .when({ boardId: SPB, organisationId: UNKNOWN, role: 'Chief Executive' })
      .thenThrows('NOT_FOUND', new RegExp(`member organisation ${UNKNOWN} does not exist`));
  });

  it('refuses a board that does not exist', () => {
    specify(appointBoardMember)
      .given([], { organisations: registry })
      .when({ boardId: SPB, organisationId: OPCC, role: 'Chief Executive' })
      .thenThrows('NOT_FOUND', new RegExp(`board ${SPB} does not exist`));
  });

  it('refuses a dissolved board: it takes no further changes', () => {
    specify(appointBoardMember)
      .given(peopleAndPlaceDissolved, { organisations: registry })
      .when({ boardId: PEOPLE_AND_PLACE, organisationId: OPCC, role: 'Chief Executive' })
      .thenThrows(
        'CONFLICT',
        /board "People and Place" was dissolved on 2022-03-18; .* a dissolved board takes no further changes: make them on its successor/,
      );
  });

  it('refuses a cited decision that was never recorded', () => {
    specify(appointBoardMember)
      .given(spb, { organisations: registry, decision: [] })
      .when({ boardId: SPB, organisationId: OPCC, role: 'Chief Executive', decisionId: UNKNOWN })
      .thenThrows('NOT_FOUND', /decision .* does not exist/);
  });

  it('refuses an empty role and a date that cannot be read', () => {
    specify(appointBoardMember)
      .given(spb, { organisations: registry })
      .when({ boardId: SPB, organisationId: OPCC, role: ' ', appointedOn: '8 December 2016' })
      .thenThrows(
        'BAD_USER_INPUT',
        /role: must not be empty; appointedOn: must be a date written YYYY-MM-DD/,
      );
  });
});

describe('removeBoardMember', () => {
  it('removes the seat an organisation holds, with the reason', () => {
    specify(removeBoardMember)
      .given(spbWithMembers)
      .when({
        boardId: SPB,
        organisationId: LEICESTERSHIRE_POLICE,
        reason: 'Represented through the SPB Executive from 2022',
        removedOn: '2022-03-18',
      })
      .then([
        {
          type: 'BoardMemberRemoved',
          data: {
            boardId: SPB,
            organisationId: LEICESTERSHIRE_POLICE,
            role: 'Chief Constable',
            reason: 'Represented through the SPB Executive from 2022',
            removedOn: '2022-03-18',
            decisionId: null,
          },
        },
      ]);
  });

  it('removes the seat named when the organisation holds several', () => {
    specify(removeBoardMember)
      .given(spbWithMembers)
      .when({
        boardId: SPB,
        organisationId: OPCC,
        role: 'deputy police and crime commissioner',
        reason: 'No Deputy PCC appointed after May 2021',
      })
      .then([
        {
          type: 'BoardMemberRemoved',
          data: {
            boardId: SPB,
            organisationId: OPCC,
            role: 'Deputy Police and Crime Commissioner',
            reason: 'No Deputy PCC appointed after May 2021',
            removedOn: '2021-03-19',
            decisionId: null,
          },
        },
      ]);
  });

  it('refuses an organisation that is not a member', () => {
    specify(removeBoardMember)
      .given(spbWithMembers)
      .when({ boardId: SPB, organisationId: LEICESTER_CITY_COUNCIL, reason: 'Left' })
      .thenThrows(
        'CONFLICT',
        /is not a member of "Strategic Partnership Board"; nothing to remove: check the organisation id/,
      );
  });

  it('asks which seat when the organisation holds several', () => {
    specify(removeBoardMember)
      .given(spbWithMembers)
      .when({ boardId: SPB, organisationId: OPCC, reason: 'Left' })
      .thenThrows(
        'BAD_USER_INPUT',
        /role: organisation .* holds 2 seats on "Strategic Partnership Board" \(Chief Executive, Deputy Police and Crime Commissioner\); say which one to remove/,
      );
  });

  it('refuses a role the organisation does not hold, listing the ones it does', () => {
    specify(removeBoardMember)
      .given(spbWithMembers)
      .when({ boardId: SPB, organisationId: LEICESTERSHIRE_POLICE, role: 'ACC', reason: 'Left' })
      .thenThrows(
        'CONFLICT',
        /does not sit on "Strategic Partnership Board" as ACC; its seats are: Chief Constable/,
      );
  });

  it('refuses a removal dated before the appointment', () => {
    specify(removeBoardMember)
      .given(spbWithMembers)
      .when({
        boardId: SPB,
        organisationId: LEICESTERSHIRE_POLICE,
        reason: 'Left',
        removedOn: '2016-01-01',
      })
      .thenThrows(
        'BAD_USER_INPUT',
        /removedOn: 2016-01-01 is before the member was appointed \(2016-12-08\); give a date on or after it/,
      );
  });

  it('refuses a removal without a reason', () => {
    specify(removeBoardMember)
      .given(spbWithMembers)
      .when({ boardId: SPB, organisationId: LEICESTERSHIRE_POLICE, reason: '' })
      .thenThrows('BAD_USER_INPUT', /reason: must not be empty/);
  });

  it('refuses a board that does not exist, or has been dissolved', () => {
    const input = { boardId: PEOPLE_AND_PLACE, organisationId: OPCC, reason: 'Restructure' };
    specify(removeBoardMember)
      .given([])
      .when(input)
      .thenThrows('NOT_FOUND', /board .* does not exist/);
    specify(removeBoardMember)
      .given(peopleAndPlaceDissolved)
      .when(input)
      .thenThrows('CONFLICT', /was dissolved on 2022-03-18/);
  });

  it('refuses a cited decision that was never recorded', () => {
    specify(removeBoardMember)
      .given(spbWithMembers, { decision: [] })
      .when({
        boardId: SPB,
        organisationId: LEICESTERSHIRE_POLICE,
        reason: 'Left',
        decisionId: UNKNOWN,
      })
      .thenThrows('NOT_FOUND', /decision .* does not exist/);
  });
});

describe('appointChair', () => {
  const matthews = {
    boardId: SPB,
    name: 'Rupert Matthews',
    role: 'Police and Crime Commissioner',
    organisationId: OPCC,
    from: '2021-05-13',
  };

  it('appoints the new PCC as chair after the May 2021 election', () => {
    specify(appointChair)
      .given([...spb, bachFromMay2016], { organisations: registry })
      .when(matthews)
      .then([
        {
          type: 'ChairAppointed',
          data: {
            boardId: SPB,
            chair: {
              name: 'Rupert Matthews',
              role: 'Police and Crime Commissioner',
              organisationId: OPCC,
            },
            from: '2021-05-13',
            decisionId: null,
          },
        },
      ]);
  });

  it('refuses to appoint the current chair again', () => {
    specify(appointChair)
      .given([...spb, bachFromMay2016], { organisations: registry })
      .when({ ...matthews, name: 'lord bach' })
      .thenThrows(
        'CONFLICT',
        /Lord Bach already chairs "Strategic Partnership Board" \(from 2016-05-12\); nothing to change/,
      );
  });

  it('refuses the chair named when the board was established', () => {
    specify(appointChair)
      .given(spb, { organisations: registry })
      .when({ ...matthews, name: 'Lord Bach', from: '2016-05-12' })
      .thenThrows('CONFLICT', /Lord Bach already chairs/);
  });

  it('refuses a chair from a date before the current chair took the chair', () => {
    specify(appointChair)
      .given([...spb, bachFromMay2016], { organisations: registry })
      .when({ ...matthews, from: '2016-01-01' })
      .thenThrows(
        'BAD_USER_INPUT',
        /from: 2016-01-01 is before the current chair took the chair \(2016-05-12\)/,
      );
  });

  it("refuses a chair's organisation that is not registered", () => {
    specify(appointChair)
      .given(spb, { organisations: registry })
      .when({ ...matthews, organisationId: UNKNOWN })
      .thenThrows('NOT_FOUND', new RegExp(`chair's organisation ${UNKNOWN} does not exist`));
  });

  it('refuses a board that does not exist, or has been dissolved', () => {
    specify(appointChair)
      .given([], { organisations: registry })
      .when(matthews)
      .thenThrows('NOT_FOUND', /board .* does not exist/);
    specify(appointChair)
      .given(peopleAndPlaceDissolved, { organisations: registry })
      .when({ ...matthews, boardId: PEOPLE_AND_PLACE })
      .thenThrows('CONFLICT', /was dissolved/);
  });

  it('refuses an empty name and a date that cannot be read', () => {
    specify(appointChair)
      .given(spb, { organisations: registry })
      .when({ ...matthews, name: '', from: '2021-02-30' })
      .thenThrows('BAD_USER_INPUT', /name: must not be empty; from: must be a date/);
  });

  it('refuses a cited decision that was never recorded', () => {
    specify(appointChair)
      .given(spb, { organisations: registry, decision: [] })
      .when({ ...matthews, decisionId: UNKNOWN })
      .thenThrows('NOT_FOUND', /decision .* does not exist/);
  });
});

describe('adoptTermsOfReference', () => {
  const revised2018 = {
    boardId: SPB,
    purpose: 'To address harmful behaviours within Leicester, Leicestershire and Rutland',
    missionStatements: [
      'People are Safe',
      'People are Well',
      'People have Skills',
      'People have Resources',
    ],
    membershipSummary: 'Chief officers of the partner agencies; chaired by the PCC',
    adoptedOn: '2018-07-10',
  };

  it("adopts a board's first terms of reference as version 1", () => {
    specify(adoptTermsOfReference)
      .given(spb)
      .when(revised2018)
      .then([
        {
          type: 'TermsOfReferenceAdopted',
          data: { ...revised2018, version: 1, decisionId: null },
        },
      ]);
  });

  it('starts at the version given when the earlier ones predate the tracker', () => {
    specify(adoptTermsOfReference)
      .given(spb, { decision: traumaIntentAgreed })
      .when({ ...revised2018, version: 2, decisionId: TRAUMA_INTENT_AGREED })
      .then([
        {
          type: 'TermsOfReferenceAdopted',
          data: { ...revised2018, version: 2, decisionId: TRAUMA_INTENT_AGREED },
        },
      ]);
  });

  it('takes the next version when none is given, or when the next one is given', () => {
    const next: BoardEvent[] = [
      {
        type: 'TermsOfReferenceAdopted',
        data: { ...revised2018, adoptedOn: '2021-05-20', version: 3, decisionId: null },
      },
    ];
    const given = [...spb, torVersion(2, '2018-07-10')];
    specify(adoptTermsOfReference)
      .given(given)
      .whenSent({ ...revised2018, adoptedOn: '2021-05-20' })
      .then(next);
    specify(adoptTermsOfReference)
      .given(given)
      .whenSent({ ...revised2018, adoptedOn: '2021-05-20', version: 3 })
      .then(next);
  });

  it('refuses a version going backwards, saying which to adopt', () => {
    specify(adoptTermsOfReference)
      .given([...spb, torVersion(2, '2018-07-10')])
      .when({ ...revised2018, version: 2 })
      .thenThrows(
        'CONFLICT',
        /version: "Strategic Partnership Board" already has version 2 of its terms of reference \(adopted 2018-07-10\); adopt version 3, or leave version out/,
      );
  });

  it('refuses a version that skips ahead', () => {
    specify(adoptTermsOfReference)
      .given([...spb, torVersion(2, '2018-07-10')])
      .when({ ...revised2018, version: 5 })
      .thenThrows(
        'BAD_USER_INPUT',
        /version: the next version .* is 3; versions go up one at a time/,
      );
  });

  it('refuses a version adopted before the one it replaces', () => {
    specify(adoptTermsOfReference)
      .given([...spb, torVersion(2, '2018-07-10')])
      .when({ ...revised2018, adoptedOn: '2018-03-06' })
      .thenThrows(
        'BAD_USER_INPUT',
        /adoptedOn: 2018-03-06 is before version 2 was adopted \(2018-07-10\)/,
      );
  });

  it('refuses a mission statement listed twice, an empty purpose and a version that is not a whole number', () => {
    specify(adoptTermsOfReference)
      .given(spb)
      .when({
        ...revised2018,
        purpose: '',
        version: 1.5,
        missionStatements: ['People are Safe', 'people are safe'],
      })
      .thenThrows(
        'BAD_USER_INPUT',
        /version: must be a whole number.*purpose: must not be empty.*missionStatements.1: repeats "people are safe"; list each statement once/,
      );
  });

  it('refuses an adoption date that cannot be read', () => {
    specify(adoptTermsOfReference)
      .given(spb)
      .when({ ...revised2018, adoptedOn: '10th July 2018' })
      .thenThrows('BAD_USER_INPUT', /adoptedOn: must be a date written YYYY-MM-DD/);
  });

  it('refuses a board that does not exist, or has been dissolved', () => {
    specify(adoptTermsOfReference).given([]).when(revised2018).thenThrows('NOT_FOUND', /board/);
    specify(adoptTermsOfReference)
      .given(peopleAndPlaceDissolved)
      .when({ ...revised2018, boardId: PEOPLE_AND_PLACE })
      .thenThrows('CONFLICT', /was dissolved/);
  });

  it('refuses a cited decision that was never recorded', () => {
    specify(adoptTermsOfReference)
      .given(spb, { decision: [] })
      .when({ ...revised2018, decisionId: UNKNOWN })
      .thenThrows('NOT_FOUND', /decision .* does not exist/);
  });
});

describe('dissolveBoard', () => {
  const restructure = {
    boardId: PEOPLE_AND_PLACE,
    successorBoardId: PREVENTION_AND_EARLY_INTERVENTION,
    reason: 'Sub-boards restructured in 2022',
    dissolvedOn: '2022-03-18',
  };

  it('dissolves a board, naming the board its open work goes to', () => {
    specify(dissolveBoard)
      .given(peopleAndPlace, { successor: preventionAndEarlyIntervention })
      .when(restructure)
      .then(peopleAndPlaceDissolved.slice(1));
  });

  it('dates the dissolution by the command and cites the decision', () => {
    specify(dissolveBoard)
      .given(peopleAndPlace, {
        successor: preventionAndEarlyIntervention,
        decision: traumaIntentAgreed,
      })
      .when(
        { ...restructure, dissolvedOn: undefined, decisionId: TRAUMA_INTENT_AGREED },
        { occurredAt: '2022-04-01' },
      )
      .then([
        {
          type: 'BoardDissolved',
          data: { ...restructure, dissolvedOn: '2022-04-01', decisionId: TRAUMA_INTENT_AGREED },
        },
      ]);
  });

  it('refuses a board that is dissolved already', () => {
    specify(dissolveBoard)
      .given(peopleAndPlaceDissolved, { successor: preventionAndEarlyIntervention })
      .when(restructure)
      .thenThrows('CONFLICT', /was dissolved on 2022-03-18; .* it is dissolved already/);
  });

  it('refuses a board that does not exist', () => {
    specify(dissolveBoard)
      .given([], { successor: preventionAndEarlyIntervention })
      .when(restructure)
      .thenThrows('NOT_FOUND', new RegExp(`board ${PEOPLE_AND_PLACE} does not exist`));
  });

  it('refuses a board as its own successor', () => {
    specify(dissolveBoard)
      .given(peopleAndPlace, { successor: peopleAndPlace })
      .when({ ...restructure, successorBoardId: PEOPLE_AND_PLACE })
      .thenThrows('BAD_USER_INPUT', /successorBoardId: a board cannot be its own successor/);
  });

  it('refuses a successor that does not exist', () => {
    specify(dissolveBoard)
      .given(peopleAndPlace, { successor: [] })
      .when(restructure)
      .thenThrows(
        'NOT_FOUND',
        new RegExp(`board ${PREVENTION_AND_EARLY_INTERVENTION} does not exist`),
      );
  });

  it('refuses a successor that has itself been dissolved', () => {
    specify(dissolveBoard)
      .given(spbExecutive, { successor: peopleAndPlaceDissolved })
      .when({ ...restructure, boardId: SPB_EXECUTIVE, successorBoardId: PEOPLE_AND_PLACE })
      .thenThrows('CONFLICT', /successorBoardId: board "People and Place" .* was dissolved/);
  });

  it('refuses a dissolution without a reason or successor', () => {
    specify(dissolveBoard)
      .given(peopleAndPlace)
      .whenSent({ boardId: PEOPLE_AND_PLACE, reason: ' ' })
      .thenThrows('BAD_USER_INPUT', /successorBoardId: must be a UUID.*reason: must not be empty/);
  });

  it('refuses a cited decision that was never recorded', () => {
    specify(dissolveBoard)
      .given(peopleAndPlace, { successor: preventionAndEarlyIntervention, decision: [] })
      .when({ ...restructure, decisionId: UNKNOWN })
      .thenThrows('NOT_FOUND', /decision .* does not exist/);
  });
});
