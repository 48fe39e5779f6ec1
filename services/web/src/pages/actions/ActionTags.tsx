import type { ActionStatus } from '../../gql/graphql';
import { ACTION_STATUS_LABELS, ACTION_STATUS_TAG } from './action-labels';

export function ActionStatusTag({ status }: { status: ActionStatus }) {
  return (
    <strong className={`govuk-tag ${ACTION_STATUS_TAG[status]}`}>
      {ACTION_STATUS_LABELS[status]}
    </strong>
  );
}

/** Said in words, not only by the row's shading. */
export function OverdueTag() {
  return <strong className="govuk-tag govuk-tag--red">Overdue</strong>;
}
