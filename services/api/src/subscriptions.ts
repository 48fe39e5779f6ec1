import { actionLogStreamId, initiativeStreamId, issueStreamId } from '@tracker/domain';
import type { RecordedEvent } from '@tracker/event-store';
import { Repeater } from 'graphql-yoga';
import type { PortfolioEntityKind, Resolvers } from './generated/graphql';

/**
 * `portfolioChanged`: tells other systems, over server-sent events, when an initiative, an
 * issue or an action changes. Fed by an event store subscription on the streams of those
 * aggregates; each change is sent only once the read models include it (the projection runner
 * has reached its position), so a system that queries on receipt reads the change.
 */

export interface PortfolioChangeView {
  kind: PortfolioEntityKind;
  entityId: string;
  eventType: string;
  position: number;
  recordedAt: string;
  occurredAt: string;
  actor: string;
}

/** Each kind: the prefix of its streams and the field of its events that names the entity. */
const sources: { kind: PortfolioEntityKind; prefix: string; idField: string }[] = [
  { kind: 'INITIATIVE', prefix: initiativeStreamId(''), idField: 'initiativeId' },
  { kind: 'ISSUE', prefix: issueStreamId(''), idField: 'issueId' },
  // A board's action log is one stream; each event names its action.
  { kind: 'ACTION', prefix: actionLogStreamId(''), idField: 'actionId' },
];

/** The change an event makes to the portfolio; null for events of other streams. */
export function portfolioChangeOf(event: RecordedEvent): PortfolioChangeView | null {
  const source = sources.find((s) => event.streamId.startsWith(s.prefix));
  const entityId = (event.data as Record<string, unknown> | null)?.[source?.idField ?? ''];
  if (!source || typeof entityId !== 'string') return null;
  return {
    kind: source.kind,
    entityId,
    eventType: event.type,
    position: event.position,
    recordedAt: event.recordedAt,
    occurredAt: event.metadata.occurredAt,
    actor: event.metadata.actor,
  };
}

export const subscriptionResolvers: Resolvers = {
  Subscription: {
    portfolioChanged: {
      subscribe: (_, { kinds, after }, { services, readModels }) =>
        new Repeater<PortfolioChangeView>(async (push, stop) => {
          const wanted = sources.filter((s) => !kinds?.length || kinds.includes(s.kind));
          const subscription = services.store.subscribeToAll({
            fromPosition: after ?? (await services.store.headPosition()),
            filter: { streamPrefixes: wanted.map((s) => s.prefix) },
          });
          void stop.then(() => subscription.close());
          try {
            for await (const event of subscription) {
              const change = portfolioChangeOf(event);
              // The store filters by stream already; checked again, so no adapter can leak others.
              if (!change || !wanted.some((s) => s.kind === change.kind)) continue;
              await readModels.waitFor(event.position);
              await push(change);
            }
          } finally {
            stop();
          }
        }),
      resolve: (change: PortfolioChangeView) => change,
    },
  },
};
