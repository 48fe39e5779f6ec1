import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@tracker/event-store';

/**
 * Events appended straight to a store, past the command path (as another process or a bulk
 * import would): `count` of one type, with the metadata every event carries.
 */
export function rawEvents(type: string, count: number, data: unknown = {}): NewEvent[] {
  const metadata = {
    actor: 'test',
    role: 'office',
    commandId: randomUUID(),
    correlationId: randomUUID(),
    causationId: randomUUID(),
    occurredAt: new Date().toISOString(),
    schemaVersion: 1,
  };
  return Array.from({ length: count }, () => ({ id: randomUUID(), type, data, metadata }));
}
