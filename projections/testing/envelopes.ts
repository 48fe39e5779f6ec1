import type { TrackerEvent } from '@tracker/domain';
import type { ProjectedEvent } from '../src/projection';

/**
 * Wraps domain events in the envelope facts projections read, for projection tests:
 * positions count up from 1, times default to the business date given.
 */
export function envelopes(
  events: readonly (TrackerEvent & { occurredAt?: string; actor?: string; streamId?: string })[],
): ProjectedEvent[] {
  return events.map(
    (
      { occurredAt = '2021-03-19', actor = 'programme.office', streamId = 'test-stream', ...event },
      i,
    ) => ({
      ...(event as TrackerEvent),
      streamId,
      revision: i,
      position: i + 1,
      recordedAt: `${occurredAt.slice(0, 10)}T12:00:00.000Z`,
      metadata: {
        actor,
        role: 'office',
        commandId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        correlationId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        occurredAt,
      },
    }),
  ) as ProjectedEvent[];
}
