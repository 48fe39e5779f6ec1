import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Choices, DateInput, emptyDate, Select, Textarea } from '../../components/fields/Fields';
import { StatusTag } from '../../components/tag/Tag';
import { CommandForm } from '../../forms/CommandForm';
import { businessDate } from '../../forms/business-date';
import { decisionChoices } from '../../forms/choices';
import {
  ChangeInitiativeStatusDocument,
  FormChoicesDocument,
  InitiativeForEditDocument,
} from '../../forms/form-queries';
import { useCommand } from '../../forms/useCommand';
import { longDate } from '../../app/time-point';
import { STATUS_LABELS } from '../../labels/labels';
import { NotFoundPage } from '../not-found/NotFoundPage';

const FIELDS = {
  status: 'status',
  reason: 'reason',
  decisionId: 'decision',
  effectiveOn: 'effective-on',
};

/** Moves an initiative along its lifecycle (transfers have their own form). */
export function ChangeStatusPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, fetching }, refetch] = useQuery({
    query: InitiativeForEditDocument,
    variables: { id },
    requestPolicy: 'network-only',
  });
  const [{ data: choices }] = useQuery({ query: FormChoicesDocument });
  const command = useCommand(ChangeInitiativeStatusDocument, FIELDS);
  const [status, setStatus] = useState('');
  const [reason, setReason] = useState('');
  const [decision, setDecision] = useState('');
  const [effective, setEffective] = useState(emptyDate);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  const initiative = data?.initiative;
  if (!initiative)
    return fetching ? <p className="govuk-body">Loading…</p> : <NotFoundPage what="Initiative" />;
  const back = `/initiatives/${encodeURIComponent(initiative.id)}`;
  const next = initiative.nextStatuses.filter((s) => s !== 'TRANSFERRED');

  async function submit() {
    const errors: Record<string, string> = {};
    if (!status) errors['status'] = 'Choose the status it moves to';
    const when = businessDate(effective);
    if (when.error) errors['effective-on'] = when.error;
    setLocalErrors(errors);
    if (Object.keys(errors).length) {
      command.clearRefusal();
      return;
    }
    const done = await command.run(
      {
        input: {
          initiativeId: initiative!.id,
          status: status as (typeof next)[number],
          ...(reason.trim() && { reason }),
          ...(decision && { decisionId: decision }),
          ...(when.date && { effectiveOn: when.date }),
        },
      },
      { expectedVersion: initiative!.version },
    );
    if (done) {
      navigate(back, {
        state: {
          flash: `Status changed to ${STATUS_LABELS[done.changeInitiativeStatus.initiative.status]}`,
        },
      });
    } else {
      refetch({ requestPolicy: 'network-only' });
    }
  }

  const errorFor = (field: string) => localErrors[field] ?? command.errorFor(field);
  const summary = Object.entries(localErrors).map(([field, message]) => ({ field, message }));
  return (
    <CommandForm
      caption={initiative.title}
      title="Change the status"
      refusal={summary.length ? { kind: 'invalid', errors: summary } : command.refusal}
      conflict={
        <p className="govuk-body">
          It is now <StatusTag status={initiative.status} /> since{' '}
          {longDate(initiative.statusSince)}.
        </p>
      }
      submitting={command.submitting}
      submitLabel="Change status"
      onSubmit={() => void submit()}
      backTo={back}
    >
      <p className="govuk-body">
        It is <StatusTag status={initiative.status} /> since {longDate(initiative.statusSince)}.
      </p>
      {next.length === 0 ? (
        <p className="govuk-body">
          A {STATUS_LABELS[initiative.status].toLowerCase()} initiative moves no further.
        </p>
      ) : (
        <>
          <Choices
            id="status"
            legend="New status"
            error={errorFor('status')}
            choices={next.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
            selected={status ? [status] : []}
            onChange={([s]) => setStatus(s ?? '')}
            multiple={false}
            legendSize="m"
          />
          <Textarea
            id="reason"
            label="Reason"
            hint="Why it changes. Required to close an initiative."
            error={errorFor('reason')}
            value={reason}
            onChange={setReason}
          />
          <Select
            id="decision"
            label="Decision cited (optional)"
            hint="The board's decision that made the change"
            error={errorFor('decision')}
            value={decision}
            onChange={setDecision}
            choices={decisionChoices(choices?.decisions.nodes ?? [])}
            emptyLabel="No decision"
          />
          <DateInput
            id="effective-on"
            legend="Date it took effect (optional)"
            hint="Leave blank for today. For example, 19 3 2021"
            error={errorFor('effective-on')}
            value={effective}
            onChange={setEffective}
          />
        </>
      )}
    </CommandForm>
  );
}
