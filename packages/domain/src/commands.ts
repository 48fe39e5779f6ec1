import { deliveryCommands } from './delivery';
import { fundingCommands } from './funding';
import { governanceCommands } from './governance';

/** Every command the application can run, by name (the GraphQL mutation's name). */
export const commands = {
  ...governanceCommands,
  ...deliveryCommands,
  ...fundingCommands,
} as const;

export type CommandName = keyof typeof commands;
