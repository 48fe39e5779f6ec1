import type { DeliveryConfidence, InitiativeStatus, Role } from '../gql/graphql';

/** The words the board papers use for each status, e.g. "In progress". */
export const STATUS_LABELS: Record<InitiativeStatus, string> = {
  PROPOSED: 'Proposed',
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  EMBEDDED: 'Embedded',
  TRANSFERRED: 'Transferred',
  COMPLETED: 'Completed',
  CLOSED: 'Closed',
};

/** Delivery confidence, as the papers' RAG scale names it. */
export const CONFIDENCE_LABELS: Record<DeliveryConfidence, string> = {
  GREEN: 'Green',
  AMBER_GREEN: 'Amber/green',
  AMBER: 'Amber',
  AMBER_RED: 'Amber/red',
  RED: 'Red',
};

export const ROLE_LABELS: Record<Role, string> = {
  OFFICE: 'Programme office',
  AUDITOR: 'Auditor',
  READER: 'Reader',
};

/** GOV.UK tag colours: one meaning each, so colour is never the only cue (the text says it). */
export const STATUS_TAG: Record<InitiativeStatus, string> = {
  PROPOSED: 'govuk-tag--grey',
  NOT_STARTED: 'govuk-tag--light-blue',
  IN_PROGRESS: 'govuk-tag--blue',
  EMBEDDED: 'govuk-tag--green',
  TRANSFERRED: 'govuk-tag--purple',
  COMPLETED: 'govuk-tag--teal',
  CLOSED: 'govuk-tag--grey',
};

export const CONFIDENCE_TAG: Record<DeliveryConfidence, string> = {
  GREEN: 'govuk-tag--green',
  AMBER_GREEN: 'govuk-tag--yellow',
  AMBER: 'govuk-tag--orange',
  AMBER_RED: 'govuk-tag--orange',
  RED: 'govuk-tag--red',
};

export const ALL_STATUSES = Object.keys(STATUS_LABELS) as InitiativeStatus[];
export const ALL_CONFIDENCES = Object.keys(CONFIDENCE_LABELS) as DeliveryConfidence[];
