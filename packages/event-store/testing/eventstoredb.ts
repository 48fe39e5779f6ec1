/** Fixtures shared by the EventStoreDB (KurrentDB) adapter's tests. Tests only. */
import type { EventMetadata, NewEvent } from '../src/port';

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
