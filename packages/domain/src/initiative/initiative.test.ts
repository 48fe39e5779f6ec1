import type { AnyCommandDefinition } from '../kernel/execute';
import { describe, expect, it } from 'vitest';
import { fold } from '../kernel/decider';
import { memberIdFor } from '../kernel/ids';
import { specify } from '../../testing/specification';
import {
  established,
  PEOPLE_AND_PLACE,
  peopleAndPlace,
  peopleAndPlaceDissolved,
  PREVENTION_AND_EARLY_INTERVENTION,
  preventionAndEarlyIntervention,
  SPB,
  spb,
  SPB_EXECUTIVE,
} from '../../testing/board';
import {
  BUSINESS_PLAN_APPROVED,
  businessPlanApproved,
  TRAUMA_INTENT_AGREED,
  traumaIntentAgreed,
} from '../../testing/meeting';
import { CHILDHOOD_TRAUMA, childhoodTrauma } from '../../testing/priority';
import { OPCC, registry, UNKNOWN } from '../../testing/organisation';
import {
  addMilestone,
  changeInitiativeStatus,
  completeMilestone,
  initiative,
  initiativeLifecycle,
  initiativeStatuses,
  recordNextSteps,
  redateMilestone,
  registerInitiative,
  setDeliveryConfidence,
  type InitiativeEvent,
  type InitiativeStatus,
} from './initiative';

const TRAUMA_INFORMED = 'e4000000-0000-4000-8000-000000000001';
const FEMALE_OFFENDER = 'e4000000-0000-4000-8000-000000000002';
const VOLUNTEERING = 'e4000000-0000-4000-8000-000000000003';
const PEOPLE_ZONES = 'e4000000-0000-4000-8000-000000000004';
const YOUTH_SURVEY = 'e4000000-0000-4000-8000-000000000005';
const PERFORMANCE_PACKS = 'e4000000-0000-4000-8000-000000000006';
const WORKSHOPS = 'f5000000-0000-4000-8000-000000000001';
const PROJECT_PLAN = 'f5000000-0000-4000-8000-000000000002';

const VULNERABILITY_EXECUTIVE = 'b1000000-0000-4000-8000-0000000000f1';
const vulnerabilityExecutive = [
  established(VULNERABILITY_EXECUTIVE, 'Vulnerability Executive', SPB_EXECUTIVE),
];

/** An initiative as registered on the SPB portfolio, with the given status. */
const registered = (
  initiativeId: string,
  title: string,
  status: 'PROPOSED' | 'NOT_STARTED' | 'IN_PROGRESS' | 'EMBEDDED' = 'IN_PROGRESS',
  registeredOn = '2021-03-19',
): InitiativeEvent => ({
  type: 'InitiativeRegistered',
  data: {
    initiativeId,
    title,
    description: '',
    owningBoardId: SPB,
    priorityIds: [],
    leadOrganisationIds: [],
    leadOfficers: [],
    status,
    registeredOn,
    decisionId: null,
  },
});

/** A status change; a transfer goes to `transfer.boardId` with its lead. */
const statusChanged = (
  initiativeId: string,
  from: InitiativeStatus,
  to: InitiativeStatus,
  effectiveOn: string,
  details: {
    boardId?: string;
    transfer?: { boardId: string; lead: { name: string; role: string } };
    reason?: string;
    decisionId?: string;
  } = {},
): InitiativeEvent => ({
  type: 'InitiativeStatusChanged',
  data: {
    initiativeId,
    from,
    to,
    boardId: details.transfer?.boardId ?? details.boardId ?? SPB,
    targetBoardId: details.transfer?.boardId ?? null,
    lead: details.transfer?.lead ?? null,
    reason: details.reason ?? '',
    decisionId: details.decisionId ?? null,
    effectiveOn,
  },
});

/** People Zones as moved across to the People and Place sub-group. */
const peopleZonesTransferred = [
  registered(PEOPLE_ZONES, 'People Zones', 'EMBEDDED'),
  statusChanged(PEOPLE_ZONES, 'EMBEDDED', 'TRANSFERRED', '2021-04-01', {
    transfer: {
      boardId: PEOPLE_AND_PLACE,
      lead: { name: 'Gurjit Samra-Rai', role: 'SPB programme office' },
    },
  }),
];

const femaleOffender = registered(FEMALE_OFFENDER, 'Female Offender Strategy');
const workshopsAdded: InitiativeEvent = {
  type: 'MilestoneAdded',
  data: {
    initiativeId: FEMALE_OFFENDER,
    milestoneId: WORKSHOPS,
    title: 'Deliver two workshops',
    dueOn: '2021-05-19',
    addedOn: '2021-03-19',
  },
};

describe('registerInitiative', () => {
  it('registers the Trauma Informed Strategy on the SPB portfolio with its leads', () => {
    const traumaInformed = {
      initiativeId: TRAUMA_INFORMED,
      title: 'Trauma Informed Strategy',
      description: 'An LLR wide trauma-informed approach to prevent and mitigate childhood trauma',
      owningBoardId: SPB,
      priorityIds: [CHILDHOOD_TRAUMA],
      leadOrganisationIds: [OPCC],
      status: 'IN_PROGRESS' as const,
      registeredOn: '2021-02-25',
      decisionId: TRAUMA_INTENT_AGREED,
    };
    specify(registerInitiative)
      .given([], {
        board: spb,
        organisations: registry,
        decision: traumaIntentAgreed,
        [`priority:${CHILDHOOD_TRAUMA}`]: childhoodTrauma,
      })
      .whenSent({
        ...traumaInformed,
        leadOfficers: [
          { name: 'Grace Strong', role: 'VRN' },
          { name: 'Paul Hindson', role: 'OPCC' },
          { name: 'Matthew Wakely' },
        ],
      })
      .then([
        {
          type: 'InitiativeRegistered',
          data: {
            ...traumaInformed,
            leadOfficers: [
              { name: 'Grace Strong', role: 'VRN' },
              { name: 'Paul Hindson', role: 'OPCC' },
              { name: 'Matthew Wakely', role: '' },
            ],
          },
        },
      ]);
  });

  it('mints the id, starts PROPOSED and dates it from the command when nothing else is given', () => {
    specify(registerInitiative)
      .given([], { board: spb })
      .when(
        { title: 'Youth Perception Survey', owningBoardId: SPB },
        { occurredAt: '2021-03-19T10:00:00Z' },
      )
      .then((id) => [registered(id, 'Youth Perception Survey', 'PROPOSED', '2021-03-19')]);
  });

  it('refuses an empty title, saying which field', () => {
    specify(registerInitiative)
      .given([], { board: spb })
      .when({ title: '  ', owningBoardId: SPB })
      .thenThrows('BAD_USER_INPUT', /title: must not be empty/);
  });

  it('refuses an owning board that does not exist', () => {
    specify(registerInitiative)
      .given([], { board: [] })
      .when({ title: 'Performance Packs', owningBoardId: UNKNOWN })
      .thenThrows('NOT_FOUND', new RegExp(`board ${UNKNOWN} does not exist`));
  });

  it('refuses an owning board that has been dissolved', () => {
    specify(registerInitiative)
      .given([], { board: peopleAndPlaceDissolved })
      .when({ title: 'People Zones', owningBoardId: PEOPLE_AND_PLACE })
      .thenThrows(
        'CONFLICT',
        /owningBoardId: board "People and Place" .* was dissolved on 2022-03-18; its open work went to board b1000000-.*04/,
      );
  });

  it('refuses a decision that has not been recorded', () => {
    specify(registerInitiative)
      .given([], { board: spb, decision: [] })
      .when({ title: 'Female Offender Strategy', owningBoardId: SPB, decisionId: UNKNOWN })
      .thenThrows('NOT_FOUND', `decision ${UNKNOWN} does not exist`);
  });

  it('refuses a priority that does not exist', () => {
    specify(registerInitiative)
      .given([], { board: spb, [`priority:${CHILDHOOD_TRAUMA}`]: childhoodTrauma })
      .when({
        title: 'Trauma Informed Strategy',
        owningBoardId: SPB,
        priorityIds: [CHILDHOOD_TRAUMA, UNKNOWN],
      })
      .thenThrows('NOT_FOUND', new RegExp(`priority ${UNKNOWN} does not exist`));
  });

  it('refuses a lead organisation that is not registered', () => {
    specify(registerInitiative)
      .given([], { board: spb, organisations: registry })
      .when({
        title: 'Public Sector Volunteering',
        owningBoardId: SPB,
        leadOrganisationIds: [OPCC, UNKNOWN],
      })
      .thenThrows('NOT_FOUND', `lead organisation ${UNKNOWN} does not exist`);
  });

  it('refuses a priority that has been retired', () => {
    specify(registerInitiative)
      .given([], {
        board: spb,
        [`priority:${CHILDHOOD_TRAUMA}`]: [
          ...childhoodTrauma,
          {
            type: 'PriorityRetired',
            data: {
              priorityId: CHILDHOOD_TRAUMA,
              reason: 'Replaced by the 2022 business plan priorities',
              retiredOn: '2022-03-31',
              decisionId: BUSINESS_PLAN_APPROVED,
            },
          },
        ],
      })
      .when({
        title: 'Trauma Informed Strategy',
        owningBoardId: SPB,
        priorityIds: [CHILDHOOD_TRAUMA],
      })
      .thenThrows(
        'CONFLICT',
        `priorityIds: priority "Childhood trauma" (${CHILDHOOD_TRAUMA}) was retired on 2022-03-31`,
      );
  });

  it('refuses a priority listed twice', () => {
    specify(registerInitiative)
      .given([], { board: spb })
      .when({
        title: 'Trauma Informed Strategy',
        owningBoardId: SPB,
        priorityIds: [CHILDHOOD_TRAUMA, CHILDHOOD_TRAUMA],
      })
      .thenThrows(
        'BAD_USER_INPUT',
        `priorityIds: lists ${CHILDHOOD_TRAUMA} twice; list each id once`,
      );
  });

  it('refuses to register straight into TRANSFERRED, naming the statuses it may start in', () => {
    specify(registerInitiative)
      .given([], { board: spb })
      .whenSent({ title: 'People Zones', owningBoardId: SPB, status: 'TRANSFERRED' })
      .thenThrows(
        'BAD_USER_INPUT',
        /status: must be one of PROPOSED, NOT_STARTED, IN_PROGRESS, EMBEDDED/,
      );
  });

  it('refuses a lead officer without a name', () => {
    specify(registerInitiative)
      .given([], { board: spb })
      .when({
        title: 'Female Offender Strategy',
        owningBoardId: SPB,
        leadOfficers: [{ name: '', role: 'NPS' }],
      })
      .thenThrows('BAD_USER_INPUT', /leadOfficers.0.name: must not be empty/);
  });

  it('refuses a registration date that cannot be parsed', () => {
    specify(registerInitiative)
      .given([], { board: spb })
      .when({ title: 'Performance Packs', owningBoardId: SPB, registeredOn: '18/11/2020' })
      .thenThrows('BAD_USER_INPUT', /registeredOn: must be a date written YYYY-MM-DD/);
  });

  it('refuses to register the same initiative twice', () => {
    specify(registerInitiative)
      .given([femaleOffender], { board: spb })
      .when({
        initiativeId: FEMALE_OFFENDER,
        title: 'Female Offender Strategy',
        owningBoardId: SPB,
      })
      .thenThrows('CONFLICT', /already registered as "Female Offender Strategy"/);
  });
});

describe('changeInitiativeStatus', () => {
  it('starts Public Sector Volunteering when work resumes after Covid, under a decision', () => {
    const reason = 'Work resumes after the Covid response, joint lead LCC and OPCC';
    specify(changeInitiativeStatus)
      .given([registered(VOLUNTEERING, 'Public Sector Volunteering', 'NOT_STARTED')], {
        decision: businessPlanApproved,
      })
      .when({
        initiativeId: VOLUNTEERING,
        status: 'IN_PROGRESS',
        reason,
        decisionId: BUSINESS_PLAN_APPROVED,
        effectiveOn: '2021-06-01',
      })
      .then([
        statusChanged(VOLUNTEERING, 'NOT_STARTED', 'IN_PROGRESS', '2021-06-01', {
          reason,
          decisionId: BUSINESS_PLAN_APPROVED,
        }),
      ]);
  });

  it('moves embedded People Zones across to a sub-group with the lead identified there', () => {
    specify(changeInitiativeStatus)
      .given([registered(PEOPLE_ZONES, 'People Zones', 'EMBEDDED')], {
        targetBoard: peopleAndPlace,
      })
      .when({
        initiativeId: PEOPLE_ZONES,
        status: 'TRANSFERRED',
        targetBoardId: PEOPLE_AND_PLACE,
        lead: { name: 'Gurjit Samra-Rai', role: 'SPB programme office' },
        effectiveOn: '2021-04-01',
      })
      .then(peopleZonesTransferred.slice(1));
  });

  it('moves a transferred initiative on to the successor board in the 2022 restructure', () => {
    specify(changeInitiativeStatus)
      .given(peopleZonesTransferred, { targetBoard: preventionAndEarlyIntervention })
      .when({
        initiativeId: PEOPLE_ZONES,
        status: 'TRANSFERRED',
        targetBoardId: PREVENTION_AND_EARLY_INTERVENTION,
        lead: { name: 'Gurjit Samra-Rai' },
        reason: 'Sub-boards restructured in 2022',
        effectiveOn: '2022-04-01',
      })
      .then([
        statusChanged(PEOPLE_ZONES, 'TRANSFERRED', 'TRANSFERRED', '2022-04-01', {
          transfer: {
            boardId: PREVENTION_AND_EARLY_INTERVENTION,
            lead: { name: 'Gurjit Samra-Rai', role: '' },
          },
          reason: 'Sub-boards restructured in 2022',
        }),
      ]);
  });

  it('keeps the receiving board when a transferred initiative is picked up again', () => {
    const state = fold(initiative, peopleZonesTransferred);
    expect(state).toMatchObject({ status: 'TRANSFERRED', boardId: PEOPLE_AND_PLACE });
    specify(changeInitiativeStatus)
      .given(peopleZonesTransferred)
      .when({ initiativeId: PEOPLE_ZONES, status: 'IN_PROGRESS', effectiveOn: '2021-05-01' })
      .then([
        statusChanged(PEOPLE_ZONES, 'TRANSFERRED', 'IN_PROGRESS', '2021-05-01', {
          boardId: PEOPLE_AND_PLACE,
        }),
      ]);
  });

  it('has the lifecycle the portfolio uses', () => {
    expect(initiativeLifecycle).toEqual({
      PROPOSED: ['NOT_STARTED', 'IN_PROGRESS', 'CLOSED'],
      NOT_STARTED: ['IN_PROGRESS', 'CLOSED'],
      IN_PROGRESS: ['EMBEDDED', 'TRANSFERRED', 'COMPLETED', 'CLOSED'],
      EMBEDDED: ['TRANSFERRED', 'COMPLETED', 'CLOSED'],
      TRANSFERRED: ['IN_PROGRESS', 'TRANSFERRED', 'COMPLETED', 'CLOSED'],
      COMPLETED: ['CLOSED'],
      CLOSED: [],
    });
  });

  describe('follows the lifecycle table, and only it', () => {
    /** A stream that has reached `status` (registered, or moved there along the table). */
    const streamAt = (status: InitiativeStatus): InitiativeEvent[] => {
      const start = registered(PERFORMANCE_PACKS, 'Performance Packs', 'IN_PROGRESS', '2020-11-18');
      if (status === 'IN_PROGRESS') return [start];
      return [start, statusChanged(PERFORMANCE_PACKS, 'IN_PROGRESS', status, '2020-11-18')];
    };
    const inputFor = (status: InitiativeStatus) => ({
      initiativeId: PERFORMANCE_PACKS,
      status,
      reason: 'One set of data for CSPs from January 2021',
      ...(status === 'TRANSFERRED' && {
        targetBoardId: VULNERABILITY_EXECUTIVE,
        lead: { name: 'Victoria Charlton', role: 'OPCC' },
      }),
    });
    const reachable = initiativeStatuses.filter((s) => s !== 'PROPOSED' && s !== 'NOT_STARTED');

    for (const from of reachable) {
      for (const to of initiativeStatuses) {
        const allowed = initiativeLifecycle[from].includes(to);
        it(`${from} -> ${to} is ${allowed ? 'allowed' : 'refused'}`, () => {
          const run = specify(changeInitiativeStatus)
            .given(streamAt(from), { targetBoard: vulnerabilityExecutive })
            .when(inputFor(to), { occurredAt: '2021-01-15' });
          if (allowed)
            run.then([
              {
                type: 'InitiativeStatusChanged',
                data: expect.objectContaining({ from, to }),
              },
            ]);
          else {
            const error = run.thenThrows('CONFLICT', `cannot move to ${to}; allowed next statuses`);
            expect(error.details).toEqual({ from, to, allowed: initiativeLifecycle[from] });
          }
        });
      }
    }

    it('accepts a proposal as not started, and refuses to embed it straight away', () => {
      const proposed = [registered(YOUTH_SURVEY, 'Youth Perception Survey', 'PROPOSED')];
      specify(changeInitiativeStatus)
        .given(proposed)
        .when({ initiativeId: YOUTH_SURVEY, status: 'NOT_STARTED', effectiveOn: '2021-03-19' })
        .then([
          {
            type: 'InitiativeStatusChanged',
            data: expect.objectContaining({ from: 'PROPOSED', to: 'NOT_STARTED' }),
          },
        ]);
      specify(changeInitiativeStatus)
        .given(proposed)
        .when({ initiativeId: YOUTH_SURVEY, status: 'EMBEDDED' })
        .thenThrows(
          'CONFLICT',
          'is PROPOSED and cannot move to EMBEDDED; allowed next statuses: NOT_STARTED, IN_PROGRESS, CLOSED',
        );
    });

    it('refuses a survey not yet started being completed', () => {
      specify(changeInitiativeStatus)
        .given([registered(YOUTH_SURVEY, 'Youth Perception Survey', 'NOT_STARTED')])
        .when({ initiativeId: YOUTH_SURVEY, status: 'COMPLETED' })
        .thenThrows('CONFLICT', /allowed next statuses: IN_PROGRESS, CLOSED/);
    });

    it('says a closed initiative can go nowhere', () => {
      specify(changeInitiativeStatus)
        .given(streamAt('CLOSED'))
        .when({ initiativeId: PERFORMANCE_PACKS, status: 'IN_PROGRESS' })
        .thenThrows('CONFLICT', /allowed next statuses: none \(CLOSED is final\)/);
    });
  });

  it('refuses an initiative that does not exist', () => {
    specify(changeInitiativeStatus)
      .given([])
      .when({ initiativeId: UNKNOWN, status: 'IN_PROGRESS' })
      .thenThrows('NOT_FOUND', new RegExp(`initiative ${UNKNOWN} does not exist`));
  });

  it('refuses a status that is not on the lifecycle', () => {
    specify(changeInitiativeStatus)
      .given([femaleOffender])
      .whenSent({ initiativeId: FEMALE_OFFENDER, status: 'ON_HOLD' })
      .thenThrows('BAD_USER_INPUT', /status: must be one of PROPOSED, .*, CLOSED/);
  });

  it('refuses a transfer that names neither the board nor the lead', () => {
    specify(changeInitiativeStatus)
      .given([registered(TRAUMA_INFORMED, 'Trauma Informed Strategy')])
      .when({ initiativeId: TRAUMA_INFORMED, status: 'TRANSFERRED' })
      .thenThrows(
        'BAD_USER_INPUT',
        /targetBoardId: a transfer names the board .*; lead: a transfer names the lead/,
      );
  });

  it('refuses a target board or lead on a change that is not a transfer', () => {
    specify(changeInitiativeStatus)
      .given([registered(TRAUMA_INFORMED, 'Trauma Informed Strategy')])
      .when({
        initiativeId: TRAUMA_INFORMED,
        status: 'EMBEDDED',
        targetBoardId: VULNERABILITY_EXECUTIVE,
        lead: { name: 'Grace Strong' },
      })
      .thenThrows(
        'BAD_USER_INPUT',
        /targetBoardId: only a transfer names a target board.*; lead: only a transfer names a new lead/,
      );
  });

  it('refuses to close without saying why', () => {
    specify(changeInitiativeStatus)
      .given([registered(YOUTH_SURVEY, 'Youth Perception Survey', 'PROPOSED')])
      .when({ initiativeId: YOUTH_SURVEY, status: 'CLOSED' })
      .thenThrows('BAD_USER_INPUT', /reason: closing an initiative needs a reason/);
  });

  it('refuses a transfer to a board that does not exist', () => {
    specify(changeInitiativeStatus)
      .given([registered(TRAUMA_INFORMED, 'Trauma Informed Strategy')], { targetBoard: [] })
      .when({
        initiativeId: TRAUMA_INFORMED,
        status: 'TRANSFERRED',
        targetBoardId: UNKNOWN,
        lead: { name: 'Grace Strong', role: 'VRN' },
      })
      .thenThrows('NOT_FOUND', new RegExp(`board ${UNKNOWN} does not exist`));
  });

  it('refuses a transfer to a board that has been dissolved, naming its successor', () => {
    specify(changeInitiativeStatus)
      .given([registered(PEOPLE_ZONES, 'People Zones', 'EMBEDDED')], {
        targetBoard: peopleAndPlaceDissolved,
      })
      .when({
        initiativeId: PEOPLE_ZONES,
        status: 'TRANSFERRED',
        targetBoardId: PEOPLE_AND_PLACE,
        lead: { name: 'Gurjit Samra-Rai' },
        effectiveOn: '2022-04-01',
      })
      .thenThrows(
        'CONFLICT',
        `targetBoardId: board "People and Place" (${PEOPLE_AND_PLACE}) was dissolved on 2022-03-18; ` +
          `its open work went to board ${PREVENTION_AND_EARLY_INTERVENTION}`,
      );
  });

  it('refuses a decision that has not been recorded', () => {
    specify(changeInitiativeStatus)
      .given([registered(VOLUNTEERING, 'Public Sector Volunteering', 'NOT_STARTED')], {
        decision: [],
      })
      .when({ initiativeId: VOLUNTEERING, status: 'IN_PROGRESS', decisionId: UNKNOWN })
      .thenThrows('NOT_FOUND', `decision ${UNKNOWN} does not exist`);
  });

  it('refuses a transfer to the board that already holds it', () => {
    specify(changeInitiativeStatus)
      .given([registered(TRAUMA_INFORMED, 'Trauma Informed Strategy')], { targetBoard: spb })
      .when({
        initiativeId: TRAUMA_INFORMED,
        status: 'TRANSFERRED',
        targetBoardId: SPB,
        lead: { name: 'Grace Strong', role: 'VRN' },
      })
      .thenThrows(
        'BAD_USER_INPUT',
        /targetBoardId: initiative "Trauma Informed Strategy" already sits with board "Strategic Partnership Board"/,
      );
  });

  it('refuses a change dated before the current status began', () => {
    specify(changeInitiativeStatus)
      .given([registered(VOLUNTEERING, 'Public Sector Volunteering', 'NOT_STARTED', '2021-03-19')])
      .when({ initiativeId: VOLUNTEERING, status: 'IN_PROGRESS', effectiveOn: '2021-01-31' })
      .thenThrows(
        'BAD_USER_INPUT',
        'effectiveOn: 2021-01-31 is before the current status began (2021-03-19)',
      );
  });

  it('refuses an effective date that cannot be parsed', () => {
    specify(changeInitiativeStatus)
      .given([registered(VOLUNTEERING, 'Public Sector Volunteering', 'NOT_STARTED')])
      .when({ initiativeId: VOLUNTEERING, status: 'IN_PROGRESS', effectiveOn: 'June 2021' })
      .thenThrows('BAD_USER_INPUT', /effectiveOn: must be a date written YYYY-MM-DD/);
  });
});

describe('setDeliveryConfidence', () => {
  it('rates the Female Offender Strategy, keeping the rating it replaces', () => {
    specify(setDeliveryConfidence)
      .given([
        femaleOffender,
        {
          type: 'DeliveryConfidenceSet',
          data: {
            initiativeId: FEMALE_OFFENDER,
            confidence: 'AMBER',
            previousConfidence: null,
            comment: 'Planning group formed; no project plan yet',
            assessedOn: '2021-01-31',
          },
        },
      ])
      .when({
        initiativeId: FEMALE_OFFENDER,
        confidence: 'AMBER_GREEN',
        comment: 'Adopted by SPB Exec as a project; two steering group meetings held',
        assessedOn: '2021-03-19',
      })
      .then([
        {
          type: 'DeliveryConfidenceSet',
          data: {
            initiativeId: FEMALE_OFFENDER,
            confidence: 'AMBER_GREEN',
            previousConfidence: 'AMBER',
            comment: 'Adopted by SPB Exec as a project; two steering group meetings held',
            assessedOn: '2021-03-19',
          },
        },
      ]);
  });

  it('refuses a rating off the scale, listing the scale', () => {
    specify(setDeliveryConfidence)
      .given([femaleOffender])
      .whenSent({ initiativeId: FEMALE_OFFENDER, confidence: 'BLUE', comment: 'Done' })
      .thenThrows(
        'BAD_USER_INPUT',
        /confidence: must be one of GREEN, AMBER_GREEN, AMBER, AMBER_RED, RED/,
      );
  });

  it('refuses a rating without a comment', () => {
    specify(setDeliveryConfidence)
      .given([femaleOffender])
      .when({ initiativeId: FEMALE_OFFENDER, confidence: 'GREEN', comment: '' })
      .thenThrows('BAD_USER_INPUT', /comment: must not be empty/);
  });
});

describe('addMilestone', () => {
  it('adds a milestone to the Female Offender Strategy, minting its id', () => {
    specify(addMilestone)
      .given([femaleOffender, workshopsAdded])
      .when(
        {
          initiativeId: FEMALE_OFFENDER,
          title: 'Project plan covering the next 12 months, with key milestones',
          dueOn: '2021-06-30',
        },
        { occurredAt: '2021-03-19' },
      )
      .then([
        {
          type: 'MilestoneAdded',
          data: {
            initiativeId: FEMALE_OFFENDER,
            milestoneId: memberIdFor(FEMALE_OFFENDER, 'milestone', 1),
            title: 'Project plan covering the next 12 months, with key milestones',
            dueOn: '2021-06-30',
            addedOn: '2021-03-19',
          },
        },
      ]);
  });

  it('refuses a milestone the initiative already has', () => {
    specify(addMilestone)
      .given([femaleOffender, workshopsAdded])
      .when({ initiativeId: FEMALE_OFFENDER, title: 'deliver two workshops', dueOn: '2021-06-01' })
      .thenThrows(
        'CONFLICT',
        /already has milestone "Deliver two workshops" \(f5000000-.*\); redate or complete that one/,
      );
  });

  it('refuses an empty title and a due date that cannot be parsed', () => {
    specify(addMilestone)
      .given([femaleOffender])
      .when({ initiativeId: FEMALE_OFFENDER, title: '', dueOn: '2021-02-30' })
      .thenThrows(
        'BAD_USER_INPUT',
        /title: must not be empty; dueOn: must be a date written YYYY-MM-DD/,
      );
  });
});

describe('redateMilestone', () => {
  it('moves the workshops, keeping the date first promised', () => {
    specify(redateMilestone)
      .given([femaleOffender, workshopsAdded])
      .when({
        initiativeId: FEMALE_OFFENDER,
        milestoneId: WORKSHOPS,
        dueOn: '2021-07-31',
        reason: 'Covid restrictions; workshops moved online',
        redatedOn: '2021-05-10',
      })
      .then([
        {
          type: 'MilestoneRedated',
          data: {
            initiativeId: FEMALE_OFFENDER,
            milestoneId: WORKSHOPS,
            previousDueOn: '2021-05-19',
            dueOn: '2021-07-31',
            reason: 'Covid restrictions; workshops moved online',
            redatedOn: '2021-05-10',
          },
        },
      ]);
  });

  it('keeps every earlier due date in the state, oldest first', () => {
    const redated = (previousDueOn: string, dueOn: string): InitiativeEvent => ({
      type: 'MilestoneRedated',
      data: {
        initiativeId: FEMALE_OFFENDER,
        milestoneId: WORKSHOPS,
        previousDueOn,
        dueOn,
        reason: 'Covid',
        redatedOn: '2021-05-10',
      },
    });
    const state = fold(initiative, [
      femaleOffender,
      workshopsAdded,
      redated('2021-05-19', '2021-07-31'),
      redated('2021-07-31', '2021-09-30'),
    ]);
    expect(state.milestones).toEqual([
      {
        milestoneId: WORKSHOPS,
        title: 'Deliver two workshops',
        dueOn: '2021-09-30',
        previousDueDates: ['2021-05-19', '2021-07-31'],
        completedOn: null,
      },
    ]);
  });

  it('refuses the date it is already due on', () => {
    specify(redateMilestone)
      .given([femaleOffender, workshopsAdded])
      .when({
        initiativeId: FEMALE_OFFENDER,
        milestoneId: WORKSHOPS,
        dueOn: '2021-05-19',
        reason: 'Confirmed',
      })
      .thenThrows('BAD_USER_INPUT', /dueOn: milestone "Deliver two workshops" is already due on/);
  });

  it('refuses a redate without a reason', () => {
    specify(redateMilestone)
      .given([femaleOffender, workshopsAdded])
      .whenSent({ initiativeId: FEMALE_OFFENDER, milestoneId: WORKSHOPS, dueOn: '2021-07-31' })
      .thenThrows('BAD_USER_INPUT', /reason: is required/);
  });

  it('refuses a milestone the initiative does not have', () => {
    specify(redateMilestone)
      .given([femaleOffender, workshopsAdded])
      .when({
        initiativeId: FEMALE_OFFENDER,
        milestoneId: PROJECT_PLAN,
        dueOn: '2021-07-31',
        reason: 'Later',
      })
      .thenThrows('NOT_FOUND', /milestone f5000000-.*02 is not on initiative "Female Offender/);
  });

  it('refuses to redate a milestone already completed', () => {
    specify(redateMilestone)
      .given([
        femaleOffender,
        workshopsAdded,
        {
          type: 'MilestoneCompleted',
          data: {
            initiativeId: FEMALE_OFFENDER,
            milestoneId: WORKSHOPS,
            completedOn: '2021-05-12',
            dueOn: '2021-05-19',
          },
        },
      ])
      .when({
        initiativeId: FEMALE_OFFENDER,
        milestoneId: WORKSHOPS,
        dueOn: '2021-07-31',
        reason: 'Later',
      })
      .thenThrows(
        'CONFLICT',
        /"Deliver two workshops" was completed on 2021-05-12; it cannot be redated/,
      );
  });
});

describe('completeMilestone', () => {
  it('completes the workshops on the date they were held, recording the date due', () => {
    specify(completeMilestone)
      .given([femaleOffender, workshopsAdded])
      .when({ initiativeId: FEMALE_OFFENDER, milestoneId: WORKSHOPS, completedOn: '2021-05-12' })
      .then([
        {
          type: 'MilestoneCompleted',
          data: {
            initiativeId: FEMALE_OFFENDER,
            milestoneId: WORKSHOPS,
            completedOn: '2021-05-12',
            dueOn: '2021-05-19',
          },
        },
      ]);
  });

  it('refuses to complete it twice', () => {
    const completed: InitiativeEvent = {
      type: 'MilestoneCompleted',
      data: {
        initiativeId: FEMALE_OFFENDER,
        milestoneId: WORKSHOPS,
        completedOn: '2021-05-12',
        dueOn: '2021-05-19',
      },
    };
    specify(completeMilestone)
      .given([femaleOffender, workshopsAdded, completed])
      .when({ initiativeId: FEMALE_OFFENDER, milestoneId: WORKSHOPS, completedOn: '2021-05-13' })
      .thenThrows('CONFLICT', /was completed on 2021-05-12; it cannot be completed again/);
  });

  it('refuses a completion date that cannot be parsed', () => {
    specify(completeMilestone)
      .given([femaleOffender, workshopsAdded])
      .when({ initiativeId: FEMALE_OFFENDER, milestoneId: WORKSHOPS, completedOn: '12.5.21' })
      .thenThrows('BAD_USER_INPUT', /completedOn: must be a date written YYYY-MM-DD/);
  });

  it('refuses a milestone the initiative does not have', () => {
    specify(completeMilestone)
      .given([femaleOffender])
      .when({ initiativeId: FEMALE_OFFENDER, milestoneId: WORKSHOPS, completedOn: '2021-05-12' })
      .thenThrows('NOT_FOUND', /milestone f5000000-.* is not on initiative/);
  });
});

describe('recordNextSteps', () => {
  it('records the Female Offender Strategy next steps as of the March 2021 update', () => {
    const nextSteps =
      'Deliver two workshops over the next two months; devise a project plan covering the ' +
      'next 12 months; build a theory of change model';
    specify(recordNextSteps)
      .given([femaleOffender])
      .when({ initiativeId: FEMALE_OFFENDER, nextSteps, asOf: '2021-03-19' })
      .then([
        {
          type: 'NextStepsRecorded',
          data: { initiativeId: FEMALE_OFFENDER, nextSteps, asOf: '2021-03-19' },
        },
      ]);
  });

  it('dates the next steps from the command when no date is given', () => {
    specify(recordNextSteps)
      .given([registered(VOLUNTEERING, 'Public Sector Volunteering', 'NOT_STARTED')])
      .when(
        {
          initiativeId: VOLUNTEERING,
          nextSteps: 'Develop a joint public sector volunteering comms plan',
        },
        { occurredAt: '2021-03-19T09:30:00Z' },
      )
      .then([
        {
          type: 'NextStepsRecorded',
          data: {
            initiativeId: VOLUNTEERING,
            nextSteps: 'Develop a joint public sector volunteering comms plan',
            asOf: '2021-03-19',
          },
        },
      ]);
  });

  it('refuses empty next steps', () => {
    specify(recordNextSteps)
      .given([femaleOffender])
      .whenSent({ initiativeId: FEMALE_OFFENDER, nextSteps: ' ' })
      .thenThrows('BAD_USER_INPUT', /nextSteps: must not be empty/);
  });
});

describe('commands on an initiative', () => {
  const onFemaleOffender = [
    [
      setDeliveryConfidence,
      { confidence: 'GREEN', comment: 'On track' },
      'rate delivery confidence',
    ],
    [
      addMilestone,
      { title: 'Theory of change model built', dueOn: '2021-09-30' },
      'add milestones',
    ],
    [
      redateMilestone,
      { milestoneId: WORKSHOPS, dueOn: '2021-07-31', reason: 'Covid' },
      'redate milestones',
    ],
    [
      completeMilestone,
      { milestoneId: WORKSHOPS, completedOn: '2021-05-12' },
      'complete milestones',
    ],
    [recordNextSteps, { nextSteps: 'Deliver two workshops' }, 'record next steps'],
  ] as const;

  for (const [command, input, toDo] of onFemaleOffender) {
    it(`${command.type} refuses an initiative that does not exist`, () => {
      specify(command as AnyCommandDefinition)
        .given([])
        .whenSent({ initiativeId: UNKNOWN, ...input })
        .thenThrows('NOT_FOUND', `initiative ${UNKNOWN} does not exist; check the id`);
    });

    it(`${command.type} refuses a closed initiative, and a completed one`, () => {
      for (const finished of ['CLOSED', 'COMPLETED'] as const) {
        specify(command as AnyCommandDefinition)
          .given([
            femaleOffender,
            workshopsAdded,
            statusChanged(FEMALE_OFFENDER, 'IN_PROGRESS', finished, '2022-03-31', {
              reason: 'Embedded in the Adult Vulnerability and Offending board',
            }),
          ])
          .whenSent({ initiativeId: FEMALE_OFFENDER, ...input })
          .thenThrows(
            'CONFLICT',
            `initiative "Female Offender Strategy" is ${finished} and its plan can no longer ` +
              `change; ${toDo} only on an initiative that is not COMPLETED or CLOSED`,
          );
      }
    });
  }
});
