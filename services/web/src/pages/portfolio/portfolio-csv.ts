import type { PortfolioRowFragment } from '../../gql/graphql';
import { CONFIDENCE_LABELS, STATUS_LABELS } from '../../labels/labels';

/**
 * The portfolio as CSV a spreadsheet opens as it is: a header row, one initiative per row,
 * dates as ISO dates (which Excel, LibreOffice and Sheets read as dates), words not codes, and
 * several values of one kind (priorities, lead organisations) joined by "; " as text. UTF-8
 * with a byte-order mark (Excel otherwise reads it as Windows-1252) and CRLF line ends (RFC 4180).
 */
export const CSV_COLUMNS = [
  'Title',
  'Board',
  'Priorities',
  'Lead organisations',
  'Lead officers',
  'Status',
  'Status since',
  'Delivery confidence',
  'Confidence assessed on',
  'Last changed on',
  'Last changed by',
] as const;

/**
 * A cell, quoted when it holds a comma, quote or line break. A value a spreadsheet would run as
 * a formula (=, +, -, @, tab, CR first) is prefixed with an apostrophe (OWASP's CSV injection
 * advice): text typed into the tracker must not run as a formula on the office's machine.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function portfolioRow(row: PortfolioRowFragment): string[] {
  return [
    row.title,
    row.board.name,
    row.priorities.map((p) => p.title).join('; '),
    row.leadOrganisations.map((o) => o.name).join('; '),
    row.leadOfficers.map((o) => (o.role ? `${o.name} (${o.role})` : o.name)).join('; '),
    STATUS_LABELS[row.status],
    row.statusSince,
    row.confidence ? CONFIDENCE_LABELS[row.confidence.rating] : 'Not assessed',
    row.confidence?.assessedOn ?? '',
    row.lastChanged.at.slice(0, 10),
    row.lastChanged.by,
  ];
}

export function portfolioCsv(rows: readonly PortfolioRowFragment[]): string {
  const lines = [CSV_COLUMNS as readonly string[], ...rows.map(portfolioRow)].map((cells) =>
    cells.map(csvCell).join(','),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
