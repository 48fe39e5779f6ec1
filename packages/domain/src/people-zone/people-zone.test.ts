import { describe, expect, it } from 'vitest';
import {
  CHARNWOOD_BC,
  LEICESTERSHIRE_CC,
  LEICESTERSHIRE_POLICE,
  OPCC,
  UNKNOWN,
  organisations,
} from '../../testing/delivery-plan';
import { fold } from '../kernel/decider';
import { memberIdFor } from '../kernel/ids';
import { specify } from '../../testing/specification';
import {
  advancePeopleZoneStage,
  assignWorkstream,
  designatePeopleZone,
  peopleZone,
  recordKeyProvision,
  recordZoneEvaluation,
  type PeopleZoneEvent,
} from './people-zone';

/** People Zones, from the SPB updates of 8 June 2018 and 11 July 2019. */
const BELL_FOUNDRY = 'e0000000-0000-4000-8000-000000000001';
const EVALUATION = 'e1000000-0000-4000-8000-000000000001';
const registry = { organisations };

const PROBLEM =
  'Reactive demand on public services from the highest priority "people" issues on the estate';

const designateInput = {
  peopleZoneId: BELL_FOUNDRY,
  name: 'Bell Foundry estate',
  locality: 'Loughborough',
  district: 'Charnwood',
  leadAgencyId: CHARNWOOD_BC,
  partnerOrganisationIds: [LEICESTERSHIRE_POLICE, LEICESTERSHIRE_CC],
  problem: PROBLEM,
  designatedOn: '2018-06-08',
};

const bellFoundryDesignated: PeopleZoneEvent = {
  type: 'PeopleZoneDesignated',
  data: {
    peopleZoneId: BELL_FOUNDRY,
    name: 'Bell Foundry estate',
    locality: 'Loughborough',
    district: 'Charnwood',
    leadAgencyId: CHARNWOOD_BC,
    partnerOrganisationIds: [LEICESTERSHIRE_POLICE, LEICESTERSHIRE_CC],
    problem: PROBLEM,
    stage: 'PROPOSED',
    designatedOn: '2018-06-08',
  },
};

const stageChanged = (
  from: 'PROPOSED' | 'RESEARCHING' | 'ESTABLISHED',
  to: 'RESEARCHING' | 'ESTABLISHED' | 'EVALUATING',
  effectiveOn: string,
): PeopleZoneEvent => ({
  type: 'PeopleZoneStageChanged',
  data: { peopleZoneId: BELL_FOUNDRY, from, to, direction: 'FORWARD', reason: '', effectiveOn },
});

const established = [
  bellFoundryDesignated,
  stageChanged('PROPOSED', 'RESEARCHING', '2018-07-10'),
  stageChanged('RESEARCHING', 'ESTABLISHED', '2019-07-11'),
];

const projectManagementAssigned: PeopleZoneEvent = {
  type: 'WorkstreamAssigned',
  data: {
    peopleZoneId: BELL_FOUNDRY,
    workstream: 'PROJECT_MANAGEMENT',
    ownerOrganisationId: OPCC,
    officer: null,
    assignedOn: '2018-06-08',
  },
};

const COALVILLE = '5c0a1f2e-3b4d-4e6f-8a9b-0c1d2e3f4a5b';

describe('designatePeopleZone', () => {
  it('designates the Bell Foundry estate, led by Charnwood Borough Council, as PROPOSED', () => {
    specify(designatePeopleZone)
      .given([], registry)
      .when(designateInput)
      .then([bellFoundryDesignated]);
  });

  it('mints the id and dates the designation from the command when not given', () => {
    specify(designatePeopleZone)
      .given([], registry)
      .when(
        {
          name: 'New Parks',
          locality: 'Leicester',
          district: 'Leicester City',
          leadAgencyId: LEICESTERSHIRE_POLICE,
          problem: PROBLEM,
        },
        { occurredAt: '2018-07-10T14:00:00+01:00' },
      )
      .then((id) => [
        {
          type: 'PeopleZoneDesignated',
          data: {
            peopleZoneId: id,
            name: 'New Parks',
            locality: 'Leicester',
            district: 'Leicester City',
            leadAgencyId: LEICESTERSHIRE_POLICE,
            partnerOrganisationIds: [],
            problem: PROBLEM,
            stage: 'PROPOSED',
            designatedOn: '2018-07-10',
          },
        },
      ]);
  });

  it('designates a zone whose lead agency is not yet named (Coalville, paper 000 para 7)', () => {
    specify(designatePeopleZone)
      .given([], registry)
      .when({
        peopleZoneId: COALVILLE,
        name: 'Coalville People Zone',
        locality: 'Coalville',
        district: 'North West Leicestershire',
        leadAgencyId: null,
        problem: PROBLEM,
        designatedOn: '2018-06-08',
      })
      .then([
        {
          type: 'PeopleZoneDesignated',
          data: {
            peopleZoneId: COALVILLE,
            name: 'Coalville People Zone',
            locality: 'Coalville',
            district: 'North West Leicestershire',
            leadAgencyId: null,
            partnerOrganisationIds: [],
            problem: PROBLEM,
            stage: 'PROPOSED',
            designatedOn: '2018-06-08',
          },
        },
      ]);
  });

  it('refuses empty text, saying which fields', () => {
    specify(designatePeopleZone)
      .given([], registry)
      .when({ ...designateInput, name: '', locality: ' ', problem: '' })
      .thenThrows(
        'BAD_USER_INPUT',
        /name: must not be empty; locality: must not be empty; problem: must not be empty/,
      );
  });

  it('refuses a lead agency id that is not a UUID', () => {
    specify(designatePeopleZone)
      .given([], registry)
      .when({ ...designateInput, leadAgencyId: 'Charnwood BC' })
      .thenThrows('BAD_USER_INPUT', /leadAgencyId: must be a UUID/);
  });

  it('refuses the lead agency listed again as a partner', () => {
    specify(designatePeopleZone)
      .given([], registry)
      .when({ ...designateInput, partnerOrganisationIds: [LEICESTERSHIRE_POLICE, CHARNWOOD_BC] })
      .thenThrows(
        'BAD_USER_INPUT',
        new RegExp(
          `partnerOrganisationIds: ${CHARNWOOD_BC} is the lead agency; list only the other partners`,
        ),
      );
  });

  it('refuses a partner listed twice', () => {
    specify(designatePeopleZone)
      .given([], registry)
      .when({
        ...designateInput,
        partnerOrganisationIds: [LEICESTERSHIRE_POLICE, LEICESTERSHIRE_POLICE],
      })
      .thenThrows(
        'BAD_USER_INPUT',
        new RegExp(
          `partnerOrganisationIds: lists ${LEICESTERSHIRE_POLICE} twice; list each id once`,
        ),
      );
  });

  it('refuses a lead agency that is not a registered organisation', () => {
    specify(designatePeopleZone)
      .given([], registry)
      .when({ ...designateInput, leadAgencyId: UNKNOWN })
      .thenThrows('NOT_FOUND', new RegExp(`lead agency ${UNKNOWN} does not exist`));
  });

  it('refuses a partner that is not a registered organisation', () => {
    specify(designatePeopleZone)
      .given([], registry)
      .when({ ...designateInput, partnerOrganisationIds: [LEICESTERSHIRE_POLICE, UNKNOWN] })
      .thenThrows('NOT_FOUND', new RegExp(`partner organisation ${UNKNOWN} does not exist`));
  });

  it('refuses to designate the same zone twice', () => {
    specify(designatePeopleZone)
      .given([bellFoundryDesignated], registry)
      .when(designateInput)
      .thenThrows('CONFLICT', /already designated as "Bell Foundry estate"/);
  });
});

describe('advancePeopleZoneStage', () => {
  it('moves a zone forward: three localities identified for further research', () => {
    specify(advancePeopleZoneStage)
      .given([bellFoundryDesignated])
      .when({ peopleZoneId: BELL_FOUNDRY, stage: 'RESEARCHING', effectiveOn: '2018-07-10' })
      .then([stageChanged('PROPOSED', 'RESEARCHING', '2018-07-10')]);
  });

  it('may skip stages going forward', () => {
    specify(advancePeopleZoneStage)
      .given([bellFoundryDesignated])
      .when({ peopleZoneId: BELL_FOUNDRY, stage: 'ESTABLISHED', effectiveOn: '2019-07-11' })
      .then([
        {
          type: 'PeopleZoneStageChanged',
          data: {
            peopleZoneId: BELL_FOUNDRY,
            from: 'PROPOSED',
            to: 'ESTABLISHED',
            direction: 'FORWARD',
            reason: '',
            effectiveOn: '2019-07-11',
          },
        },
      ]);
  });

  it('moves a zone back with a reason', () => {
    specify(advancePeopleZoneStage)
      .given(established)
      .when({
        peopleZoneId: BELL_FOUNDRY,
        stage: 'ESTABLISHING',
        reason: 'Lead agency withdrew the community hub; team being rebuilt',
        effectiveOn: '2020-01-15',
      })
      .then([
        {
          type: 'PeopleZoneStageChanged',
          data: {
            peopleZoneId: BELL_FOUNDRY,
            from: 'ESTABLISHED',
            to: 'ESTABLISHING',
            direction: 'BACKWARD',
            reason: 'Lead agency withdrew the community hub; team being rebuilt',
            effectiveOn: '2020-01-15',
          },
        },
      ]);
  });

  it('refuses to move a zone back without a reason, saying so', () => {
    specify(advancePeopleZoneStage)
      .given(established)
      .when({ peopleZoneId: BELL_FOUNDRY, stage: 'RESEARCHING' })
      .thenThrows(
        'BAD_USER_INPUT',
        /reason: moving People Zone "Bell Foundry estate" back from ESTABLISHED to RESEARCHING needs a reason; give one/,
      );
  });

  it('refuses a change dated before the current stage took effect', () => {
    specify(advancePeopleZoneStage)
      .given(established)
      .when({ peopleZoneId: BELL_FOUNDRY, stage: 'EVALUATING', effectiveOn: '2019-07-01' })
      .thenThrows(
        'BAD_USER_INPUT',
        /effectiveOn: 2019-07-01 is before ESTABLISHED took effect \(2019-07-11\); give a date on or after it/,
      );
  });

  it('refuses the stage the zone is already at', () => {
    specify(advancePeopleZoneStage)
      .given(established)
      .when({ peopleZoneId: BELL_FOUNDRY, stage: 'ESTABLISHED' })
      .thenThrows('CONFLICT', /already at stage ESTABLISHED/);
  });

  it('refuses an unknown stage and an unparseable date', () => {
    specify(advancePeopleZoneStage)
      .given(established)
      .whenSent({ peopleZoneId: BELL_FOUNDRY, stage: 'LIVE', effectiveOn: '11/07/2019' })
      .thenThrows(
        'BAD_USER_INPUT',
        /stage: must be one of PROPOSED, RESEARCHING, ESTABLISHING, ESTABLISHED, EVALUATING, MAINSTREAMED; effectiveOn: must be a date/,
      );
  });

  it('refuses a zone that does not exist', () => {
    specify(advancePeopleZoneStage)
      .given([])
      .when({ peopleZoneId: UNKNOWN, stage: 'RESEARCHING' })
      .thenThrows('NOT_FOUND', new RegExp(`People Zone ${UNKNOWN} does not exist`));
  });
});

describe('recordKeyProvision', () => {
  it('records community leadership in place on the Bell Foundry estate', () => {
    specify(recordKeyProvision)
      .given(established)
      .when({
        peopleZoneId: BELL_FOUNDRY,
        provision: 'COMMUNITY_LEADERSHIP',
        status: 'IN_PLACE',
        note: 'Charnwood Borough Council pivotal in driving the initiative forward',
        assessedOn: '2019-07-11',
      })
      .then([
        {
          type: 'KeyProvisionRecorded',
          data: {
            peopleZoneId: BELL_FOUNDRY,
            provision: 'COMMUNITY_LEADERSHIP',
            status: 'IN_PLACE',
            note: 'Charnwood Borough Council pivotal in driving the initiative forward',
            assessedOn: '2019-07-11',
          },
        },
      ]);
  });

  it('records a provision still missing, dated from the command', () => {
    specify(recordKeyProvision)
      .given(established)
      .when(
        {
          peopleZoneId: BELL_FOUNDRY,
          provision: 'SHARED_APPROACH_TO_ISSUE_RESOLUTION',
          status: 'MISSING',
        },
        { occurredAt: '2019-02-01' },
      )
      .then([
        {
          type: 'KeyProvisionRecorded',
          data: {
            peopleZoneId: BELL_FOUNDRY,
            provision: 'SHARED_APPROACH_TO_ISSUE_RESOLUTION',
            status: 'MISSING',
            note: '',
            assessedOn: '2019-02-01',
          },
        },
      ]);
  });

  it('refuses an unknown provision or status', () => {
    specify(recordKeyProvision)
      .given(established)
      .whenSent({ peopleZoneId: BELL_FOUNDRY, provision: 'LEADERSHIP', status: 'YES' })
      .thenThrows(
        'BAD_USER_INPUT',
        /provision: must be one of COMMUNITY_LEADERSHIP, ACCESS_TO_COMMUNITY_ASSETS, INTEGRATED_LOCAL_AGENCIES, SHARED_APPROACH_TO_ISSUE_RESOLUTION; status: must be one of IN_PLACE, IN_PROGRESS, MISSING/,
      );
  });

  it('refuses a zone that does not exist', () => {
    specify(recordKeyProvision)
      .given([])
      .when({ peopleZoneId: BELL_FOUNDRY, provision: 'COMMUNITY_LEADERSHIP', status: 'IN_PLACE' })
      .thenThrows('NOT_FOUND', new RegExp(`People Zone ${BELL_FOUNDRY} does not exist`));
  });
});

describe('assignWorkstream', () => {
  const input = {
    peopleZoneId: BELL_FOUNDRY,
    workstream: 'PROJECT_MANAGEMENT',
    ownerOrganisationId: OPCC,
    assignedOn: '2018-06-08',
  };

  it('assigns the project management workstream to the OPCC programme office', () => {
    specify(assignWorkstream)
      .given([bellFoundryDesignated], registry)
      .whenSent(input)
      .then([projectManagementAssigned]);
  });

  it('reassigns a workstream to a named officer', () => {
    specify(assignWorkstream)
      .given([bellFoundryDesignated, projectManagementAssigned], registry)
      .whenSent({
        ...input,
        ownerOrganisationId: LEICESTERSHIRE_CC,
        officer: 'SPB programme lead',
        assignedOn: '2018-07-01',
      })
      .then([
        {
          type: 'WorkstreamAssigned',
          data: {
            peopleZoneId: BELL_FOUNDRY,
            workstream: 'PROJECT_MANAGEMENT',
            ownerOrganisationId: LEICESTERSHIRE_CC,
            officer: 'SPB programme lead',
            assignedOn: '2018-07-01',
          },
        },
      ]);
  });

  it('refuses the assignment the workstream already has', () => {
    specify(assignWorkstream)
      .given([bellFoundryDesignated, projectManagementAssigned], registry)
      .whenSent(input)
      .thenThrows(
        'CONFLICT',
        new RegExp(
          `PROJECT_MANAGEMENT of People Zone "Bell Foundry estate" is already assigned to organisation ${OPCC}`,
        ),
      );
  });

  it('refuses an owner that is not a registered organisation', () => {
    specify(assignWorkstream)
      .given([bellFoundryDesignated], registry)
      .whenSent({ ...input, ownerOrganisationId: UNKNOWN })
      .thenThrows('NOT_FOUND', new RegExp(`owner organisation ${UNKNOWN} does not exist`));
  });

  it('refuses an empty officer name', () => {
    specify(assignWorkstream)
      .given([bellFoundryDesignated], registry)
      .whenSent({ ...input, officer: ' ' })
      .thenThrows('BAD_USER_INPUT', /officer: must not be empty/);
  });

  it('refuses an unknown workstream', () => {
    specify(assignWorkstream)
      .given([bellFoundryDesignated], registry)
      .whenSent({ ...input, workstream: 'FUNDING' })
      .thenThrows(
        'BAD_USER_INPUT',
        /workstream: must be one of PROJECT_MANAGEMENT, .*FUNDING_OPPORTUNITIES/,
      );
  });

  it('refuses a zone that does not exist', () => {
    specify(assignWorkstream)
      .given([], registry)
      .whenSent(input)
      .thenThrows('NOT_FOUND', new RegExp(`People Zone ${BELL_FOUNDRY} does not exist`));
  });
});

describe('recordZoneEvaluation', () => {
  const input = {
    peopleZoneId: BELL_FOUNDRY,
    evaluationId: EVALUATION,
    findings: {
      coreProblem: 'Evaluation model being tested by applying it to the Bell Foundry estate data',
      communityPerceptions: 'Measures of change in community perceptions captured',
    },
    evaluatedOn: '2019-07-11',
    source: 'Loughborough University evaluation model (Health and Wellbeing Board, 11 July 2019)',
  };
  const evaluatedData = {
    peopleZoneId: BELL_FOUNDRY,
    evaluationId: EVALUATION,
    findings: {
      coreProblem: 'Evaluation model being tested by applying it to the Bell Foundry estate data',
      socialResilience: null,
      communityPerceptions: 'Measures of change in community perceptions captured',
    },
    evaluatedOn: '2019-07-11',
    source: 'Loughborough University evaluation model (Health and Wellbeing Board, 11 July 2019)',
  };
  const evaluated: PeopleZoneEvent = { type: 'ZoneEvaluationRecorded', data: evaluatedData };

  it('records findings on the core problem and community perceptions', () => {
    specify(recordZoneEvaluation).given(established).when(input).then([evaluated]);
  });

  it('derives the evaluation id from the zone when none is given', () => {
    specify(recordZoneEvaluation)
      .given([...established, evaluated])
      .when({ ...input, evaluationId: undefined, evaluatedOn: '2020-07-11' })
      .then([
        {
          type: 'ZoneEvaluationRecorded',
          data: {
            ...evaluatedData,
            evaluationId: memberIdFor(BELL_FOUNDRY, 'evaluation', 1),
            evaluatedOn: '2020-07-11',
          },
        },
      ]);
    expect(fold(peopleZone, [...established, evaluated]).evaluationIds).toEqual([EVALUATION]);
  });

  it('refuses an evaluation with no findings', () => {
    specify(recordZoneEvaluation)
      .given(established)
      .when({ ...input, findings: { coreProblem: ' ' } })
      .thenThrows(
        'BAD_USER_INPUT',
        /findings: give at least one finding: coreProblem, socialResilience or communityPerceptions/,
      );
  });

  it('refuses a missing or unparseable date and an empty source', () => {
    specify(recordZoneEvaluation)
      .given(established)
      .when({ ...input, evaluatedOn: 'July 2019', source: '' })
      .thenThrows(
        'BAD_USER_INPUT',
        /evaluatedOn: must be a date written YYYY-MM-DD.*; source: must not be empty/,
      );
    specify(recordZoneEvaluation)
      .given(established)
      .whenSent({ ...input, evaluatedOn: undefined })
      .thenThrows('BAD_USER_INPUT', /evaluatedOn: must be a date/);
  });

  it('refuses an evaluation id already recorded', () => {
    specify(recordZoneEvaluation)
      .given([...established, evaluated])
      .when(input)
      .thenThrows('CONFLICT', new RegExp(`evaluation ${EVALUATION} is already recorded`));
  });

  it('refuses a zone that does not exist', () => {
    specify(recordZoneEvaluation)
      .given([])
      .when(input)
      .thenThrows('NOT_FOUND', new RegExp(`People Zone ${BELL_FOUNDRY} does not exist`));
  });
});
