/**
 * Governance: organisations, boards, meetings and decisions, priorities, initiatives,
 * the issue and action logs. This file lists the area's events and commands.
 */
import type { EventsOf } from './kernel/decider';
import {
  adoptTermsOfReference,
  appointBoardMember,
  appointChair,
  dissolveBoard,
  establishBoard,
  removeBoardMember,
  boardEventSchemas,
} from './board/board';
import {
  commentOnAction,
  completeAction,
  logAction,
  setActionRag,
  actionLogEventSchemas,
} from './action-log/action-log';
import {
  addMilestone,
  changeInitiativeStatus,
  completeMilestone,
  recordNextSteps,
  redateMilestone,
  registerInitiative,
  setDeliveryConfidence,
  initiativeEventSchemas,
} from './initiative/initiative';
import {
  assignIssue,
  closeIssue,
  logIssue,
  resolveIssue,
  issueEventSchemas,
} from './issue-log/issue-log';
import { decisionEventSchemas } from './decision/decision';
import { recordDecision, scheduleMeeting, meetingEventSchemas } from './meeting/meeting';
import {
  registerOrganisation,
  renameOrganisation,
  organisationEventSchemas,
} from './organisation/organisation';
import {
  agreePriority,
  retirePriority,
  revisePriority,
  priorityEventSchemas,
} from './priority/priority';

/** The area's events by type, each with the schema of its data. */
export const governanceEventSchemas = {
  ...organisationEventSchemas,
  ...boardEventSchemas,
  ...meetingEventSchemas,
  ...decisionEventSchemas,
  ...priorityEventSchemas,
  ...initiativeEventSchemas,
  ...issueEventSchemas,
  ...actionLogEventSchemas,
} as const;

export type GovernanceEvent = EventsOf<typeof governanceEventSchemas>;

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
