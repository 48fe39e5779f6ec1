import { handleCommand, type CommandContext } from '@tracker/command-handler';
import { commands, DomainError, type CommandName } from '@tracker/domain';
import type { EventStore } from '@tracker/event-store';
import type { ProjectionRunner } from '@tracker/projection-runner';
import type { Principal } from './api-keys';
import type { CommandOptions, CommandResult } from './generated/graphql';
import { toGraphQLError } from './errors';

/**
 * What every mutation answers (the CommandResult interface), plus the id of the stream's entity
 * the command addressed, which payload fields load alongside the subject.
 */
export type CommandPayload = Omit<CommandResult, '__typename'> & { id: string };

export type ExecuteCommand = (
  name: CommandName,
  input: unknown,
  options: CommandOptions | null | undefined,
) => Promise<CommandPayload>;

/** What a command came to, for operators: a domain conflict, another refusal, or a fault. */
export type CommandOutcome = 'ok' | 'refused' | 'conflict' | 'error';

export function commandOutcome(error: unknown): Exclude<CommandOutcome, 'ok'> {
  if (!(error instanceof DomainError)) return 'error';
  return error.code === 'CONFLICT' ? 'conflict' : 'refused';
}

const defined = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

/**
 * Runs a command for a principal and answers once the read models include its events
 * (read-your-writes). Domain refusals become coded GraphQL errors. `observe` hears each
 * command's outcome (metrics.ts).
 */
export function commandExecutor(
  store: EventStore,
  runner: ProjectionRunner,
  principal: Principal,
  observe?: (name: CommandName, outcome: CommandOutcome) => void,
): ExecuteCommand {
  return async (name, input, options) => {
    const context: CommandContext = {
      actor: principal.actor,
      role: principal.role,
      commandId: defined(options?.commandId),
      expectedVersion: defined(options?.expectedVersion),
      occurredAt: defined(options?.occurredAt),
      reason: defined(options?.reason),
      correlationId: defined(options?.correlationId),
    };
    try {
      const result = await handleCommand(store, commands[name], input, context);
      await runner.waitFor(result.position);
      observe?.(name, 'ok');
      return {
        id: result.id,
        commandId: result.commandId,
        position: result.position,
        version: result.revision,
        replayed: result.replayed,
        subjectId: result.subjectId,
      };
    } catch (error) {
      observe?.(name, commandOutcome(error));
      throw toGraphQLError(error);
    }
  };
}
