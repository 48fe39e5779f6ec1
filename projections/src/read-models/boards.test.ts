import { describe, expect, it } from 'vitest';
import { project } from '../projection';
import { envelopes } from '../../testing/envelopes';
import { boardsProjection, termsInForce } from './boards';
import {
  COUNTY,
  DECISION_1,
  OPCC,
  PEOPLE_AND_PLACE,
  POLICE,
  PREVENTION,
  SPB,
  SPB_EXECUTIVE,
  boardEstablished,
} from '../../testing/governance';

describe('boards read model', () => {
  const state = project(
    boardsProjection,
    envelopes([
      {
        type: 'BoardEstablished',
        data: {
          boardId: SPB,
          name: 'Strategic Partnership Board',
          purpose: 'Strategic direction for LLR community safety',
          parentBoardId: null,
          chair: { name: 'Lord Bach', role: 'Police and Crime Commissioner' },
        },
        occurredAt: '2016-12-08',
      },
      boardEstablished(SPB_EXECUTIVE, 'SPB Executive', SPB),
      boardEstablished(PEOPLE_AND_PLACE, 'People and Place', SPB_EXECUTIVE, '2019-02-01'),
      {
        type: 'BoardMemberAppointed',
        data: {
          boardId: SPB,
          organisationId: POLICE,
          role: 'Chief Constable',
          representativeName: null,
          appointedOn: '2016-12-08',
          decisionId: null,
        },
      },
      {
        type: 'BoardMemberAppointed',
        data: {
          boardId: SPB,
          organisationId: COUNTY,
          role: 'Chief Executive',
          representativeName: null,
          appointedOn: '2016-12-08',
          decisionId: null,
        },
      },
      {
        type: 'BoardMemberRemoved',
        data: {
          boardId: SPB,
          organisationId: COUNTY,
          role: 'Chief Executive',
          reason: 'Represented through the SPB Executive chair',
          removedOn: '2018-07-10',
          decisionId: DECISION_1,
        },
      },
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
        occurredAt: '2021-05-13',
      },
      {
        type: 'TermsOfReferenceAdopted',
        data: {
          boardId: SPB,
          version: 1,
          purpose: 'To set out the strategic direction for LLR',
          missionStatements: [],
          membershipSummary: '',
          adoptedOn: '2016-12-08',
          decisionId: null,
        },
      },
      {
        type: 'TermsOfReferenceAdopted',
        data: {
          boardId: SPB,
          version: 2,
          purpose: 'Aligned priorities across the public sector',
          missionStatements: ['People are Safe', 'People are Well'],
          membershipSummary: 'Widened beyond criminal justice',
          adoptedOn: '2018-07-10',
          decisionId: DECISION_1,
        },
        occurredAt: '2018-07-10',
      },
      boardEstablished(
        PREVENTION,
        'Prevention and Early Intervention',
        SPB_EXECUTIVE,
        '2022-03-18',
      ),
      {
        type: 'BoardDissolved',
        data: {
          boardId: PEOPLE_AND_PLACE,
          successorBoardId: PREVENTION,
          reason: 'Sub-boards restructured in 2022',
          dissolvedOn: '2022-03-18',
          decisionId: null,
        },
        occurredAt: '2022-03-18',
      },
    ]),
  );

  it('keeps the tree of boards in the order they were established', () => {
    expect(state.order).toEqual([SPB, SPB_EXECUTIVE, PEOPLE_AND_PLACE, PREVENTION]);
    expect(state.byId[SPB_EXECUTIVE]!.childBoardIds).toEqual([PEOPLE_AND_PLACE, PREVENTION]);
  });

  it('keeps current members and moves removed ones to former members with the reason', () => {
    const spb = state.byId[SPB]!;
    expect(spb.members.map((m) => [m.organisationId, m.role])).toEqual([
      [POLICE, 'Chief Constable'],
    ]);
    expect(spb.formerMembers).toEqual([
      expect.objectContaining({
        organisationId: COUNTY,
        role: 'Chief Executive',
        appointedOn: '2016-12-08',
        removedOn: '2018-07-10',
        removalReason: 'Represented through the SPB Executive chair',
        removalDecisionId: DECISION_1,
      }),
    ]);
  });

  it('shows the chair now and every chair with the dates each held it', () => {
    const spb = state.byId[SPB]!;
    expect(spb.chair).toMatchObject({ name: 'Rupert Matthews', organisationId: OPCC, until: null });
    expect(spb.chairHistory.map(({ name, from, until }) => ({ name, from, until }))).toEqual([
      { name: 'Lord Bach', from: null, until: '2021-05-13' },
      { name: 'Rupert Matthews', from: '2021-05-13', until: null },
    ]);
  });

  it('keeps every version of the terms of reference; the last is in force', () => {
    const spb = state.byId[SPB]!;
    expect(spb.termsOfReference.map((t) => t.version)).toEqual([1, 2]);
    expect(termsInForce(spb)).toMatchObject({
      version: 2,
      missionStatements: ['People are Safe', 'People are Well'],
      decisionId: DECISION_1,
    });
    expect(termsInForce(state.byId[SPB_EXECUTIVE]!)).toBeNull();
    // The last event about the SPB (the terms of 2018, recorded after the 2021 chair).
    expect(spb.lastChanged.at).toBe('2018-07-10');
  });

  it('records a dissolution on the board and the predecessor on its successor', () => {
    expect(state.byId[PEOPLE_AND_PLACE]!.dissolution).toEqual({
      dissolvedOn: '2022-03-18',
      reason: 'Sub-boards restructured in 2022',
      successorBoardId: PREVENTION,
      decisionId: null,
    });
    expect(state.byId[PREVENTION]!.predecessorBoardIds).toEqual([PEOPLE_AND_PLACE]);
    expect(state.byId[SPB]!.dissolution).toBeNull();
  });
});
