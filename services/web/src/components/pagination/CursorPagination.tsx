import { useLocation, useNavigate, useSearchParams } from 'react-router';

/** The cursors of the pages before this one, kept in the history entry (not the URL). */
interface PageTrail {
  trail?: (string | null)[];
}

/**
 * Where a Relay-paged list stands: the cursor it starts after (`?after=`) and how many rows
 * come before it. The API pages forward only, so "Previous" goes back along the trail of
 * cursors this tab followed; a shared link starts that trail afresh.
 */
function usePagePosition(pageSize: number) {
  const [search] = useSearchParams();
  const location = useLocation();
  const trail = (location.state as PageTrail | null)?.trail ?? [];
  return { after: search.get('after'), start: trail.length * pageSize, trail };
}

/** GOV.UK pagination for a Relay connection: previous, "Showing a to b of n", next. */
export function CursorPagination({
  label,
  pageSize,
  shown,
  totalCount,
  hasNextPage,
  endCursor,
}: {
  /** Names the list for screen readers, e.g. "Pages of the portfolio". */
  label: string;
  pageSize: number;
  /** Rows on this page. */
  shown: number;
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
}) {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const { after, start, trail } = usePagePosition(pageSize);
  function goTo(cursor: string | null, nextTrail: (string | null)[]) {
    const next = new URLSearchParams(search);
    if (cursor) next.set('after', cursor);
    else next.delete('after');
    navigate({ search: next.toString() }, { state: { trail: nextTrail } satisfies PageTrail });
  }
  const link = (title: string, onClick: () => void) => (
    <button
      type="button"
      className="govuk-link govuk-pagination__link app-link-button"
      onClick={onClick}
    >
      <span className="govuk-pagination__link-title">{title}</span>
    </button>
  );
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label={label}>
      {trail.length > 0 && (
        <div className="govuk-pagination__prev">
          {link('Previous page', () => goTo(trail[trail.length - 1] ?? null, trail.slice(0, -1)))}
        </div>
      )}
      <p className="govuk-body-s app-pagination__range">
        Showing {start + 1} to {start + shown} of {totalCount}
      </p>
      {hasNextPage && (
        <div className="govuk-pagination__next">
          {link('Next page', () => goTo(endCursor ?? null, [...trail, after]))}
        </div>
      )}
    </nav>
  );
}
