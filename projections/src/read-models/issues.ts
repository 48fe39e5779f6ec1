import type { IssueParty, IssueStatus } from '@tracker/domain';
import { defineProjection } from '../projection';
import { stampOf, type ChangeStamp } from './touch';
import { touch } from './touch';

/**
 * The issue log (the SPB Issues Log, June 2018): inter-agency issues logged against a board,
 * who raised them, who takes them forward (every assignment kept), how they were resolved and
 * why they were closed.
 */

export interface IssueAssignmentView {
  assignee: IssueParty;
  previousAssignee: IssueParty | null;
  assignedOn: string;
}

export interface IssueView {
  id: string;
  boardId: string;
  title: string;
  description: string;
  category: string;
  raisedBy: IssueParty;
  raisedOn: string;
  status: IssueStatus;
  /** Who takes it forward now; null until assigned. */
  assignee: IssueParty | null;
  /** Every assignment, oldest first. */
  assignments: IssueAssignmentView[];
  resolution: { text: string; resolvedOn: string } | null;
  closure: { reason: string; closedOn: string; from: 'OPEN' | 'RESOLVED' } | null;
  logged: ChangeStamp;
  lastChanged: ChangeStamp;
}

export interface IssuesState {
  byId: Record<string, IssueView>;
  /** Issue ids in the order they were logged. */
  order: string[];
}

export const issuesProjection = defineProjection<IssuesState>({
  name: 'issues',
  version: 1,
  initialState: () => ({ byId: {}, order: [] }),
  on: {
    IssueLogged: (state, event) => {
      const d = event.data;
      const stamp = stampOf(event);
      state.byId[d.issueId] = {
        id: d.issueId,
        boardId: d.boardId,
        title: d.title,
        description: d.description,
        category: d.category,
        raisedBy: { ...d.raisedBy },
        raisedOn: d.raisedOn,
        status: 'OPEN',
        assignee: null,
        assignments: [],
        resolution: null,
        closure: null,
        logged: stamp,
        lastChanged: stamp,
      };
      state.order.push(d.issueId);
      return state;
    },
    IssueAssigned: (state, event) => {
      const view = touch(state.byId, event.data.issueId, event);
      if (!view) return state;
      const { assignee, previousAssignee, assignedOn } = event.data;
      view.assignee = { ...assignee };
      view.assignments.push({
        assignee: { ...assignee },
        previousAssignee: previousAssignee && { ...previousAssignee },
        assignedOn,
      });
      return state;
    },
    IssueResolved: (state, event) => {
      const view = touch(state.byId, event.data.issueId, event);
      if (!view) return state;
      view.status = 'RESOLVED';
      view.resolution = { text: event.data.resolution, resolvedOn: event.data.resolvedOn };
      return state;
    },
    IssueClosed: (state, event) => {
      const view = touch(state.byId, event.data.issueId, event);
      if (!view) return state;
      const { reason, closedOn, from } = event.data;
      view.status = 'CLOSED';
      view.closure = { reason, closedOn, from };
      return state;
    },
  },
});
