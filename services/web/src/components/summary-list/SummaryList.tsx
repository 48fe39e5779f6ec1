import type { ReactNode } from 'react';

export interface SummaryRow {
  key: string;
  value: ReactNode;
}

/** GOV.UK summary list: facts about one thing, a term and its value per row. */
export function SummaryList({ rows }: { rows: readonly SummaryRow[] }) {
  return (
    <dl className="govuk-summary-list">
      {rows.map((row) => (
        <div className="govuk-summary-list__row" key={row.key}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A list of short values in one cell, or a dash when there are none. */
export function Values({ items }: { items: readonly ReactNode[] }) {
  if (items.length === 0) return <span className="app-muted">None</span>;
  if (items.length === 1) return <>{items[0]}</>;
  return (
    <ul className="govuk-list">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}
