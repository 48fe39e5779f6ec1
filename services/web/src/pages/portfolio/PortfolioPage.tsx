import { errorText } from '../../graphql/messages';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useClient, useQuery, useSubscription } from 'urql';
import { AppLink } from '../../components/app-link/AppLink';
import { CursorPagination } from '../../components/pagination/CursorPagination';
import { BarChart } from '../../components/bar-chart/BarChart';
import { ConfidenceTag, StatusTag } from '../../components/tag/Tag';
import { permissionsOf, useViewer } from '../../auth/viewer';
import { usePageTitle } from '../../app/page-title';
import { longDate, useTimePoint } from '../../app/time-point';
import { CONFIDENCE_LABELS, STATUS_LABELS } from '../../labels/labels';
import type { PortfolioRowFragment } from '../../gql/graphql';
import { downloadText } from '../../app/download';
import { portfolioCsv } from './portfolio-csv';
import { filterValuesOf, initiativeFilterOf } from './portfolio-filters';
import { PortfolioFilters } from './PortfolioFilters';
import {
  PortfolioChangedDocument,
  PortfolioChoicesDocument,
  PortfolioDocument,
  PortfolioExportDocument,
} from './portfolio-queries';

const PAGE_SIZE = 25;

/**
 * The SPB portfolio: every initiative with its board, priorities, leads, status and delivery
 * confidence, filtered by what the URL says, a page at a time, counted in two small charts,
 * downloadable as CSV, and refreshed when someone else changes an initiative.
 */
export function PortfolioPage() {
  usePageTitle('Portfolio');
  const viewer = useViewer();
  const client = useClient();
  const [search] = useSearchParams();
  const point = useTimePoint();
  const values = filterValuesOf(search);
  const filter = initiativeFilterOf(values);
  const after = search.get('after');
  const variables = useMemo(
    () => ({ first: PAGE_SIZE, after, filter, ...point.variables }),
    // The URL is the state: the same URL asks the same question.
    [search.toString()],
  );
  const [{ data, error, fetching }, refetch] = useQuery({ query: PortfolioDocument, variables });
  const [{ data: choices }] = useQuery({
    query: PortfolioChoicesDocument,
    variables: point.variables,
  });

  // Live: another user's change refetches this page (not when looking at the past).
  const [changed, setChanged] = useState<string | null>(null);
  const [subscription] = useSubscription({ query: PortfolioChangedDocument, pause: point.inPast });
  const latest = subscription.data?.portfolioChanged;
  useEffect(() => {
    if (!latest) return;
    refetch({ requestPolicy: 'network-only' });
    setChanged(
      `Updated: ${latest.eventType.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()} by ${latest.actor}`,
    );
  }, [latest?.position]);

  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  async function downloadCsv() {
    setExporting(true);
    setExportError(null);
    const rows: PortfolioRowFragment[] = [];
    let cursor: string | null = null;
    for (;;) {
      const page = await client
        .query(
          PortfolioExportDocument,
          { after: cursor, filter, ...point.variables },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      if (page.error || !page.data) {
        setExportError((page.error && errorText(page.error)) ?? 'The download failed; try again');
        setExporting(false);
        return;
      }
      rows.push(...page.data.initiatives.nodes);
      if (!page.data.initiatives.pageInfo.hasNextPage) break;
      cursor = page.data.initiatives.pageInfo.endCursor ?? null;
    }
    const day = point.onDate ?? new Date().toISOString().slice(0, 10);
    downloadText(`portfolio-${day}.csv`, portfolioCsv(rows), 'text/csv;charset=utf-8');
    setExporting(false);
  }

  const connection = data?.initiatives;
  const counts = data?.initiativeCounts;
  return (
    <>
      <h1 className="govuk-heading-xl">Portfolio</h1>
      {permissionsOf(viewer).edit && !point.inPast && (
        <AppLink to="/initiatives/new" className="govuk-button">
          Register an initiative
        </AppLink>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter-from-desktop">
          <PortfolioFilters
            values={values}
            boards={choices?.boards.nodes ?? []}
            priorities={choices?.priorities.nodes ?? []}
            organisations={choices?.organisations.nodes ?? []}
          />
        </div>
        <div className="govuk-grid-column-three-quarters-from-desktop">
          <p className="govuk-body app-live" role="status" aria-live="polite">
            {changed}
          </p>
          {error && (
            <div className="govuk-error-summary" role="alert">
              <h2 className="govuk-error-summary__title">The portfolio could not be read</h2>
              <div className="govuk-error-summary__body">
                <p className="govuk-body">{errorText(error)}</p>
              </div>
            </div>
          )}
          {counts && (
            <div className="app-charts">
              <BarChart
                title="By status"
                bars={counts.byStatus.map((c) => ({
                  label: STATUS_LABELS[c.status],
                  count: c.count,
                }))}
              />
              <BarChart
                title="By delivery confidence"
                bars={counts.byConfidence.map((c) => ({
                  label: c.confidence ? CONFIDENCE_LABELS[c.confidence] : 'Not assessed',
                  count: c.count,
                }))}
              />
            </div>
          )}
          {connection && (
            <>
              <div className="app-table-actions">
                <p className="govuk-body govuk-!-font-weight-bold" id="portfolio-count">
                  {connection.totalCount}{' '}
                  {connection.totalCount === 1 ? 'initiative' : 'initiatives'}
                </p>
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary"
                  onClick={() => void downloadCsv()}
                  disabled={exporting || connection.totalCount === 0}
                >
                  {exporting ? 'Preparing the download…' : 'Download as CSV'}
                </button>
              </div>
              {exportError && <p className="govuk-error-message">{exportError}</p>}
              <PortfolioTable rows={connection.nodes} onDate={point.onDate} />
              {connection.totalCount > 0 && (
                <CursorPagination
                  label="Pages of the portfolio"
                  pageSize={PAGE_SIZE}
                  shown={connection.nodes.length}
                  totalCount={connection.totalCount}
                  hasNextPage={connection.pageInfo.hasNextPage}
                  endCursor={connection.pageInfo.endCursor}
                />
              )}
            </>
          )}
          {!connection && fetching && <p className="govuk-body">Loading the portfolio…</p>}
        </div>
      </div>
    </>
  );
}

function PortfolioTable({
  rows,
  onDate,
}: {
  rows: readonly PortfolioRowFragment[];
  onDate: string | undefined;
}) {
  if (rows.length === 0) {
    return <p className="govuk-body">No initiatives match these filters.</p>;
  }
  return (
    <table className="govuk-table app-table--compact">
      <caption className="govuk-table__caption govuk-table__caption--m">
        Initiatives{onDate ? ` as they stood on ${longDate(onDate)}` : ''}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Initiative
          </th>
          <th scope="col" className="govuk-table__header">
            Board
          </th>
          <th scope="col" className="govuk-table__header">
            Priorities
          </th>
          <th scope="col" className="govuk-table__header">
            Leads
          </th>
          <th scope="col" className="govuk-table__header">
            Status
          </th>
          <th scope="col" className="govuk-table__header">
            Delivery confidence
          </th>
          <th scope="col" className="govuk-table__header">
            Last change
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={row.id}>
            <th scope="row" className="govuk-table__header">
              <AppLink to={`/initiatives/${encodeURIComponent(row.id)}`}>{row.title}</AppLink>
            </th>
            <td className="govuk-table__cell">{row.board.name}</td>
            <td className="govuk-table__cell">
              <ul className="govuk-list govuk-body-s">
                {row.priorities.map((p) => (
                  <li key={p.id}>{p.title}</li>
                ))}
              </ul>
            </td>
            <td className="govuk-table__cell">
              <ul className="govuk-list govuk-body-s">
                {row.leadOrganisations.map((o) => (
                  <li key={o.id}>{o.name}</li>
                ))}
                {row.leadOfficers.map((o) => (
                  <li key={`${o.name}:${o.role}`}>
                    {o.name}
                    {o.role ? `, ${o.role}` : ''}
                  </li>
                ))}
              </ul>
            </td>
            <td className="govuk-table__cell">
              <StatusTag status={row.status} />
              <span className="govuk-body-s app-block">since {longDate(row.statusSince)}</span>
            </td>
            <td className="govuk-table__cell">
              <ConfidenceTag rating={row.confidence?.rating} />
            </td>
            <td className="govuk-table__cell govuk-body-s">
              {longDate(row.lastChanged.at)}
              <span className="app-block">by {row.lastChanged.by}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
