import { describe, expect, it } from 'vitest';
import { project } from '../projection';
import { envelopes } from '../../testing/envelopes';
import { issuesProjection } from './issues';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const SPB = id(1);
const CITY = id(20);
const POLICE = id(21);
const DEMAND = id(300);
const SHARING = id(301);

const logged = (issueId: string, title: string, category: string) =>
  ({
    type: 'IssueLogged',
    data: {
      issueId,
      boardId: SPB,
      title,
      description: 'Raised at a fact-finding meeting with partner Chief Executives',
      category,
      raisedBy: { organisationId: CITY, person: null },
      raisedOn: '2018-03-01',
    },
    occurredAt: '2018-03-01',
  }) as const;

const log = () =>
  project(
    issuesProjection,
    envelopes([
      logged(DEMAND, 'Reactive demand on partners', 'Reactive demand'),
      logged(SHARING, 'Information sharing between agencies', 'Information sharing'),
      {
        type: 'IssueAssigned',
        data: {
          issueId: SHARING,
          assignee: { organisationId: POLICE, person: null },
          previousAssignee: null,
          assignedOn: '2018-04-01',
        },
      },
      {
        type: 'IssueAssigned',
        data: {
          issueId: SHARING,
          assignee: { organisationId: null, person: 'Programme office' },
          previousAssignee: { organisationId: POLICE, person: null },
          assignedOn: '2018-05-01',
        },
      },
      {
        type: 'IssueResolved',
        data: {
          issueId: SHARING,
          resolution: 'Information sharing agreement signed',
          resolvedOn: '2018-06-01',
        },
      },
      {
        type: 'IssueClosed',
        data: {
          issueId: DEMAND,
          from: 'OPEN',
          reason: 'Taken into the business plan',
          closedOn: '2018-06-08',
        },
        occurredAt: '2018-06-08',
      },
    ]),
  );

describe('the issues read model (the SPB issues log)', () => {
  it('lists issues in the order logged with their board, category and who raised them', () => {
    const state = log();
    expect(state.order).toEqual([DEMAND, SHARING]);
    expect(state.byId[DEMAND]).toMatchObject({
      boardId: SPB,
      category: 'Reactive demand',
      raisedBy: { organisationId: CITY, person: null },
      raisedOn: '2018-03-01',
    });
  });

  it('keeps the current assignee and every assignment', () => {
    const sharing = log().byId[SHARING]!;
    expect(sharing.assignee).toEqual({ organisationId: null, person: 'Programme office' });
    expect(sharing.assignments.map((a) => a.assignedOn)).toEqual(['2018-04-01', '2018-05-01']);
    expect(sharing.assignments[1]!.previousAssignee).toEqual({
      organisationId: POLICE,
      person: null,
    });
  });

  it('records resolution and closure with their dates', () => {
    const state = log();
    expect(state.byId[SHARING]).toMatchObject({
      status: 'RESOLVED',
      resolution: { text: 'Information sharing agreement signed', resolvedOn: '2018-06-01' },
      closure: null,
    });
    expect(state.byId[DEMAND]).toMatchObject({
      status: 'CLOSED',
      resolution: null,
      closure: { reason: 'Taken into the business plan', closedOn: '2018-06-08', from: 'OPEN' },
      lastChanged: { at: '2018-06-08' },
    });
  });
});
