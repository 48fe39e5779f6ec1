import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import {
  DateInput,
  datePartsOf,
  isoDateOf,
  Textarea,
  type DateParts,
} from '../../components/fields/Fields';
import { CommandForm } from '../../forms/CommandForm';
import { useCommand } from '../../forms/useCommand';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { ActionNow } from './ActionNow';
import { todayUtc } from './action-filters';
import { ActionForEditDocument, CompleteActionDocument } from './action-queries';

const FIELDS = { completedOn: 'completed-on', comment: 'comment', number: 'completed-on' };

/** Closes an action: completed on a date, with the comment the log records beside it. */
export function CloseActionPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, fetching }, refetch] = useQuery({
    query: ActionForEditDocument,
    variables: { id },
    requestPolicy: 'network-only',
  });
  const command = useCommand(CompleteActionDocument, FIELDS);
  const [completed, setCompleted] = useState<DateParts>(() => datePartsOf(todayUtc()));
  const [comment, setComment] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  const action = data?.action;
  if (!action)
    return fetching ? <p className="govuk-body">Loading…</p> : <NotFoundPage what="Action" />;
  const back = '/actions';

  async function submit() {
    const errors: Record<string, string> = {};
    const completedOn = isoDateOf(completed);
    if (!completedOn) errors['completed-on'] = 'Enter the date completed, for example 19 3 2021';
    else if (completedOn < action!.raisedOn)
      errors['completed-on'] = 'The date completed must be on or after the date it was raised';
    setLocalErrors(errors);
    if (Object.keys(errors).length) return command.clearRefusal();
    const done = await command.run(
      {
        input: {
          boardId: action!.board.id,
          actionId: action!.id,
          completedOn: completedOn!,
          ...(comment.trim() && { comment }),
        },
      },
      { expectedVersion: action!.board.actionLogVersion },
    );
    if (done) navigate(back, { state: { flash: `Action ${action!.number} is closed` } });
    else refetch({ requestPolicy: 'network-only' });
  }

  const errorFor = (field: string) => localErrors[field] ?? command.errorFor(field);
  const summary = Object.entries(localErrors).map(([field, message]) => ({ field, message }));
  return (
    <CommandForm
      caption={action.board.name}
      title={`Close action ${action.number}`}
      refusal={summary.length ? { kind: 'invalid', errors: summary } : command.refusal}
      conflict={<ActionNow action={action} />}
      submitting={command.submitting}
      submitLabel="Close the action"
      onSubmit={() => void submit()}
      backTo={back}
    >
      <p className="govuk-body">{action.action}</p>
      <ActionNow action={action} />
      {!action.open ? (
        <p className="govuk-body">It is already closed.</p>
      ) : (
        <>
          <DateInput
            id="completed-on"
            legend="Date completed"
            error={errorFor('completed-on')}
            value={completed}
            onChange={setCompleted}
          />
          <Textarea
            id="comment"
            label="Comment (optional)"
            hint="How it was done, for example: Completed as part of this agenda"
            error={errorFor('comment')}
            value={comment}
            onChange={setComment}
          />
        </>
      )}
    </CommandForm>
  );
}
