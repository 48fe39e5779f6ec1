import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import {
  DateInput,
  datePartsOf,
  emptyDate,
  isoDateOf,
  Select,
  Textarea,
  TextInput,
  type DateParts,
} from '../../components/fields/Fields';
import { CommandForm } from '../../forms/CommandForm';
import { businessDate } from '../../forms/business-date';
import { boardChoices } from '../../forms/choices';
import { useCommand, type CommandRefusal } from '../../forms/useCommand';
import { todayUtc } from './action-filters';
import { ActionBoardsDocument, LogActionDocument } from './action-queries';

const FIELDS = {
  boardId: 'board',
  number: 'number',
  raisedOn: 'raised-on',
  action: 'action',
  responsibleOfficers: 'responsible-officers',
  dueOn: 'due-on',
};

/** The names typed one a line, blanks left out. */
export const namesOf = (text: string) =>
  text
    .split('\n')
    .map((name) => name.trim())
    .filter(Boolean);

/** Adds an action to a board's action log; the log gives it the next number unless one is typed. */
export function LogActionPage() {
  const navigate = useNavigate();
  const [{ data: choices }] = useQuery({ query: ActionBoardsDocument });
  const command = useCommand(LogActionDocument, FIELDS);
  const [board, setBoard] = useState('');
  const [action, setAction] = useState('');
  const [officers, setOfficers] = useState('');
  const [raised, setRaised] = useState<DateParts>(() => datePartsOf(todayUtc()));
  const [due, setDue] = useState(emptyDate);
  const [number, setNumber] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  async function submit() {
    const errors: Record<string, string> = {};
    if (!board) errors['board'] = 'Choose the board whose log the action goes on';
    if (!action.trim()) errors['action'] = 'Enter the action';
    if (namesOf(officers).length === 0)
      errors['responsible-officers'] = 'Enter at least one responsible officer';
    const raisedOn = isoDateOf(raised);
    if (!raisedOn) errors['raised-on'] = 'Enter the date raised, for example 19 3 2021';
    const dueOn = businessDate(due);
    if (dueOn.error) errors['due-on'] = dueOn.error;
    else if (dueOn.date && raisedOn && dueOn.date < raisedOn)
      errors['due-on'] = 'The due date must be on or after the date raised';
    if (number.trim() && !/^\d+$/.test(number.trim()))
      errors['number'] = 'Enter the number as a whole number, for example 10, or leave it blank';
    setLocalErrors(errors);
    if (Object.keys(errors).length) return command.clearRefusal();
    const done = await command.run({
      input: {
        boardId: board,
        action,
        responsibleOfficers: namesOf(officers),
        raisedOn: raisedOn!,
        ...(dueOn.date && { dueOn: dueOn.date }),
        ...(number.trim() && { number: Number(number) }),
      },
    });
    if (done) {
      const logged = done.logAction.action;
      navigate('/actions', {
        state: { flash: `Action ${logged.number} is on the log of ${logged.board.name}` },
      });
    }
  }

  // A number already taken is the log's refusal (CONFLICT), about the number field.
  const refused: CommandRefusal | null =
    command.refusal?.kind === 'conflict'
      ? {
          kind: 'invalid',
          errors: [{ field: 'number', message: upperFirst(command.refusal.message) }],
        }
      : command.refusal;
  const errorFor = (field: string) =>
    localErrors[field] ??
    (refused?.kind === 'invalid'
      ? refused.errors.find((e) => e.field === field)?.message
      : undefined);
  const summary = Object.entries(localErrors).map(([field, message]) => ({ field, message }));
  return (
    <CommandForm
      caption="Action log"
      title="Log an action"
      refusal={summary.length ? { kind: 'invalid', errors: summary } : refused}
      submitting={command.submitting}
      submitLabel="Log the action"
      onSubmit={() => void submit()}
      backTo="/actions"
    >
      <Select
        id="board"
        label="Board"
        error={errorFor('board')}
        value={board}
        onChange={setBoard}
        choices={boardChoices(choices?.boards.nodes ?? [])}
        emptyLabel="Choose a board"
      />
      <Textarea
        id="action"
        label="Action"
        hint="As the minutes word it, for example: Arrange for members to attend a site visit"
        error={errorFor('action')}
        value={action}
        onChange={setAction}
      />
      <Textarea
        id="responsible-officers"
        label="Responsible officers"
        hint="One name on each line"
        error={errorFor('responsible-officers')}
        value={officers}
        onChange={setOfficers}
        rows={3}
      />
      <DateInput
        id="raised-on"
        legend="Date raised"
        hint="The date of the meeting that agreed it. For example, 19 3 2021"
        error={errorFor('raised-on')}
        value={raised}
        onChange={setRaised}
      />
      <DateInput
        id="due-on"
        legend="Due date (optional)"
        hint="Leave blank when the log gives none. For example, 19 3 2021"
        error={errorFor('due-on')}
        value={due}
        onChange={setDue}
      />
      <TextInput
        id="number"
        label="Number on the log (optional)"
        hint="Leave blank to take the next number on the board's log"
        error={errorFor('number')}
        value={number}
        onChange={setNumber}
        width={10}
      />
    </CommandForm>
  );
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
