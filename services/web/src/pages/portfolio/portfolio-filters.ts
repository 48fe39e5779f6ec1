import type { DeliveryConfidence, InitiativeFilter, InitiativeStatus } from '../../gql/graphql';
import { ALL_CONFIDENCES, ALL_STATUSES } from '../../labels/labels';

/**
 * The portfolio's filters as URL query parameters, so a link shows what its sender saw:
 * `status` and `confidence` repeat (one value each), `confidence=NONE` means not yet assessed.
 */
export const FILTER_PARAMS = ['status', 'board', 'priority', 'organisation', 'confidence', 'q'];

/** The parameter value for "not yet assessed" among the confidence choices. */
export const UNASSESSED = 'NONE';

export interface PortfolioFilterValues {
  status: InitiativeStatus[];
  board: string;
  priority: string;
  organisation: string;
  /** Ratings, and UNASSESSED for initiatives with none. */
  confidence: string[];
  q: string;
}

export function filterValuesOf(search: URLSearchParams): PortfolioFilterValues {
  const known = <T extends string>(values: readonly T[], given: string[]) =>
    given.filter((value): value is T => (values as readonly string[]).includes(value));
  return {
    status: known(ALL_STATUSES, search.getAll('status')),
    board: search.get('board') ?? '',
    priority: search.get('priority') ?? '',
    organisation: search.get('organisation') ?? '',
    confidence: known([...ALL_CONFIDENCES, UNASSESSED], search.getAll('confidence')),
    q: search.get('q') ?? '',
  };
}

/** The API's filter for the values chosen (nothing for what is not chosen). */
export function initiativeFilterOf(values: PortfolioFilterValues): InitiativeFilter {
  const filter: InitiativeFilter = {};
  if (values.status.length) filter.status = values.status;
  if (values.board) filter.boardId = values.board;
  if (values.priority) filter.priorityId = values.priority;
  if (values.organisation) filter.leadOrganisationId = values.organisation;
  const ratings = values.confidence.filter((c): c is DeliveryConfidence => c !== UNASSESSED);
  const unassessed = values.confidence.includes(UNASSESSED);
  // Ratings and "not assessed" together are refused by the filter form (isMixedConfidence).
  if (ratings.length) filter.confidence = ratings;
  else if (unassessed) filter.unassessed = true;
  if (values.q.trim()) filter.text = values.q.trim();
  return filter;
}

/** Ratings and "not assessed" chosen together: the API's filter asks for one or the other. */
export function isMixedConfidence(values: PortfolioFilterValues): boolean {
  return values.confidence.includes(UNASSESSED) && values.confidence.length > 1;
}

/** The URL parameters for the values chosen, other parameters (the point in time) kept. */
export function withFilterValues(
  search: URLSearchParams,
  values: PortfolioFilterValues,
): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const name of FILTER_PARAMS) next.delete(name);
  next.delete('after');
  for (const status of values.status) next.append('status', status);
  if (values.board) next.set('board', values.board);
  if (values.priority) next.set('priority', values.priority);
  if (values.organisation) next.set('organisation', values.organisation);
  for (const confidence of values.confidence) next.append('confidence', confidence);
  if (values.q.trim()) next.set('q', values.q.trim());
  return next;
}

export function hasFilters(values: PortfolioFilterValues): boolean {
  return Boolean(
    values.status.length ||
    values.board ||
    values.priority ||
    values.organisation ||
    values.confidence.length ||
    values.q.trim(),
  );
}
