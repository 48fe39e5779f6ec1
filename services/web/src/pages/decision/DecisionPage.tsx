import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { AppLink } from '../../components/app-link/AppLink';
import { SummaryList } from '../../components/summary-list/SummaryList';
import { usePageTitle } from '../../app/page-title';
import { longDate, useTimePoint } from '../../app/time-point';
import { DecisionDocument } from '../initiative/initiative-queries';
import { NotFoundPage } from '../not-found/NotFoundPage';

const KIND_WORDS = (kind: string) =>
  kind.charAt(0) + kind.slice(1).toLowerCase().replace(/_/g, ' ');

/** A board's decision as minuted: what a change cited. */
export function DecisionPage() {
  const { id = '' } = useParams();
  const point = useTimePoint();
  const [{ data, fetching }] = useQuery({
    query: DecisionDocument,
    variables: { id, ...point.variables },
  });
  const decision = data?.decision;
  usePageTitle(decision ? `Decision of ${longDate(decision.decidedOn)}` : 'Decision');
  if (!decision)
    return fetching ? <p className="govuk-body">Loading…</p> : <NotFoundPage what="Decision" />;
  return (
    <>
      <span className="govuk-caption-l">{decision.board.name}</span>
      <h1 className="govuk-heading-l">Decision of {longDate(decision.decidedOn)}</h1>
      {decision.superseded && (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>A later decision supersedes this
            one.
          </strong>
        </div>
      )}
      <SummaryList
        rows={[
          { key: 'Resolution', value: decision.resolution },
          { key: 'Kind', value: KIND_WORDS(decision.kind) },
          { key: 'Board', value: decision.board.name },
          { key: 'Decided on', value: longDate(decision.decidedOn) },
          ...(decision.supersedes
            ? [
                {
                  key: 'Supersedes',
                  value: (
                    <AppLink to={`/decisions/${encodeURIComponent(decision.supersedes.id)}`}>
                      {decision.supersedes.resolution}
                    </AppLink>
                  ),
                },
              ]
            : []),
          ...decision.supersededBy.map((later) => ({
            key: 'Superseded by',
            value: (
              <AppLink to={`/decisions/${encodeURIComponent(later.id)}`}>
                {later.resolution}
              </AppLink>
            ),
          })),
        ]}
      />
    </>
  );
}
