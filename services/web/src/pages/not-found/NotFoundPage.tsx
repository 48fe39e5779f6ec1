import { AppLink } from '../../components/app-link/AppLink';
import { usePageTitle } from '../../app/page-title';

export function NotFoundPage({ what = 'Page' }: { what?: string }) {
  usePageTitle(`${what} not found`);
  return (
    <>
      <h1 className="govuk-heading-l">{what} not found</h1>
      <p className="govuk-body">
        If you typed the web address, check it is correct. If you followed a link, the record may
        not have existed at the date shown.
      </p>
      <p className="govuk-body">
        <AppLink to="/">Go to the portfolio</AppLink>
      </p>
    </>
  );
}
