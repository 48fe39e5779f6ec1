import { errorText } from '../../graphql/messages';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { AppLink } from '../../components/app-link/AppLink';
import { Flash } from '../../components/flash/Flash';
import { SummaryList, Values } from '../../components/summary-list/SummaryList';
import { ConfidenceTag, StatusTag } from '../../components/tag/Tag';
import { permissionsOf, useViewer } from '../../auth/viewer';
import { usePageTitle } from '../../app/page-title';
import { longDate, useTimePoint } from '../../app/time-point';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { describeChange } from './change-words';
import { InitiativeDocument, InitiativeHistoryDocument } from './initiative-queries';

const dateTime = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * One initiative: every field, its milestones, outcomes and delivery confidence over time,
 * then (for office and auditors) everything recorded about it, newest first, with who, when,
 * the business date, the reason and the decision cited.
 */
export function InitiativePage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const can = permissionsOf(viewer);
  const point = useTimePoint();
  const [{ data, error, fetching }] = useQuery({
    query: InitiativeDocument,
    variables: { id, ...point.variables },
  });
  const initiative = data?.initiative;
  usePageTitle(initiative?.title ?? (fetching ? 'Initiative' : 'Initiative not found'));

  if (error) {
    return (
      <>
        <h1 className="govuk-heading-l">The initiative could not be read</h1>
        <p className="govuk-body">{errorText(error)}</p>
      </>
    );
  }
  if (!initiative) {
    return fetching ? <p className="govuk-body">Loading…</p> : <NotFoundPage what="Initiative" />;
  }
  const edits = can.edit && !point.inPast;
  const base = `/initiatives/${encodeURIComponent(initiative.id)}`;

  return (
    <>
      <Flash />
      <span className="govuk-caption-l">{initiative.board.name}</span>
      <h1 className="govuk-heading-l">{initiative.title}</h1>
      <p className="govuk-body">
        <StatusTag status={initiative.status} />{' '}
        <ConfidenceTag rating={initiative.confidence?.rating} />
      </p>
      {edits && (
        <div className="govuk-button-group">
          {initiative.nextStatuses.some((s) => s !== 'TRANSFERRED') && (
            <AppLink to={`${base}/status`} className="govuk-button">
              Change status
            </AppLink>
          )}
          <AppLink to={`${base}/confidence`} className="govuk-button govuk-button--secondary">
            Set delivery confidence
          </AppLink>
          {initiative.nextStatuses.includes('TRANSFERRED') && (
            <AppLink to={`${base}/transfer`} className="govuk-button govuk-button--secondary">
              Transfer to another board
            </AppLink>
          )}
        </div>
      )}

      <SummaryList
        rows={[
          {
            key: 'Description',
            value: initiative.description || <span className="app-muted">None recorded</span>,
          },
          {
            key: 'Status',
            value: (
              <>
                {<StatusTag status={initiative.status} />} since {longDate(initiative.statusSince)}
              </>
            ),
          },
          { key: 'Board responsible', value: initiative.board.name },
          ...(initiative.owningBoard.id !== initiative.board.id
            ? [{ key: 'Owning board', value: initiative.owningBoard.name }]
            : []),
          {
            key: 'Priorities',
            value: <Values items={initiative.priorities.map((p) => p.title)} />,
          },
          {
            key: 'Lead organisations',
            value: <Values items={initiative.leadOrganisations.map((o) => o.name)} />,
          },
          {
            key: 'Lead officers',
            value: (
              <Values
                items={initiative.leadOfficers.map((o) =>
                  o.role ? `${o.name}, ${o.role}` : o.name,
                )}
              />
            ),
          },
          ...(initiative.transferLead
            ? [
                {
                  key: 'Lead on the receiving board',
                  value: `${initiative.transferLead.name}, ${initiative.transferLead.role}`,
                },
              ]
            : []),
          {
            key: 'Delivery confidence',
            value: initiative.confidence ? (
              <>
                <ConfidenceTag rating={initiative.confidence.rating} /> assessed on{' '}
                {longDate(initiative.confidence.assessedOn)}
                <span className="app-block">{initiative.confidence.comment}</span>
              </>
            ) : (
              <span className="app-muted">Not assessed</span>
            ),
          },
          {
            key: 'Next steps',
            value: initiative.nextSteps ? (
              <>
                {initiative.nextSteps.text}
                <span className="app-block app-muted">
                  as of {longDate(initiative.nextSteps.asOf)}
                </span>
              </>
            ) : (
              <span className="app-muted">None recorded</span>
            ),
          },
          { key: 'Registered on', value: longDate(initiative.registeredOn) },
          {
            key: 'Decision',
            value: initiative.decision ? (
              <AppLink to={`/decisions/${encodeURIComponent(initiative.decision.id)}`}>
                {initiative.decision.resolution}
              </AppLink>
            ) : (
              <span className="app-muted">None cited</span>
            ),
          },
        ]}
      />

      <h2 className="govuk-heading-m">Milestones</h2>
      {initiative.milestones.length === 0 ? (
        <p className="govuk-body">No milestones recorded.</p>
      ) : (
        <table className="govuk-table app-table--compact">
          <caption className="govuk-visually-hidden">Milestones</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Milestone
              </th>
              <th scope="col" className="govuk-table__header">
                Due
              </th>
              <th scope="col" className="govuk-table__header">
                First due
              </th>
              <th scope="col" className="govuk-table__header">
                Completed
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {initiative.milestones.map((m) => (
              <tr className="govuk-table__row" key={m.id}>
                <th scope="row" className="govuk-table__header">
                  {m.title}
                </th>
                <td className="govuk-table__cell">{longDate(m.dueOn)}</td>
                <td className="govuk-table__cell">
                  {m.originalDueOn !== m.dueOn ? (
                    longDate(m.originalDueOn)
                  ) : (
                    <span className="app-muted">Same</span>
                  )}
                </td>
                <td className="govuk-table__cell">
                  {m.completedOn ? (
                    <>
                      {longDate(m.completedOn)}
                      {m.completedLate && (
                        <strong className="govuk-tag govuk-tag--orange app-tag-gap">Late</strong>
                      )}
                    </>
                  ) : (
                    <span className="app-muted">Not yet</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 className="govuk-heading-m">Outcomes</h2>
      {initiative.outcomes.length === 0 ? (
        <p className="govuk-body">No outcomes reported.</p>
      ) : (
        initiative.outcomes.map((outcome) => (
          <div key={outcome.id} className="govuk-inset-text">
            <h3 className="govuk-heading-s">
              {outcome.title}
              {outcome.period ? `, ${outcome.period.label}` : ''}
            </h3>
            <ul className="govuk-list">
              {outcome.figures.map((figure) => (
                <li key={figure.name}>
                  {figure.name}: <strong>{figure.value}</strong>
                </li>
              ))}
            </ul>
            <p className="govuk-body-s app-muted">
              {outcome.source}, recorded on {longDate(outcome.recordedOn)}
              {outcome.note ? `. ${outcome.note}` : ''}
            </p>
          </div>
        ))
      )}

      <h2 className="govuk-heading-m">Delivery confidence over time</h2>
      {initiative.confidenceHistory.length === 0 ? (
        <p className="govuk-body">Not assessed yet.</p>
      ) : (
        <table className="govuk-table app-table--compact">
          <caption className="govuk-visually-hidden">
            Delivery confidence assessments, newest first
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Assessed on
              </th>
              <th scope="col" className="govuk-table__header">
                Rating
              </th>
              <th scope="col" className="govuk-table__header">
                Comment
              </th>
              <th scope="col" className="govuk-table__header">
                Recorded by
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {[...initiative.confidenceHistory].reverse().map((a, index) => (
              <tr className="govuk-table__row" key={`${a.recorded.recordedAt}:${index}`}>
                <td className="govuk-table__cell">{longDate(a.assessedOn)}</td>
                <td className="govuk-table__cell">
                  <ConfidenceTag rating={a.rating} />
                </td>
                <td className="govuk-table__cell">{a.comment}</td>
                <td className="govuk-table__cell">{a.recorded.by}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {can.history && <InitiativeHistory id={initiative.id} />}
    </>
  );
}

/** Everything recorded about the initiative, newest first: for office and auditor keys. */
function InitiativeHistory({ id }: { id: string }) {
  const point = useTimePoint();
  const [{ data, error }] = useQuery({
    query: InitiativeHistoryDocument,
    variables: { id, ...point.variables },
  });
  if (error) return <p className="govuk-body">The history could not be read: {errorText(error)}</p>;
  if (!data?.initiative) return null;
  const boards = new Map(data.boards.nodes.map((b) => [b.id, b.name]));
  const boardName = (boardId: string) => boards.get(boardId) ?? 'a board no longer recorded';
  const history = [...data.initiative.history.nodes].reverse();
  return (
    <>
      <h2 className="govuk-heading-m">History</h2>
      <table className="govuk-table app-table--compact">
        <caption className="govuk-table__caption govuk-table__caption--s">
          Every change recorded, newest first ({history.length})
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              What changed
            </th>
            <th scope="col" className="govuk-table__header">
              Who
            </th>
            <th scope="col" className="govuk-table__header">
              Recorded
            </th>
            <th scope="col" className="govuk-table__header">
              Business date
            </th>
            <th scope="col" className="govuk-table__header">
              Reason
            </th>
            <th scope="col" className="govuk-table__header">
              Decision
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {history.map((change) => (
            <tr className="govuk-table__row" key={change.position}>
              <td className="govuk-table__cell">
                {describeChange(change.eventType, change.data, boardName)}
              </td>
              <td className="govuk-table__cell">{change.actor}</td>
              <td className="govuk-table__cell">{dateTime(change.recordedAt)}</td>
              <td className="govuk-table__cell">{longDate(change.occurredAt)}</td>
              <td className="govuk-table__cell">{change.reason ?? ''}</td>
              <td className="govuk-table__cell">
                {change.decisionId ? (
                  <AppLink to={`/decisions/${encodeURIComponent(change.decisionId)}`}>
                    The decision
                  </AppLink>
                ) : (
                  ''
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
