import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Choices, Select, TextInput } from '../../components/fields/Fields';
import {
  ALL_CONFIDENCES,
  ALL_STATUSES,
  CONFIDENCE_LABELS,
  STATUS_LABELS,
} from '../../labels/labels';
import {
  hasFilters,
  isMixedConfidence,
  UNASSESSED,
  withFilterValues,
  type PortfolioFilterValues,
} from './portfolio-filters';

interface Named {
  id: string;
  name?: string;
  title?: string;
}

const choicesOf = (items: readonly Named[]) =>
  items.map((item) => ({ value: item.id, label: item.name ?? item.title ?? item.id }));

const STATUS_CHOICES = ALL_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));
const CONFIDENCE_CHOICES = [
  ...ALL_CONFIDENCES.map((c) => ({ value: c, label: CONFIDENCE_LABELS[c] })),
  { value: UNASSESSED, label: 'Not assessed' },
];

/** The portfolio's filters: applied to the URL, so the page (and a shared link) shows them. */
export function PortfolioFilters({
  values,
  boards,
  priorities,
  organisations,
}: {
  values: PortfolioFilterValues;
  boards: readonly Named[];
  priorities: readonly Named[];
  organisations: readonly Named[];
}) {
  const [search, setSearch] = useSearchParams();
  const [draft, setDraft] = useState(values);
  const [error, setError] = useState<string | undefined>();
  // Back, forward and shared links change the URL: the form follows it.
  const applied = search.toString();
  useEffect(() => setDraft(values), [applied]);

  function apply(event: FormEvent) {
    event.preventDefault();
    if (isMixedConfidence(draft)) {
      setError('Choose ratings or “Not assessed”, not both');
      return;
    }
    setError(undefined);
    setSearch(withFilterValues(search, draft));
  }

  function clear() {
    const empty = { status: [], board: '', priority: '', organisation: '', confidence: [], q: '' };
    setDraft(empty);
    setError(undefined);
    setSearch(withFilterValues(search, empty));
  }

  const set =
    <K extends keyof PortfolioFilterValues>(name: K) =>
    (value: PortfolioFilterValues[K]) =>
      setDraft({ ...draft, [name]: value });

  return (
    <form onSubmit={apply} className="app-filters" aria-labelledby="filters-heading" noValidate>
      <h2 className="govuk-heading-m" id="filters-heading">
        Filter
      </h2>
      <TextInput
        id="filter-q"
        label="Text"
        hint="In the title, description or next steps"
        value={draft.q}
        onChange={set('q')}
        type="search"
      />
      <Select
        id="filter-board"
        label="Board"
        value={draft.board}
        onChange={set('board')}
        choices={choicesOf(boards)}
        emptyLabel="Any board"
      />
      <Select
        id="filter-priority"
        label="Priority"
        value={draft.priority}
        onChange={set('priority')}
        choices={choicesOf(priorities)}
        emptyLabel="Any priority"
      />
      <Select
        id="filter-organisation"
        label="Lead organisation"
        value={draft.organisation}
        onChange={set('organisation')}
        choices={choicesOf(organisations)}
        emptyLabel="Any organisation"
      />
      <Choices
        id="filter-status"
        legend="Status"
        choices={STATUS_CHOICES}
        selected={draft.status}
        onChange={(s) => set('status')(s as PortfolioFilterValues['status'])}
        multiple
        small
      />
      <Choices
        id="filter-confidence"
        legend="Delivery confidence"
        error={error}
        choices={CONFIDENCE_CHOICES}
        selected={draft.confidence}
        onChange={set('confidence')}
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
