import type { ReactNode } from 'react';
import { Header } from '../components/header/Header';

/**
 * The page template: skip link, header, the width container and main, and the footer, as
 * GOV.UK Frontend's page template lays them out.
 */
export function Page({
  header = <Header />,
  beforeMain,
  children,
}: {
  header?: ReactNode;
  beforeMain?: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <a href="#main-content" className="govuk-skip-link">
        Skip to main content
      </a>
      {header}
      <div className="govuk-width-container">
        {beforeMain}
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <ul className="govuk-footer__inline-list">
                <li className="govuk-footer__inline-list-item">
                  <a className="govuk-footer__link" href="/graphql">
                    GraphQL API
                  </a>
                </li>
              </ul>
              <span className="govuk-footer__licence-description">
                Partnership Tracker: the Strategic Partnership Board's record of what the
                partnership does.
              </span>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}
