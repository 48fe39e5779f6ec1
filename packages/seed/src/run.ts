import { planLlrSeed, type SeedCommand } from './plan';

/**
 * Runs the LLR seed through a command executor (the command handler, the GraphQL API...) in
 * plan order. Every command carries a deterministic command id, so running it again appends
 * nothing new: the handler answers each repeated command id from the events it appended the
 * first time.
 */

export type SeedExecute = (
  command: string,
  input: unknown,
  options: { commandId: string; occurredAt: string; reason?: string },
) => Promise<unknown>;

/** A seed command the executor refused, with the command that was refused. */
export class SeedCommandFailed extends Error {
  constructor(
    readonly index: number,
    readonly seedCommand: SeedCommand,
    override readonly cause: unknown,
  ) {
    super(
      `LLR seed command ${index + 1} (${seedCommand.command}, ${seedCommand.options.reason}) was refused: ` +
        `${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = 'SeedCommandFailed';
  }
}

export interface SeedSummary {
  /** How many commands were run. */
  total: number;
}

export async function seedLlrData(
  execute: SeedExecute,
  onProgress?: (done: number, total: number) => void,
): Promise<SeedSummary> {
  const { commands } = planLlrSeed();
  const total = commands.length;
  onProgress?.(0, total);
  for (const [index, seedCommand] of commands.entries()) {
    try {
      await execute(seedCommand.command, seedCommand.input, seedCommand.options);
    } catch (error) {
      throw new SeedCommandFailed(index, seedCommand, error);
    }
    onProgress?.(index + 1, total);
  }
  return { total };
}
