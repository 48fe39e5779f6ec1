import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import {
  Choices,
  DateInput,
  emptyDate,
  Select,
  Textarea,
  TextInput,
} from '../../components/fields/Fields';
import { CommandForm } from '../../forms/CommandForm';
import { businessDate } from '../../forms/business-date';
import { boardChoices, decisionChoices } from '../../forms/choices';
import { FormChoicesDocument, RegisterInitiativeDocument } from '../../forms/form-queries';
import { useCommand } from '../../forms/useCommand';
import type { InitialInitiativeStatus } from '../../gql/graphql';
import { STATUS_LABELS } from '../../labels/labels';

const INITIAL: InitialInitiativeStatus[] = ['PROPOSED', 'NOT_STARTED', 'IN_PROGRESS', 'EMBEDDED'];

const FIELDS = {
  title: 'title',
  description: 'description',
  owningBoardId: 'owning-board',
  priorityIds: 'priorities',
  leadOrganisationIds: 'lead-organisations',
  leadOfficers: 'lead-officer-name',
  'leadOfficers.0.name': 'lead-officer-name',
  'leadOfficers.0.role': 'lead-officer-role',
  status: 'status',
  registeredOn: 'registered-on',
  decisionId: 'decision',
};

/** Enters an initiative into a board's portfolio. */
export function RegisterInitiativePage() {
  const navigate = useNavigate();
  const [{ data: choices }] = useQuery({ query: FormChoicesDocument });
  const command = useCommand(RegisterInitiativeDocument, FIELDS);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [board, setBoard] = useState('');
  const [priorities, setPriorities] = useState<string[]>([]);
  const [organisations, setOrganisations] = useState<string[]>([]);
  const [officerName, setOfficerName] = useState('');
  const [officerRole, setOfficerRole] = useState('');
  const [status, setStatus] = useState<string>('PROPOSED');
  const [registered, setRegistered] = useState(emptyDate);
  const [decision, setDecision] = useState('');
  const [dateError, setDateError] = useState<string | undefined>();

  const boardPriorities = (choices?.priorities.nodes ?? []).filter((p) => p.board.id === board);

  async function submit() {
    const when = businessDate(registered);
    setDateError(when.error);
    if (when.error) return command.clearRefusal();
    // Required fields are checked by the server, which names each one beside its field.
    const done = await command.run({
      input: {
        title,
        owningBoardId: board,
        ...(description.trim() && { description }),
        ...(priorities.length && {
          priorityIds: priorities.filter((id) => boardPriorities.some((p) => p.id === id)),
        }),
        ...(organisations.length && { leadOrganisationIds: organisations }),
        ...((officerName.trim() || officerRole.trim()) && {
          leadOfficers: [{ name: officerName, ...(officerRole.trim() && { role: officerRole }) }],
        }),
        status: status as InitialInitiativeStatus,
        ...(when.date && { registeredOn: when.date }),
        ...(decision && { decisionId: decision }),
      },
    });
    if (done) {
      navigate(`/initiatives/${encodeURIComponent(done.registerInitiative.initiative.id)}`, {
        state: { flash: `${title.trim()} is registered` },
      });
    }
  }

  const errorFor = command.errorFor;
  return (
    <CommandForm
      title="Register an initiative"
      refusal={
        dateError
          ? { kind: 'invalid', errors: [{ field: 'registered-on', message: dateError }] }
          : command.refusal
      }
      submitting={command.submitting}
      submitLabel="Register the initiative"
      onSubmit={() => void submit()}
      backTo="/"
    >
      <TextInput
        id="title"
        label="Title"
        error={errorFor('title')}
        value={title}
        onChange={setTitle}
      />
      <Textarea
        id="description"
        label="Description (optional)"
        error={errorFor('description')}
        value={description}
        onChange={setDescription}
      />
      <Select
        id="owning-board"
        label="Board whose portfolio holds it"
        error={errorFor('owning-board')}
        value={board}
        onChange={setBoard}
        choices={boardChoices(choices?.boards.nodes ?? [])}
        emptyLabel="Choose a board"
      />
      {boardPriorities.length > 0 && (
        <Choices
          id="priorities"
          legend="Priorities it serves (optional)"
          error={errorFor('priorities')}
          choices={boardPriorities.map((p) => ({ value: p.id, label: p.title }))}
          selected={priorities}
          onChange={setPriorities}
          multiple
          small
        />
      )}
      <Choices
        id="lead-organisations"
        legend="Lead organisations (optional)"
        error={errorFor('lead-organisations')}
        choices={(choices?.organisations.nodes ?? []).map((o) => ({ value: o.id, label: o.name }))}
        selected={organisations}
        onChange={setOrganisations}
        multiple
        small
      />
      <TextInput
        id="lead-officer-name"
        label="Lead officer (optional)"
        hint="Their name"
        error={errorFor('lead-officer-name')}
        value={officerName}
        onChange={setOfficerName}
      />
      <TextInput
        id="lead-officer-role"
        label="Lead officer's role (optional)"
        hint="For example, OPCC"
        error={errorFor('lead-officer-role')}
        value={officerRole}
        onChange={setOfficerRole}
      />
      <Choices
        id="status"
        legend="Status"
        error={errorFor('status')}
        choices={INITIAL.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
        selected={[status]}
        onChange={([s]) => setStatus(s ?? 'PROPOSED')}
        multiple={false}
        small
      />
      <DateInput
        id="registered-on"
        legend="Date registered (optional)"
        hint="Leave blank for today. For example, 19 3 2021"
        error={dateError ?? errorFor('registered-on')}
        value={registered}
        onChange={setRegistered}
      />
      <Select
        id="decision"
        label="Decision cited (optional)"
        hint="The board's decision that took it into the portfolio"
        error={errorFor('decision')}
        value={decision}
        onChange={setDecision}
        choices={decisionChoices(choices?.decisions.nodes ?? [])}
        emptyLabel="No decision"
      />
    </CommandForm>
  );
}
