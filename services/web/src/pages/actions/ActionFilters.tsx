import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Choices, Select, TextInput } from '../../components/fields/Fields';
import { ALL_RAGS, RAG_LABELS } from './action-labels';
import {
  hasFilters,
  NO_FILTERS,
  withFilterValues,
  type ActionFilterValues,
  type ActionState,
} from './action-filters';

const STATE_CHOICES = [
  { value: 'open', label: 'Open' },
  { value: 'complete', label: 'Complete' },
];
const RAG_CHOICES = ALL_RAGS.map((r) => ({ value: r, label: RAG_LABELS[r] }));
const OVERDUE = 'overdue';

/** The action log's filters: applied to the URL, so the page (and a shared link) shows them. */
export function ActionFilters({
  values,
  boards,
}: {
  values: ActionFilterValues;
  boards: readonly { id: string; name: string }[];
}) {
  const [search, setSearch] = useSearchParams();
  const [draft, setDraft] = useState(values);
  // Back, forward and shared links change the URL: the form follows it.
  const applied = search.toString();
  useEffect(() => setDraft(values), [applied]);

  function apply(event: FormEvent) {
    event.preventDefault();
    setSearch(withFilterValues(search, draft));
  }

  function clear() {
    setDraft(NO_FILTERS);
    setSearch(withFilterValues(search, NO_FILTERS));
  }

  const set =
    <K extends keyof ActionFilterValues>(name: K) =>
    (value: ActionFilterValues[K]) =>
      setDraft({ ...draft, [name]: value });

  return (
    <form
      onSubmit={apply}
      className="app-filters"
      aria-labelledby="action-filters-heading"
      noValidate
    >
      <h2 className="govuk-heading-m" id="action-filters-heading">
        Filter
      </h2>
      <TextInput
        id="filter-q"
        label="Text"
        hint="In the action or a responsible officer's name"
        value={draft.q}
        onChange={set('q')}
        type="search"
      />
      <Select
        id="filter-board"
        label="Board"
        value={draft.board}
        onChange={set('board')}
        choices={boards.map((b) => ({ value: b.id, label: b.name }))}
        emptyLabel="Any board"
      />
      <Choices
        id="filter-state"
        legend="Status"
        choices={STATE_CHOICES}
        selected={draft.state}
        onChange={(s) => set('state')(s as ActionState[])}
        multiple
        small
      />
      <Choices
        id="filter-rag"
        legend="RAG rating"
        hint="Completed actions keep their last rating"
        choices={RAG_CHOICES}
        selected={draft.rag}
        onChange={(r) => set('rag')(r as ActionFilterValues['rag'])}
        multiple
        small
      />
      <Choices
        id="filter-overdue"
        legend="Due date"
        choices={[{ value: OVERDUE, label: 'Overdue only' }]}
        selected={draft.overdue ? [OVERDUE] : []}
        onChange={(o) => set('overdue')(o.includes(OVERDUE))}
        multiple
        small
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button">
          Apply filters
        </button>
        {hasFilters(values) && (
          <button type="button" className="govuk-button govuk-button--secondary" onClick={clear}>
            Clear filters
          </button>
        )}
      </div>
    </form>
  );
}
