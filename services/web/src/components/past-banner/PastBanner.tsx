import { Link, useLocation, useSearchParams } from 'react-router';
import { longDate, useTimePoint } from '../../app/time-point';

/** Says, on every page, that the page shows the past and cannot be edited, with a way back. */
export function PastBanner() {
  const point = useTimePoint();
  const [search] = useSearchParams();
  const { pathname } = useLocation();
  if (!point.inPast) return null;
  const today = new URLSearchParams(search);
  today.delete('on');
  today.delete('recorded');
  const back = today.toString() ? `${pathname}?${today}` : pathname;
  const shown = point.onDate
    ? `as it stood on ${longDate(point.onDate)}`
    : `as the tracker recorded it at ${new Date(point.asOf!).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}`;
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby="past-banner-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="past-banner-title">
          Looking at the past
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">
          You are looking at the tracker {shown}. Nothing can be changed here.{' '}
          <Link className="govuk-notification-banner__link" to={back}>
            Back to today
          </Link>
        </p>
      </div>
    </div>
  );
}
