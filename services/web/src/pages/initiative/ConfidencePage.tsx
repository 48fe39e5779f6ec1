import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Choices, DateInput, emptyDate, Textarea } from '../../components/fields/Fields';
import { ConfidenceTag } from '../../components/tag/Tag';
import { CommandForm } from '../../forms/CommandForm';
import { businessDate } from '../../forms/business-date';
import { InitiativeForEditDocument, SetDeliveryConfidenceDocument } from '../../forms/form-queries';
import { useCommand } from '../../forms/useCommand';
import { longDate } from '../../app/time-point';
import type { DeliveryConfidence } from '../../gql/graphql';
import { ALL_CONFIDENCES, CONFIDENCE_LABELS } from '../../labels/labels';
import { NotFoundPage } from '../not-found/NotFoundPage';

const FIELDS = { confidence: 'confidence', comment: 'comment', assessedOn: 'assessed-on' };

/** Records a delivery confidence assessment (each one is news, even when the rating stays). */
export function ConfidencePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, fetching }, refetch] = useQuery({
    query: InitiativeForEditDocument,
    variables: { id },
    requestPolicy: 'network-only',
  });
  const command = useCommand(SetDeliveryConfidenceDocument, FIELDS);
  const [rating, setRating] = useState('');
  const [comment, setComment] = useState('');
  const [assessed, setAssessed] = useState(emptyDate);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  const initiative = data?.initiative;
  if (!initiative)
    return fetching ? <p className="govuk-body">Loading…</p> : <NotFoundPage what="Initiative" />;
  const back = `/initiatives/${encodeURIComponent(initiative.id)}`;
  const current = initiative.confidence;

  async function submit() {
    const errors: Record<string, string> = {};
    if (!rating) errors['confidence'] = 'Choose the delivery confidence';
    const when = businessDate(assessed);
    if (when.error) errors['assessed-on'] = when.error;
    setLocalErrors(errors);
    if (Object.keys(errors).length) return command.clearRefusal();
    const done = await command.run(
      {
        input: {
          initiativeId: initiative!.id,
          confidence: rating as DeliveryConfidence,
          comment,
          ...(when.date && { assessedOn: when.date }),
        },
      },
      { expectedVersion: initiative!.version },
    );
    if (done)
      navigate(back, {
        state: {
          flash: `Delivery confidence set to ${CONFIDENCE_LABELS[rating as DeliveryConfidence]}`,
        },
      });
    else refetch({ requestPolicy: 'network-only' });
  }

  const errorFor = (field: string) => localErrors[field] ?? command.errorFor(field);
  const summary = Object.entries(localErrors).map(([field, message]) => ({ field, message }));
  const now = current ? (
    <p className="govuk-body">
      It is now <ConfidenceTag rating={current.rating} />, assessed on{' '}
      {longDate(current.assessedOn)}: {current.comment}
    </p>
  ) : (
    <p className="govuk-body">It has not been assessed yet.</p>
  );
  return (
    <CommandForm
      caption={initiative.title}
      title="Set delivery confidence"
      refusal={summary.length ? { kind: 'invalid', errors: summary } : command.refusal}
      conflict={now}
      submitting={command.submitting}
      submitLabel="Set delivery confidence"
      onSubmit={() => void submit()}
      backTo={back}
    >
      {now}
      <Choices
        id="confidence"
        legend="Delivery confidence"
        error={errorFor('confidence')}
        choices={ALL_CONFIDENCES.map((c) => ({ value: c, label: CONFIDENCE_LABELS[c] }))}
        selected={rating ? [rating] : []}
        onChange={([c]) => setRating(c ?? '')}
        multiple={false}
        legendSize="m"
      />
      <Textarea
        id="comment"
        label="Why this rating"
        error={errorFor('comment')}
        value={comment}
        onChange={setComment}
      />
      <DateInput
        id="assessed-on"
        legend="Date assessed (optional)"
        hint="Leave blank for today. For example, 19 3 2021"
        error={errorFor('assessed-on')}
        value={assessed}
        onChange={setAssessed}
      />
    </CommandForm>
  );
}
