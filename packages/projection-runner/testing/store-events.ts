import type { NewEvent } from '@tracker/event-store';

/**
 * Events to append to a real store in the runner's and as-of tests: numbered ids (uuid
 * shaped) and the metadata the port requires, as an office user records them.
 */

export const testId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The n-th test event: id 1000 + n, command 2000 + n. */
export function storeEvent(n: number, type: string, data: unknown, occurredAt: string): NewEvent {
  return {
    id: testId(1000 + n),
    type,
    data,
    metadata: {
      actor: 'office',
      role: 'office',
      commandId: testId(2000 + n),
      correlationId: testId(2000 + n),
      causationId: testId(2000 + n),
      occurredAt,
      schemaVersion: 1,
    },
  };
}
