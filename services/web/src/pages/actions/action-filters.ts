import type { ActionFilter, RagRating } from '../../gql/graphql';
import { ALL_RAGS } from './action-labels';

/**
 * The action log's filters as URL query parameters, so a link shows what its sender saw:
 * `state` (open, complete) and `rag` repeat (one value each), `overdue=1` for overdue only.
 */
export const FILTER_PARAMS = ['board', 'state', 'rag', 'overdue', 'q'];

export const ACTION_STATES = ['open', 'complete'] as const;
export type ActionState = (typeof ACTION_STATES)[number];

export interface ActionFilterValues {
  board: string;
  state: ActionState[];
  rag: RagRating[];
  overdue: boolean;
  q: string;
}

export const NO_FILTERS: ActionFilterValues = {
  board: '',
  state: [],
  rag: [],
  overdue: false,
  q: '',
};

export function filterValuesOf(search: URLSearchParams): ActionFilterValues {
  const known = <T extends string>(values: readonly T[], given: string[]) =>
    given.filter((value): value is T => (values as readonly string[]).includes(value));
  return {
    board: search.get('board') ?? '',
    state: known(ACTION_STATES, search.getAll('state')),
    rag: known(ALL_RAGS, search.getAll('rag')),
    overdue: search.get('overdue') === '1',
    q: search.get('q') ?? '',
  };
}

/** Today's date, UTC: the day the API judges overdue on when given none. */
export const todayUtc = () => new Date().toISOString().slice(0, 10);

/**
 * The API's filter for the values chosen (nothing for what is not chosen). Overdue is judged
 * on `overdueOn`: the business date shown, or today.
 */
export function actionFilterOf(values: ActionFilterValues, overdueOn: string): ActionFilter {
  const filter: ActionFilter = {};
  if (values.board) filter.boardId = values.board;
  // Both states or neither: any.
  if (values.state.length === 1) filter.open = values.state[0] === 'open';
  if (values.rag.length) filter.rag = values.rag;
  if (values.overdue) filter.overdueAt = overdueOn;
  if (values.q.trim()) filter.text = values.q.trim();
  return filter;
}

/** The URL parameters for the values chosen, other parameters (the point in time) kept. */
export function withFilterValues(
  search: URLSearchParams,
  values: ActionFilterValues,
): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const name of FILTER_PARAMS) next.delete(name);
  next.delete('after');
  if (values.board) next.set('board', values.board);
  for (const state of values.state) next.append('state', state);
  for (const rag of values.rag) next.append('rag', rag);
  if (values.overdue) next.set('overdue', '1');
  if (values.q.trim()) next.set('q', values.q.trim());
  return next;
}

export function hasFilters(values: ActionFilterValues): boolean {
  return Boolean(
    values.board || values.state.length || values.rag.length || values.overdue || values.q.trim(),
  );
}
