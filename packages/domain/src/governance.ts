/**
 * Governance: organisations, boards, meetings and decisions, priorities, initiatives,
 * the issue and action logs. This file lists the area's events and commands.
 */
import { establishBoard, type BoardEvent } from './board/board';
import { agreePriority, type PriorityEvent } from './priority/priority';

export type GovernanceEvent = BoardEvent | PriorityEvent;

export const governanceCommands = {
  establishBoard,
  agreePriority,
} as const;
