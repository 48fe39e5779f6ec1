import { readStreams, type EventStore, type RecordedEvent } from '@tracker/event-store';
import DataLoader from 'dataloader';
import { connectionFrom, type ConnectionArgs } from './connection';
import type { NodeType } from './resolvers/nodes';

/**
 * Entity history for auditors: each change with who, when (recorded and business time),
 * why, and under which decision. The streams of every entity a query asks about are read
 * in ONE store read per request (a DataLoader over `readStreams`).
 */

export type HistoryLoader = DataLoader<string, RecordedEvent[]>;

/** What history needs of a request's context (the context holds this loader). */
interface WithHistory {
  history: HistoryLoader;
}

export function createHistoryLoader(
  store: EventStore,
  batches: Record<string, number>,
): HistoryLoader {
  return new DataLoader(async (streamIds) => {
    batches['history'] = (batches['history'] ?? 0) + 1;
    const events = await readStreams(store, streamIds);
    const byStream = new Map<string, RecordedEvent[]>(streamIds.map((id) => [id, []]));
    for (const event of events) byStream.get(event.streamId)?.push(event);
    return streamIds.map((id) => byStream.get(id)!);
  });
}

/** A change as the schema's Change type shows it. */
export function toChange(event: RecordedEvent) {
  const { metadata } = event;
  const data = event.data as { reason?: unknown; decisionId?: unknown } | null;
  return {
    position: event.position,
    streamId: event.streamId,
    revision: event.revision,
    eventType: event.type,
    actor: metadata.actor,
    role: metadata.role.toUpperCase(),
    recordedAt: event.recordedAt,
    occurredAt: metadata.occurredAt,
    // The reason may be stated on the command (metadata) or be part of the event itself.
    reason: metadata.reason ?? (typeof data?.reason === 'string' ? data.reason : null),
    commandId: metadata.commandId,
    correlationId: metadata.correlationId,
    decisionId:
      metadata.decisionId ?? (typeof data?.decisionId === 'string' ? data.decisionId : null),
    data: event.data,
  };
}

export type ChangeView = ReturnType<typeof toChange>;

/**
 * The changes at the given places of the log, as recorded: their streams are read with the
 * request's history loader, so changes for a page of decisions are one store read.
 */
export async function changesAt(
  context: WithHistory,
  refs: readonly { streamId: string; position: number }[],
): Promise<ChangeView[]> {
  const positions = new Set(refs.map((r) => r.position));
  const streams = await context.history.loadMany([...new Set(refs.map((r) => r.streamId))]);
  const events = streams.flatMap((stream) => {
    if (stream instanceof Error) throw stream;
    return stream.filter((e) => positions.has(e.position));
  });
  return events.sort((a, b) => a.position - b.position).map(toChange);
}

/** The `history` field of every Node type, from the node registry. */
export function historyResolvers(nodeTypes: readonly NodeType[]) {
  return Object.fromEntries(
    nodeTypes.map((type) => [
      type.typename,
      {
        history: async (entity: { id: string }, args: ConnectionArgs, context: WithHistory) => {
          const events = await context.history.load(type.streamOf(entity));
          const own = type.concerns ? events.filter((e) => type.concerns!(e, entity)) : events;
          return connectionFrom(own.map(toChange), args);
        },
      },
    ]),
  );
}
