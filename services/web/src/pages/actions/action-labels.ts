import type { ActionStatus, RagRating } from '../../gql/graphql';

/** The action log's status column, in the log's own words. */
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  NOT_RATED: 'Not rated',
  RED: 'Red',
  AMBER: 'Amber',
  GREEN: 'Green',
  COMPLETE: 'Complete',
};

export const RAG_LABELS: Record<RagRating, string> = {
  RED: 'Red',
  AMBER: 'Amber',
  GREEN: 'Green',
};

/** GOV.UK tag colours; the tag's text always says the status, so colour is never the only cue. */
export const ACTION_STATUS_TAG: Record<ActionStatus, string> = {
  NOT_RATED: 'govuk-tag--grey',
  RED: 'govuk-tag--red',
  AMBER: 'govuk-tag--orange',
  GREEN: 'govuk-tag--green',
  COMPLETE: 'govuk-tag--teal',
};

export const ALL_RAGS = Object.keys(RAG_LABELS) as RagRating[];
