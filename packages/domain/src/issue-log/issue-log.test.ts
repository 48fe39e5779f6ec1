import type { AnyCommandDefinition } from '../kernel/execute';
import { describe, expect, it } from 'vitest';
import { fold } from '../kernel/decider';
import { specify } from '../../testing/specification';
import { PEOPLE_AND_PLACE, peopleAndPlaceDissolved, SPB, spb } from '../../testing/board';
import {
  LEICESTER_CITY_COUNCIL,
  LEICESTERSHIRE_POLICE,
  OPCC,
  registry,
  UNKNOWN,
} from '../../testing/organisation';
import {
  assignIssue,
  closeIssue,
  issue,
  logIssue,
  resolveIssue,
  type IssueParty,
  type IssueEvent,
} from './issue-log';

const TWO_DATA_SETS = '1e000000-0000-4000-8000-000000000001';
const CHANGE_PROGRAMMES = '1e000000-0000-4000-8000-000000000002';
const DAILY_MARAC = '1e000000-0000-4000-8000-000000000003';

/** An issue on the SPB Issues Log. */
const logged = (
  issueId: string,
  title: string,
  raisedBy: { organisationId: string | null; person: string | null },
  raisedOn: string,
  category = 'Performance information',
): IssueEvent => ({
  type: 'IssueLogged',
  data: { issueId, boardId: SPB, title, description: title, category, raisedBy, raisedOn },
});

const twoDataSets = logged(
  TWO_DATA_SETS,
  'Two sets of performance data for CSPs',
  { organisationId: LEICESTER_CITY_COUNCIL, person: null },
  '2020-11-18',
);
const changeProgrammes = logged(
  CHANGE_PROGRAMMES,
  "Partners' internally focussed change programmes disrupt other agencies",
  { organisationId: null, person: 'Paul Hindson' },
  '2018-03-06',
  'Change and transformation',
);

const toPerformanceTeam: IssueParty = { organisationId: OPCC, person: 'Victoria Charlton' };
const assigned = (issueId: string, assignee: IssueParty, assignedOn: string): IssueEvent => ({
  type: 'IssueAssigned',
  data: { issueId, assignee, previousAssignee: null, assignedOn },
});
const resolved = (issueId: string, resolvedOn: string): IssueEvent => ({
  type: 'IssueResolved',
  data: { issueId, resolution: 'Resolved', resolvedOn },
});
const closed = (issueId: string, closedOn: string): IssueEvent => ({
  type: 'IssueClosed',
  data: { issueId, from: 'RESOLVED', reason: 'Reported to the SPB', closedOn },
});

/** The two data sets issue as the office enters it. */
const twoDataSetsInput = {
  boardId: SPB,
  title: 'Two sets of performance data for CSPs',
  description: 'Force and OPCC both produce packs, which creates confusion and duplication',
  category: 'Performance information',
  raisedBy: { organisationId: LEICESTER_CITY_COUNCIL },
};

describe('logIssue', () => {
  it('logs an inter-agency issue raised at a partner Chief Executive meeting', () => {
    specify(logIssue)
      .given([], { board: spb })
      .when({
        issueId: CHANGE_PROGRAMMES,
        boardId: SPB,
        title: "Partners' internally focussed change programmes disrupt other agencies",
        description: "Partners' internally focussed change programmes disrupt other agencies",
        category: 'Change and transformation',
        raisedBy: { person: 'Paul Hindson' },
        raisedOn: '2018-03-06',
      })
      .then([changeProgrammes]);
  });

  it('logs an issue raised by an organisation, dated from the command', () => {
    specify(logIssue)
      .given([], { board: spb, organisations: registry })
      .when(
        {
          boardId: SPB,
          title: 'Daily MARAC is not sustainably funded',
          description:
            'Funding from across the partnership is needed to make daily MARACs fully sustainable',
          category: 'Domestic abuse',
          raisedBy: { organisationId: LEICESTERSHIRE_POLICE },
        },
        { occurredAt: '2021-03-19T11:00:00Z' },
      )
      .then((id) => [
        {
          type: 'IssueLogged',
          data: {
            issueId: id,
            boardId: SPB,
            title: 'Daily MARAC is not sustainably funded',
            description:
              'Funding from across the partnership is needed to make daily MARACs fully sustainable',
            category: 'Domestic abuse',
            raisedBy: { organisationId: LEICESTERSHIRE_POLICE, person: null },
            raisedOn: '2021-03-19',
          },
        },
      ]);
  });

  it('refuses an issue nobody raised', () => {
    specify(logIssue)
      .given([], { board: spb })
      .when({ ...twoDataSetsInput, raisedBy: { person: null } })
      .thenThrows('BAD_USER_INPUT', /raisedBy: name the organisation .* or the person/);
  });

  it('refuses an empty title and an empty category', () => {
    specify(logIssue)
      .given([], { board: spb })
      .when({ ...twoDataSetsInput, title: '', category: ' ' })
      .thenThrows('BAD_USER_INPUT', /title: must not be empty; category: must not be empty/);
  });

  it('refuses a date raised that cannot be parsed', () => {
    specify(logIssue)
      .given([], { board: spb })
      .when({ ...twoDataSetsInput, raisedOn: '18 November 2020' })
      .thenThrows('BAD_USER_INPUT', /raisedOn: must be a date written YYYY-MM-DD/);
  });

  it('refuses a raising organisation that is not registered', () => {
    specify(logIssue)
      .given([], { board: spb, organisations: registry })
      .when({ ...twoDataSetsInput, raisedBy: { organisationId: UNKNOWN, person: 'Paul Hindson' } })
      .thenThrows('NOT_FOUND', `raising organisation ${UNKNOWN} does not exist`);
  });

  it('refuses a board that does not exist', () => {
    specify(logIssue)
      .given([], { board: [] })
      .when({ ...twoDataSetsInput, boardId: UNKNOWN })
      .thenThrows('NOT_FOUND', `board ${UNKNOWN} does not exist`);
  });

  it('refuses a board that has been dissolved', () => {
    specify(logIssue)
      .given([], { board: peopleAndPlaceDissolved })
      .when({ ...twoDataSetsInput, boardId: PEOPLE_AND_PLACE })
      .thenThrows('CONFLICT', /boardId: board "People and Place" .* was dissolved on 2022-03-18/);
  });

  it('refuses to log the same issue twice', () => {
    specify(logIssue)
      .given([twoDataSets], { board: spb })
      .when({ ...twoDataSetsInput, issueId: TWO_DATA_SETS })
      .thenThrows('CONFLICT', /already logged as "Two sets of performance data for CSPs"/);
  });
});

describe('assignIssue', () => {
  it('assigns the two data sets issue to an OPCC officer', () => {
    specify(assignIssue)
      .given([twoDataSets], { organisations: registry })
      .when({ issueId: TWO_DATA_SETS, assignee: toPerformanceTeam, assignedOn: '2020-11-18' })
      .then([assigned(TWO_DATA_SETS, toPerformanceTeam, '2020-11-18')]);
  });

  it('reassigns, keeping who held it before', () => {
    specify(assignIssue)
      .given([twoDataSets, assigned(TWO_DATA_SETS, toPerformanceTeam, '2020-11-18')], {
        organisations: registry,
      })
      .when({
        issueId: TWO_DATA_SETS,
        assignee: { organisationId: LEICESTERSHIRE_POLICE },
        assignedOn: '2020-12-01',
      })
      .then([
        {
          type: 'IssueAssigned',
          data: {
            issueId: TWO_DATA_SETS,
            assignee: { organisationId: LEICESTERSHIRE_POLICE, person: null },
            previousAssignee: toPerformanceTeam,
            assignedOn: '2020-12-01',
          },
        },
      ]);
  });

  it('refuses an organisation that is not registered', () => {
    specify(assignIssue)
      .given([twoDataSets], { organisations: registry })
      .when({ issueId: TWO_DATA_SETS, assignee: { organisationId: UNKNOWN } })
      .thenThrows('NOT_FOUND', `organisation ${UNKNOWN} does not exist`);
  });

  it('refuses an assignment to nobody', () => {
    specify(assignIssue)
      .given([twoDataSets], { organisations: registry })
      .when({ issueId: TWO_DATA_SETS, assignee: {} })
      .thenThrows(
        'BAD_USER_INPUT',
        /assignee: name the organisation .* or the person \(person\) who takes it forward/,
      );
  });

  it('refuses to assign it again to whoever holds it', () => {
    specify(assignIssue)
      .given([twoDataSets, assigned(TWO_DATA_SETS, toPerformanceTeam, '2020-11-18')], {
        organisations: registry,
      })
      .when({ issueId: TWO_DATA_SETS, assignee: toPerformanceTeam })
      .thenThrows('CONFLICT', /is already assigned to them/);
  });

  it('refuses an assignment dated before the issue was raised', () => {
    specify(assignIssue)
      .given([twoDataSets], { organisations: registry })
      .when({ issueId: TWO_DATA_SETS, assignee: toPerformanceTeam, assignedOn: '2020-11-01' })
      .thenThrows(
        'BAD_USER_INPUT',
        'assignedOn: 2020-11-01 is before the date the issue was raised (2020-11-18)',
      );
  });

  it('refuses to assign a resolved issue, and a closed one', () => {
    specify(assignIssue)
      .given([twoDataSets, resolved(TWO_DATA_SETS, '2021-01-31')], { organisations: registry })
      .when({ issueId: TWO_DATA_SETS, assignee: toPerformanceTeam })
      .thenThrows(
        'CONFLICT',
        'issue "Two sets of performance data for CSPs" was resolved on 2021-01-31, so it cannot be assigned',
      );
    specify(assignIssue)
      .given(
        [twoDataSets, resolved(TWO_DATA_SETS, '2021-01-31'), closed(TWO_DATA_SETS, '2021-03-19')],
        { organisations: registry },
      )
      .when({ issueId: TWO_DATA_SETS, assignee: toPerformanceTeam })
      .thenThrows('CONFLICT', /was closed on 2021-03-19, so it cannot be assigned/);
  });
});

describe('resolveIssue', () => {
  it('resolves the two data sets issue: one set of data for CSPs from January 2021', () => {
    specify(resolveIssue)
      .given([twoDataSets, assigned(TWO_DATA_SETS, toPerformanceTeam, '2020-11-18')])
      .when({
        issueId: TWO_DATA_SETS,
        resolution:
          'Only one set of data produced for CSPs from January 2021, presented by NPA commanders',
        resolvedOn: '2021-01-31',
      })
      .then([
        {
          type: 'IssueResolved',
          data: {
            issueId: TWO_DATA_SETS,
            resolution:
              'Only one set of data produced for CSPs from January 2021, presented by NPA commanders',
            resolvedOn: '2021-01-31',
          },
        },
      ]);
  });

  it('refuses an empty resolution', () => {
    specify(resolveIssue)
      .given([twoDataSets])
      .when({ issueId: TWO_DATA_SETS, resolution: '   ' })
      .thenThrows('BAD_USER_INPUT', /resolution: must not be empty/);
  });

  it('refuses a resolution dated before the issue was raised', () => {
    specify(resolveIssue)
      .given([changeProgrammes])
      .when({ issueId: CHANGE_PROGRAMMES, resolution: 'Board set up', resolvedOn: '2018-01-01' })
      .thenThrows(
        'BAD_USER_INPUT',
        /resolvedOn: 2018-01-01 is before the date the issue was raised/,
      );
  });

  it('refuses to resolve an issue twice', () => {
    specify(resolveIssue)
      .given([twoDataSets, resolved(TWO_DATA_SETS, '2021-01-31')])
      .when({ issueId: TWO_DATA_SETS, resolution: 'One set of data' })
      .thenThrows('CONFLICT', /was resolved on 2021-01-31, so it cannot be resolved again/);
  });

  it('refuses to resolve a closed issue', () => {
    specify(resolveIssue)
      .given([twoDataSets, closed(TWO_DATA_SETS, '2021-03-19')])
      .when({ issueId: TWO_DATA_SETS, resolution: 'One set of data' })
      .thenThrows(
        'CONFLICT',
        /was closed on 2021-03-19, so it cannot be resolved again; log a new issue if the problem has come back/,
      );
  });
});

describe('closeIssue', () => {
  it('closes a resolved issue once reported', () => {
    specify(closeIssue)
      .given([changeProgrammes, resolved(CHANGE_PROGRAMMES, '2018-06-08')])
      .when({
        issueId: CHANGE_PROGRAMMES,
        reason: 'Change and Transformation Board established for change leads to share plans early',
        closedOn: '2018-07-10',
      })
      .then([
        {
          type: 'IssueClosed',
          data: {
            issueId: CHANGE_PROGRAMMES,
            from: 'RESOLVED',
            reason:
              'Change and Transformation Board established for change leads to share plans early',
            closedOn: '2018-07-10',
          },
        },
      ]);
  });

  it('closes an open issue without a resolution, saying so', () => {
    specify(closeIssue)
      .given([twoDataSets])
      .when(
        { issueId: TWO_DATA_SETS, reason: 'Duplicate of the CSP performance pack feedback' },
        { occurredAt: '2020-12-01' },
      )
      .then([
        {
          type: 'IssueClosed',
          data: {
            issueId: TWO_DATA_SETS,
            from: 'OPEN',
            reason: 'Duplicate of the CSP performance pack feedback',
            closedOn: '2020-12-01',
          },
        },
      ]);
    expect(fold(issue, [twoDataSets, closed(TWO_DATA_SETS, '2020-12-01')])).toMatchObject({
      status: 'CLOSED',
      settledOn: '2020-12-01',
    });
  });

  it('refuses to close without a reason', () => {
    specify(closeIssue)
      .given([twoDataSets])
      .whenSent({ issueId: TWO_DATA_SETS })
      .thenThrows('BAD_USER_INPUT', /reason: is required/);
  });

  it('refuses a closing date before the issue was raised', () => {
    specify(closeIssue)
      .given([twoDataSets])
      .when({ issueId: TWO_DATA_SETS, reason: 'Withdrawn', closedOn: '2019-11-18' })
      .thenThrows('BAD_USER_INPUT', /closedOn: 2019-11-18 is before the date the issue was raised/);
  });

  it('refuses to close an issue twice', () => {
    specify(closeIssue)
      .given([twoDataSets, closed(TWO_DATA_SETS, '2021-03-19')])
      .whenSent({ issueId: TWO_DATA_SETS, reason: 'Withdrawn' })
      .thenThrows('CONFLICT', /was closed on 2021-03-19, so it cannot be closed again/);
  });
});

describe('commands on an issue', () => {
  const onIssue = [
    [assignIssue, { assignee: toPerformanceTeam }],
    [resolveIssue, { resolution: 'One set of data' }],
    [closeIssue, { reason: 'Withdrawn' }],
  ] as const;
  for (const [command, input] of onIssue)
    it(`${command.type} refuses an issue that does not exist`, () => {
      specify(command as AnyCommandDefinition)
        .given([])
        .whenSent({ issueId: DAILY_MARAC, ...input })
        .thenThrows('NOT_FOUND', `issue ${DAILY_MARAC} does not exist; check the id`);
    });
});
