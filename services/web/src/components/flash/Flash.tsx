import { useLocation } from 'react-router';

/** What the last form did, said once on the page it led to (GOV.UK success banner). */
export function Flash() {
  const { state } = useLocation() as { state: { flash?: string } | null };
  if (!state?.flash) return null;
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="flash-title"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="flash-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{state.flash}</p>
      </div>
    </div>
  );
}
