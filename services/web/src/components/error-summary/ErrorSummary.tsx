import { useEffect, useRef } from 'react';

export interface FieldError {
  /** The id of the input the message is about ('' when it concerns the whole form). */
  field: string;
  message: string;
}

/**
 * GOV.UK error summary: at the top of the page, focused when it appears so a screen reader
 * hears it, each message a link to its field.
 */
export function ErrorSummary({
  errors,
  title = 'There is a problem',
}: {
  errors: FieldError[];
  title?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = errors.map((e) => e.message).join('\n');
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.field}:${error.message}`}>
                {error.field ? (
                  <a
                    href={`#${error.field}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(error.field)?.focus();
                    }}
                  >
                    {error.message}
                  </a>
                ) : (
                  error.message
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
