import { longDate } from '../../app/time-point';
import type { ActionForEditQuery } from '../../gql/graphql';
import { ActionStatusTag } from './ActionTags';

export type EditedAction = NonNullable<ActionForEditQuery['action']>;

/** The action as the log has it now: its status, due date and latest comment. */
export function ActionNow({ action }: { action: EditedAction }) {
  const last = action.comments[action.comments.length - 1];
  const rated = action.ragHistory[action.ragHistory.length - 1];
  return (
    <>
      <p className="govuk-body">
        It is <ActionStatusTag status={action.status} />
        {rated && action.status !== 'COMPLETE' ? ` since ${longDate(rated.setOn)}` : ''}
        {action.completedOn ? `, completed on ${longDate(action.completedOn)}` : ''}
        {action.dueOn ? `; due ${longDate(action.dueOn)}` : ''}.
      </p>
      {last && (
        <p className="govuk-body">
          Latest comment, {longDate(last.commentedOn)}: {last.comment}
        </p>
      )}
    </>
  );
}
