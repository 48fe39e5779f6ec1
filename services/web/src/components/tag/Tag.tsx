import type { DeliveryConfidence, InitiativeStatus } from '../../gql/graphql';
import { CONFIDENCE_LABELS, CONFIDENCE_TAG, STATUS_LABELS, STATUS_TAG } from '../../labels/labels';

export function StatusTag({ status }: { status: InitiativeStatus }) {
  return <strong className={`govuk-tag ${STATUS_TAG[status]}`}>{STATUS_LABELS[status]}</strong>;
}

export function ConfidenceTag({ rating }: { rating: DeliveryConfidence | null | undefined }) {
  if (!rating) return <span className="app-muted">Not assessed</span>;
  return (
    <strong className={`govuk-tag ${CONFIDENCE_TAG[rating]}`}>{CONFIDENCE_LABELS[rating]}</strong>
  );
}
