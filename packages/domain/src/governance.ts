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
  OrganisationEvent | BoardEvent | MeetingEvent | DecisionEvent | PriorityEvent;

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
} as const;
