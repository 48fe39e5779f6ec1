import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { DateInput, emptyDate, Select, Textarea, TextInput } from '../../components/fields/Fields';
import { CommandForm } from '../../forms/CommandForm';
import { businessDate } from '../../forms/business-date';
import { decisionChoices } from '../../forms/choices';
import {
  ChangeInitiativeStatusDocument,
  FormChoicesDocument,
  InitiativeForEditDocument,
} from '../../forms/form-queries';
import { useCommand } from '../../forms/useCommand';
import { NotFoundPage } from '../not-found/NotFoundPage';

const FIELDS = {
  targetBoardId: 'target-board',
  lead: 'lead-name',
  'lead.name': 'lead-name',
  'lead.role': 'lead-role',
  reason: 'reason',
  decisionId: 'decision',
  effectiveOn: 'effective-on',
};

/** Hands an initiative over to one of its board's sub-boards, naming the lead there. */
export function TransferPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, fetching }, refetch] = useQuery({
    query: InitiativeForEditDocument,
    variables: { id },
    requestPolicy: 'network-only',
  });
  const [{ data: choices }] = useQuery({ query: FormChoicesDocument });
  const command = useCommand(ChangeInitiativeStatusDocument, FIELDS);
  const [target, setTarget] = useState('');
  const [leadName, setLeadName] = useState('');
  const [leadRole, setLeadRole] = useState('');
  const [reason, setReason] = useState('');
  const [decision, setDecision] = useState('');
  const [effective, setEffective] = useState(emptyDate);
  const [dateError, setDateError] = useState<string | undefined>();

  const initiative = data?.initiative;
  if (!initiative)
    return fetching ? <p className="govuk-body">Loading…</p> : <NotFoundPage what="Initiative" />;
  const back = `/initiatives/${encodeURIComponent(initiative.id)}`;
  const subBoards = initiative.board.subBoards.filter((b) => !b.dissolved);

  async function submit() {
    const when = businessDate(effective);
    setDateError(when.error);
    if (when.error) return command.clearRefusal();
    // The server says what is missing (board, lead), beside each field.
    const done = await command.run(
      {
        input: {
          initiativeId: initiative!.id,
          status: 'TRANSFERRED',
          ...(target && { targetBoardId: target }),
          ...((leadName.trim() || leadRole.trim()) && { lead: { name: leadName, role: leadRole } }),
          ...(reason.trim() && { reason }),
          ...(decision && { decisionId: decision }),
          ...(when.date && { effectiveOn: when.date }),
        },
      },
      { expectedVersion: initiative!.version },
    );
    const board = subBoards.find((b) => b.id === target)?.name ?? 'the sub-board';
    if (done) navigate(back, { state: { flash: `Transferred to ${board}` } });
    else refetch({ requestPolicy: 'network-only' });
  }

  return (
    <CommandForm
      caption={initiative.title}
      title="Transfer to another board"
      refusal={
        dateError
          ? { kind: 'invalid', errors: [{ field: 'effective-on', message: dateError }] }
          : command.refusal
      }
      conflict={<p className="govuk-body">It is now with {initiative.board.name}.</p>}
      submitting={command.submitting}
      submitLabel="Transfer"
      onSubmit={() => void submit()}
      backTo={back}
    >
      <p className="govuk-body">
        {initiative.board.name} is responsible for it now. It can pass to one of that board's
        sub-boards.
      </p>
      <Select
        id="target-board"
        label="Board that takes it over"
        error={command.errorFor('target-board')}
        value={target}
        onChange={setTarget}
        choices={subBoards.map((b) => ({ value: b.id, label: b.name }))}
        emptyLabel="Choose a board"
      />
      <TextInput
        id="lead-name"
        label="Lead on that board"
        hint="Their name"
        error={command.errorFor('lead-name')}
        value={leadName}
        onChange={setLeadName}
      />
      <TextInput
        id="lead-role"
        label="Their role"
        hint="For example, Head of Community Safety"
        error={command.errorFor('lead-role')}
        value={leadRole}
        onChange={setLeadRole}
      />
      <Textarea
        id="reason"
        label="Reason (optional)"
        error={command.errorFor('reason')}
        value={reason}
        onChange={setReason}
      />
      <Select
        id="decision"
        label="Decision cited (optional)"
        error={command.errorFor('decision')}
        value={decision}
        onChange={setDecision}
        choices={decisionChoices(choices?.decisions.nodes ?? [])}
        emptyLabel="No decision"
      />
      <DateInput
        id="effective-on"
        legend="Date it took effect (optional)"
        hint="Leave blank for today. For example, 19 3 2021"
        error={dateError ?? command.errorFor('effective-on')}
        value={effective}
        onChange={setEffective}
      />
    </CommandForm>
  );
}
