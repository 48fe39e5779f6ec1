import { handleCommand, type CommandResult } from '@tracker/command-handler';
import { commands, type CommandName } from '@tracker/domain';
import type { EventStore } from '@tracker/event-store';
import { seedLlrData, type SeedExecute, type SeedSummary } from './run';

/**
 * The LLR seed entered into an event store through the command handler: the same path a
 * GraphQL mutation takes, so every rule of the domain checks the papers' data.
 */

/** Who the seed's events are recorded as. */
export const LLR_SEED_ACTOR = 'llr-seed';

/** An executor that runs seed commands through `handleCommand` as the seed's principal. */
export function handlerExecutor(
  store: EventStore,
  onResult?: (result: CommandResult) => void,
): SeedExecute {
  return async (command, input, options) => {
    const definition = commands[command as CommandName];
    if (!definition) throw new Error(`no command named ${command}`);
    const result = await handleCommand(store, definition, input, {
      actor: LLR_SEED_ACTOR,
      role: 'office',
      ...options,
    });
    onResult?.(result);
    return result;
  };
}

export interface StoreSeedSummary extends SeedSummary {
  /** How many commands appended events (0 when the store already held the whole seed). */
  appended: number;
  /** The log's head after seeding. */
  position: number;
}

/**
 * Seeds a store with the LLR data set. Safe to run again: each command's id is fixed, so a
 * command already recorded appends nothing.
 */
export async function seedStore(
  store: EventStore,
  onProgress?: (done: number, total: number) => void,
): Promise<StoreSeedSummary> {
  let appended = 0;
  const execute = handlerExecutor(store, (r) => {
    if (!r.replayed && r.eventIds.length > 0) appended++;
  });
  const summary = await seedLlrData(execute, onProgress);
  return { ...summary, appended, position: await store.headPosition() };
}

/**
 * Whether a store is the seed's to fill: empty, or begun by the seed (a start that was
 * stopped half-way through seeding resumes it). A store holding anyone else's work is left
 * alone, so demo data never lands in a real partnership's history.
 */
export async function isSeedable(store: EventStore): Promise<boolean> {
  for await (const first of store.readAll({ limit: 1 })) {
    return first.metadata.actor === LLR_SEED_ACTOR;
  }
  return true;
}
