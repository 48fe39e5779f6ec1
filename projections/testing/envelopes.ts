import type { TrackerEvent } from '@tracker/domain';
import type { ProjectedEvent } from '../src/projection';

/** A uuid numbered by the event's index, under a prefix that says what it names. */
const numbered = (prefix: string, i: number) => `${prefix}-${String(i).padStart(12, '0')}`;

/**
 * Wraps domain events in the envelope facts projections read, for projection tests:
 * positions count up from 1, times default to the business date given. The envelope is the
 * store's whole RecordedEvent, so an event built here is one a projection could be given.
 */
export function envelopes(
  events: readonly (TrackerEvent & { occurredAt?: string; actor?: string; streamId?: string })[],
): ProjectedEvent[] {
  return events.map(
    (
      { occurredAt = '2021-03-19', actor = 'programme.office', streamId = 'test-stream', ...event },
      i,
    ) => {
      const commandId = numbered('00000000-0000-4000-8000', i);
      return {
        ...event,
        id: numbered('00000000-0000-4000-9000', i),
        streamId,
        revision: i,
        position: i + 1,
        recordedAt: `${occurredAt.slice(0, 10)}T12:00:00.000Z`,
        metadata: {
          actor,
          role: 'office',
          commandId,
          correlationId: commandId,
          causationId: commandId,
          occurredAt,
          schemaVersion: 1,
        },
      };
    },
  );
}
