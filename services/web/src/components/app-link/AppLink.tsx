import { Link, useSearchParams, type LinkProps } from 'react-router';
import { keepTimePoint } from '../../app/time-point';

/** A link inside the app: keeps the page's ?on= / ?recorded= so the point in time stays. */
export function AppLink({ to, className, ...rest }: LinkProps & { to: string }) {
  const [search] = useSearchParams();
  return <Link to={keepTimePoint(to, search)} className={className ?? 'govuk-link'} {...rest} />;
}
