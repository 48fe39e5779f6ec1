import { establishBoard } from './board/board';
import { agreePriority } from './priority/priority';

/** Every command the application can run, by name. */
export const commands = {
  establishBoard,
  agreePriority,
} as const;
