/** Fixtures shared by this adapter's tests. */
import type { EventMetadata, NewEvent } from '../port';

export const metadata: EventMetadata = {
  actor: 'secretary',
  role: 'office',
  commandId: 'c-1',
  correlationId: 'c-1',
  causationId: 'c-1',
  occurredAt: '2021-03-19',
  schemaVersion: 1,
};

export const newEvent = (id: string, data: unknown = { title: 'Board' }): NewEvent => ({
  id,
  type: 'BoardConstituted',
  data,
  metadata,
});
