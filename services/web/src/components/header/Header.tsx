import { NavLink, useMatch, useSearchParams } from 'react-router';
import { keepTimePoint } from '../../app/time-point';
import type { Viewer } from '../../auth/viewer';
import { ROLE_LABELS } from '../../labels/labels';

export interface HeaderProps {
  /** Absent on the sign-in page. */
  viewer?: Viewer;
  onSignOut?: () => void;
}

const SECTIONS = [
  { to: '/', label: 'Portfolio', end: true },
  { to: '/actions', label: 'Action log', end: false },
];

/** One section in the service navigation, marked current on its own pages. */
function SectionLink({
  to,
  label,
  end,
  search,
}: (typeof SECTIONS)[number] & { search: URLSearchParams }) {
  const current = useMatch({ path: to, end }) !== null;
  return (
    <li
      className={`govuk-service-navigation__item${current ? ' govuk-service-navigation__item--active' : ''}`}
    >
      <NavLink to={keepTimePoint(to, search)} end={end} className="govuk-service-navigation__link">
        {current ? (
          <strong className="govuk-service-navigation__active-fallback">{label}</strong>
        ) : (
          label
        )}
      </NavLink>
    </li>
  );
}

/**
 * The header of every page: who runs the service, the service's name, its sections, and who
 * is signed in with what role. Built from GOV.UK Frontend's generic header and service
 * navigation; no crown or GOV.UK logotype (this is not a GOV.UK service).
 */
export function Header({ viewer, onSignOut }: HeaderProps) {
  const [search] = useSearchParams();
  return (
    <header>
      <div className="govuk-generic-header app-header">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            <span className="app-header__organisation">
              Office of the Police and Crime Commissioner
            </span>
          </div>
        </div>
      </div>
      <section aria-label="Service information" className="govuk-service-navigation">
        <div className="govuk-width-container govuk-service-navigation__inlining-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <NavLink to={keepTimePoint('/', search)} className="govuk-service-navigation__link">
                Partnership Tracker
              </NavLink>
            </span>
            {viewer && (
              <nav aria-label="Sections" className="govuk-service-navigation__wrapper">
                <ul className="govuk-service-navigation__list">
                  {SECTIONS.map((section) => (
                    <SectionLink key={section.to} {...section} search={search} />
                  ))}
                </ul>
              </nav>
            )}
          </div>
          {viewer && (
            <div className="app-header__viewer">
              <span className="govuk-body-s app-header__who">
                Signed in as <strong>{viewer.actor}</strong> ({ROLE_LABELS[viewer.role]})
              </span>{' '}
              <button
                type="button"
                className="govuk-button govuk-button--secondary app-header__sign-out"
                onClick={onSignOut}
              >
                Sign out
              </button>
            </div>
          )}
        </div>
      </section>
    </header>
  );
}
