import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Choices, DateInput, emptyDate, Textarea } from '../../components/fields/Fields';
import { CommandForm } from '../../forms/CommandForm';
import { businessDate } from '../../forms/business-date';
import { useCommand } from '../../forms/useCommand';
import type { RagRating } from '../../gql/graphql';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { ActionNow } from './ActionNow';
import { ALL_RAGS, RAG_LABELS } from './action-labels';
import {
  ActionForEditDocument,
  CommentOnActionDocument,
  SetActionRagDocument,
} from './action-queries';

const RAG_FIELDS = { rag: 'rag', setOn: 'updated-on', number: 'rag' };
const COMMENT_FIELDS = { comment: 'comment', commentedOn: 'updated-on', number: 'comment' };

/**
 * Updates an open action: a new RAG rating, a dated comment, or both (two commands on the
 * board's log, the rating first; a rating already recorded is not sent again).
 */
export function UpdateActionPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, fetching }, refetch] = useQuery({
    query: ActionForEditDocument,
    variables: { id },
    requestPolicy: 'network-only',
  });
  const rating = useCommand(SetActionRagDocument, RAG_FIELDS);
  const commenting = useCommand(CommentOnActionDocument, COMMENT_FIELDS);
  const [rag, setRag] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [updated, setUpdated] = useState(emptyDate);
  /** The rating this form recorded, when the comment after it was not. */
  const [ratedTo, setRatedTo] = useState<string | null>(null);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  const action = data?.action;
  if (!action)
    return fetching ? <p className="govuk-body">Loading…</p> : <NotFoundPage what="Action" />;
  const chosen = rag ?? action.rag ?? '';
  const back = '/actions';

  async function submit() {
    const errors: Record<string, string> = {};
    const when = businessDate(updated);
    if (when.error) errors['updated-on'] = when.error;
    const rerate = chosen !== '' && chosen !== action!.rag && chosen !== ratedTo;
    if (!rerate && !comment.trim() && ratedTo === null)
      errors['rag'] = action!.rag
        ? `It is already ${RAG_LABELS[action!.rag]}: choose another rating or add a comment`
        : 'Choose a RAG rating or add a comment';
    setLocalErrors(errors);
    if (Object.keys(errors).length) {
      rating.clearRefusal();
      return commenting.clearRefusal();
    }
    const key = { boardId: action!.board.id, actionId: action!.id };
    let version = action!.board.actionLogVersion;
    if (rerate) {
      const done = await rating.run(
        { input: { ...key, rag: chosen as RagRating, ...(when.date && { setOn: when.date }) } },
        { expectedVersion: version },
      );
      if (!done) return refetch({ requestPolicy: 'network-only' });
      version = done.setActionRag.version;
      setRatedTo(chosen);
    }
    if (comment.trim()) {
      const done = await commenting.run(
        { input: { ...key, comment, ...(when.date && { commentedOn: when.date }) } },
        { expectedVersion: version },
      );
      if (!done) return refetch({ requestPolicy: 'network-only' });
    }
    const what = [
      rerate || ratedTo ? `rated ${RAG_LABELS[chosen as RagRating]}` : '',
      comment.trim() ? 'comment added' : '',
    ].filter(Boolean);
    navigate(back, { state: { flash: `Action ${action!.number} updated: ${what.join(', ')}` } });
  }

  const refusal = commenting.refusal ?? rating.refusal;
  const errorFor = (field: string) =>
    localErrors[field] ?? rating.errorFor(field) ?? commenting.errorFor(field);
  const summary = Object.entries(localErrors).map(([field, message]) => ({ field, message }));
  return (
    <CommandForm
      caption={action.board.name}
      title={`Update action ${action.number}`}
      refusal={summary.length ? { kind: 'invalid', errors: summary } : refusal}
      conflict={<ActionNow action={action} />}
      submitting={rating.submitting || commenting.submitting}
      submitLabel="Update the action"
      onSubmit={() => void submit()}
      backTo={back}
    >
      <p className="govuk-body">{action.action}</p>
      <ActionNow action={action} />
      {!action.open ? (
        <p className="govuk-body">A completed action is not rated again.</p>
      ) : (
        <>
          {ratedTo && (
            <div className="govuk-inset-text">
              The rating {RAG_LABELS[ratedTo as RagRating]} is recorded; the comment is not yet.
            </div>
          )}
          <Choices
            id="rag"
            legend="RAG rating"
            error={errorFor('rag')}
            choices={ALL_RAGS.map((r) => ({ value: r, label: RAG_LABELS[r] }))}
            selected={chosen ? [chosen] : []}
            onChange={([r]) => setRag(r ?? '')}
            multiple={false}
            legendSize="m"
          />
          <Textarea
            id="comment"
            label="Comment (optional)"
            hint="What has happened since, as the log will say it"
            error={errorFor('comment')}
            value={comment}
            onChange={setComment}
          />
          <DateInput
            id="updated-on"
            legend="Date of the update (optional)"
            hint="Leave blank for today. For example, 19 3 2021"
            error={errorFor('updated-on')}
            value={updated}
            onChange={setUpdated}
          />
        </>
      )}
    </CommandForm>
  );
}
