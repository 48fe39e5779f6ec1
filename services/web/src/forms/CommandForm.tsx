import type { FormEvent, ReactNode } from 'react';
import { AppLink } from '../components/app-link/AppLink';
import { ErrorSummary } from '../components/error-summary/ErrorSummary';
import { permissionsOf, useViewer } from '../auth/viewer';
import { useTimePoint } from '../app/time-point';
import { usePageTitle } from '../app/page-title';
import type { CommandRefusal } from './useCommand';

/**
 * The frame of every form of the office's: the caption and heading, the error summary, a
 * conflict or failure message above the fields, the submit button (off while the command is
 * on its way), and a way back. Only an office key in the present sees the fields: the server
 * refuses the rest anyway, and a page in the past is a record, not a draft.
 */
export function CommandForm({
  caption,
  title,
  refusal,
  conflict,
  submitting,
  submitLabel,
  onSubmit,
  backTo,
  children,
}: {
  caption?: string;
  title: string;
  refusal: CommandRefusal | null;
  /** What the record holds now, shown when someone else changed it meanwhile. */
  conflict?: ReactNode;
  submitting: boolean;
  submitLabel: string;
  onSubmit: () => void;
  backTo: string;
  children: ReactNode;
}) {
  const viewer = useViewer();
  const point = useTimePoint();
  const invalid = refusal?.kind === 'invalid' ? refusal.errors : [];
  usePageTitle(invalid.length ? `Error: ${title}` : title);

  if (!permissionsOf(viewer).edit || point.inPast) {
    return (
      <>
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">
          {point.inPast
            ? 'Changes are made to the present. Go back to today to make this one.'
            : 'Only a programme office key can record changes; yours can read them.'}
        </p>
        <p className="govuk-body">
          <AppLink to={backTo}>Back</AppLink>
        </p>
      </>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <AppLink to={backTo} className="govuk-back-link">
          Back
        </AppLink>
        <ErrorSummary errors={invalid} />
        {refusal?.kind === 'conflict' && (
          <div className="govuk-error-summary" role="alert" tabIndex={-1}>
            <h2 className="govuk-error-summary__title">Someone else changed this record</h2>
            <div className="govuk-error-summary__body">
              <p className="govuk-body">
                It changed after you opened this form, so your change was not recorded:{' '}
                {refusal.message}.
              </p>
              {conflict}
              <p className="govuk-body">
                Your answers are kept below. Check them against the record as it is now, then apply
                your change again.
              </p>
            </div>
          </div>
        )}
        {(refusal?.kind === 'failed' || refusal?.kind === 'forbidden') && (
          <div className="govuk-error-summary" role="alert">
            <h2 className="govuk-error-summary__title">Your change was not recorded</h2>
            <div className="govuk-error-summary__body">
              <p className="govuk-body">{refusal.message}</p>
            </div>
          </div>
        )}
        <form onSubmit={submit} noValidate>
          {caption && <span className="govuk-caption-l">{caption}</span>}
          <h1 className="govuk-heading-l">{title}</h1>
          {children}
          <div className="govuk-button-group">
            <button
              type="submit"
              className="govuk-button"
              disabled={submitting}
              aria-disabled={submitting}
            >
              {refusal?.kind === 'conflict' ? 'Apply my change again' : submitLabel}
            </button>
            <AppLink to={backTo}>Cancel</AppLink>
          </div>
        </form>
      </div>
    </div>
  );
}
