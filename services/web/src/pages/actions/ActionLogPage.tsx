import { errorText } from '../../graphql/messages';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { AppLink } from '../../components/app-link/AppLink';
import { CursorPagination } from '../../components/pagination/CursorPagination';
import { Flash } from '../../components/flash/Flash';
import { permissionsOf, useViewer } from '../../auth/viewer';
import { usePageTitle } from '../../app/page-title';
import { longDate, useTimePoint } from '../../app/time-point';
import type { ActionRowFragment } from '../../gql/graphql';
import { ActionFilters } from './ActionFilters';
import { ActionStatusTag, OverdueTag } from './ActionTags';
import { actionFilterOf, filterValuesOf, todayUtc } from './action-filters';
import { ActionLogDocument } from './action-queries';

const PAGE_SIZE = 50;

/**
 * The boards' action logs: each board's numbered actions with the responsible officers, the
 * due date, the RAG status and completion; overdue ones marked in words and shaded. Filtered
 * by what the URL says, a page at a time. The office (in the present) updates and closes
 * actions from here and logs new ones.
 */
export function ActionLogPage() {
  usePageTitle('Action log');
  const viewer = useViewer();
  const [search] = useSearchParams();
  const point = useTimePoint();
  const values = filterValuesOf(search);
  const overdueOn = point.onDate ?? todayUtc();
  const after = search.get('after');
  const variables = useMemo(
    () => ({
      first: PAGE_SIZE,
      after,
      filter: actionFilterOf(values, overdueOn),
      // Overdue as it was on the day shown; today (the API's default) otherwise.
      overdueOn: point.onDate ?? null,
      ...point.variables,
    }),
    // The URL is the state: the same URL asks the same question.
    [search.toString()],
  );
  const [{ data, error, fetching }] = useQuery({ query: ActionLogDocument, variables });
  const edits = permissionsOf(viewer).edit && !point.inPast;

  const connection = data?.actions;
  const byBoard = groupByBoard(connection?.nodes ?? []);
  return (
    <>
      <Flash />
      <h1 className="govuk-heading-xl">Action log</h1>
      {edits && (
        <AppLink to="/actions/new" className="govuk-button">
          Log an action
        </AppLink>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter-from-desktop">
          <ActionFilters values={values} boards={data?.boards.nodes ?? []} />
        </div>
        <div className="govuk-grid-column-three-quarters-from-desktop">
          {error && (
            <div className="govuk-error-summary" role="alert">
              <h2 className="govuk-error-summary__title">The action log could not be read</h2>
              <div className="govuk-error-summary__body">
                <p className="govuk-body">{errorText(error)}</p>
              </div>
            </div>
          )}
          {connection && (
            <>
              <p className="govuk-body govuk-!-font-weight-bold" id="action-count">
                {connection.totalCount} {connection.totalCount === 1 ? 'action' : 'actions'}
              </p>
              {connection.totalCount === 0 && (
                <p className="govuk-body">No actions match these filters.</p>
              )}
              {byBoard.map(({ board, rows }) => (
                <ActionTable
                  key={board.id}
                  board={board.name}
                  rows={rows}
                  onDate={point.onDate}
                  edits={edits}
                />
              ))}
              {connection.totalCount > PAGE_SIZE && (
                <CursorPagination
                  label="Pages of the action log"
                  pageSize={PAGE_SIZE}
                  shown={connection.nodes.length}
                  totalCount={connection.totalCount}
                  hasNextPage={connection.pageInfo.hasNextPage}
                  endCursor={connection.pageInfo.endCursor}
                />
              )}
            </>
          )}
          {!connection && fetching && <p className="govuk-body">Loading the action log…</p>}
        </div>
      </div>
    </>
  );
}

/** The page's rows board by board, in the order the API lists them (each log in number order). */
function groupByBoard(rows: readonly ActionRowFragment[]) {
  const groups: { board: ActionRowFragment['board']; rows: ActionRowFragment[] }[] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last?.board.id === row.board.id) last.rows.push(row);
    else groups.push({ board: row.board, rows: [row] });
  }
  return groups;
}

function ActionTable({
  board,
  rows,
  onDate,
  edits,
}: {
  board: string;
  rows: readonly ActionRowFragment[];
  onDate: string | undefined;
  edits: boolean;
}) {
  return (
    <table className="govuk-table app-table--compact">
      <caption className="govuk-table__caption govuk-table__caption--m">
        {board}
        {onDate ? `: actions as they stood on ${longDate(onDate)}` : ''}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            No.
          </th>
          <th scope="col" className="govuk-table__header">
            Action
          </th>
          <th scope="col" className="govuk-table__header">
            Responsible officers
          </th>
          <th scope="col" className="govuk-table__header">
            Due
          </th>
          <th scope="col" className="govuk-table__header">
            Status
          </th>
          {edits && (
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Changes</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className={`govuk-table__row${row.overdue ? ' app-overdue' : ''}`} key={row.id}>
            <th scope="row" className="govuk-table__header">
              {row.number}
            </th>
            <td className="govuk-table__cell">
              {row.action}
              <span className="govuk-body-s app-block">Raised {longDate(row.raisedOn)}</span>
            </td>
            <td className="govuk-table__cell">
              {row.responsibleOfficers.map((name) => (
                <span className="app-block" key={name}>
                  {name}
                </span>
              ))}
            </td>
            <td className="govuk-table__cell">
              {row.dueOn ? longDate(row.dueOn) : <span className="app-muted">No date</span>}
            </td>
            <td className="govuk-table__cell">
              <ActionStatusTag status={row.status} />
              {row.overdue && (
                <>
                  {' '}
                  <OverdueTag />
                </>
              )}
              {row.completedOn && (
                <span className="govuk-body-s app-block">on {longDate(row.completedOn)}</span>
              )}
            </td>
            {edits && (
              <td className="govuk-table__cell">
                {row.open && (
                  <>
                    <span className="app-block app-row-action">
                      <AppLink to={`/actions/${encodeURIComponent(row.id)}/update`}>
                        Update<span className="govuk-visually-hidden"> action {row.number}</span>
                      </AppLink>
                    </span>
                    <span className="app-block app-row-action">
                      <AppLink to={`/actions/${encodeURIComponent(row.id)}/close`}>
                        Close<span className="govuk-visually-hidden"> action {row.number}</span>
                      </AppLink>
                    </span>
                  </>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
