import type { DeliveryConfidence, InitiativeStatus } from '../../gql/graphql';
import { CONFIDENCE_LABELS, STATUS_LABELS } from '../../labels/labels';

/** One recorded change of an initiative, in words, from its event type and data. */
export function describeChange(
  eventType: string,
  data: unknown,
  boardName: (id: string) => string,
): string {
  const d = (data ?? {}) as Record<string, unknown>;
  const text = (name: string) => (typeof d[name] === 'string' ? (d[name] as string) : '');
  const status = (name: string) => STATUS_LABELS[d[name] as InitiativeStatus] ?? text(name);
  const rating = (name: string) =>
    d[name] ? (CONFIDENCE_LABELS[d[name] as DeliveryConfidence] ?? text(name)) : 'not assessed';
  switch (eventType) {
    case 'InitiativeRegistered':
      return `Registered on ${boardName(text('owningBoardId'))}'s portfolio as ${status('status')}`;
    case 'InitiativeStatusChanged':
      return d['targetBoardId']
        ? `Status ${status('from')} → ${status('to')}: transferred to ${boardName(text('targetBoardId'))}`
        : `Status ${status('from')} → ${status('to')}`;
    case 'DeliveryConfidenceSet':
      return `Delivery confidence ${rating('previousConfidence')} → ${rating('confidence')}: ${text('comment')}`;
    case 'MilestoneAdded':
      return `Milestone added: ${text('title')}, due ${text('dueOn')}`;
    case 'MilestoneRedated':
      return `Milestone moved from ${text('previousDueOn')} to ${text('dueOn')}`;
    case 'MilestoneCompleted':
      return `Milestone completed on ${text('completedOn')} (due ${text('dueOn')})`;
    case 'NextStepsRecorded':
      return `Next steps: ${text('nextSteps')}`;
    default:
      // An event type this page does not know yet still shows, by name.
      return eventType.replace(/([a-z])([A-Z])/g, '$1 $2');
  }
}
