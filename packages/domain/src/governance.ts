/**
 * Governance: organisations, boards, meetings and decisions, priorities, initiatives,
 * the issue and action logs. This file lists the area's events and commands.
 */
import {
  adoptTermsOfReference,
  appointBoardMember,
  appointChair,
  dissolveBoard,
  establishBoard,
  removeBoardMember,
  type BoardEvent,
} from './board/board';
import {
  commentOnAction,
  completeAction,
  logAction,
  setActionRag,
  type ActionLogEvent,
} from './action-log/action-log';
import {
  addMilestone,
  changeInitiativeStatus,
  completeMilestone,
  recordNextSteps,
  redateMilestone,
  registerInitiative,
  setDeliveryConfidence,
  type InitiativeEvent,
} from './initiative/initiative';
import {
  assignIssue,
  closeIssue,
  logIssue,
  resolveIssue,
  type IssueEvent,
} from './issue-log/issue-log';
import type { DecisionEvent } from './meeting/decision';
import { recordDecision, scheduleMeeting, type MeetingEvent } from './meeting/meeting';
import {
  registerOrganisation,
  renameOrganisation,
  type OrganisationEvent,
} from './organisation/organisation';
import {
  agreePriority,
  retirePriority,
  revisePriority,
  type PriorityEvent,
} from './priority/priority';

export type GovernanceEvent =
  | OrganisationEvent
  | BoardEvent
  | MeetingEvent
  | DecisionEvent
  | PriorityEvent
  | InitiativeEvent
  | IssueEvent
  | ActionLogEvent;

export const governanceCommands = {
  registerOrganisation,
  renameOrganisation,
  establishBoard,
  appointBoardMember,
  removeBoardMember,
  appointChair,
  adoptTermsOfReference,
  dissolveBoard,
  scheduleMeeting,
  recordDecision,
  agreePriority,
  revisePriority,
  retirePriority,
  registerInitiative,
  changeInitiativeStatus,
  setDeliveryConfidence,
  addMilestone,
  redateMilestone,
  completeMilestone,
  recordNextSteps,
  logIssue,
  assignIssue,
  resolveIssue,
  closeIssue,
  logAction,
  commentOnAction,
  setActionRag,
  completeAction,
} as const;
