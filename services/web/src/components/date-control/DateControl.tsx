import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTimePoint } from '../../app/time-point';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Which point in time every page shows: "as it stood on" a business date (what was true in
 * the world that day, for every role), or, for office and auditors, "as recorded at" a
 * moment (what the tracker held then). Both live in the URL (?on=, ?recorded=), so a link
 * shows what its sender saw; other query parameters (a page's filters) are kept.
 */
export function DateControl({ recordedTime }: { recordedTime: boolean }) {
  const [search, setSearch] = useSearchParams();
  const point = useTimePoint();
  const [on, setOn] = useState(point.onDate ?? '');
  const [recorded, setRecorded] = useState(point.asOf ?? '');
  const [error, setError] = useState<{ field: 'on' | 'recorded'; message: string } | null>(null);

  function show(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams(search);
    next.delete('on');
    next.delete('recorded');
    next.delete('after');
    if (on && recorded) {
      setError({ field: 'on', message: 'Choose a business date or a recorded time, not both' });
      return;
    }
    if (on) {
      if (!DATE.test(on)) {
        setError({ field: 'on', message: 'Enter the date as YYYY-MM-DD, for example 2021-03-19' });
        return;
      }
      next.set('on', on);
    }
    if (recorded) next.set('recorded', new Date(recorded).toISOString());
    setError(null);
    setSearch(next);
  }

  function today() {
    const next = new URLSearchParams(search);
    next.delete('on');
    next.delete('recorded');
    setOn('');
    setRecorded('');
    setError(null);
    setSearch(next);
  }

  return (
    <form className="app-date-control" onSubmit={show} noValidate aria-label="Point in time">
      <div className={`govuk-form-group${error?.field === 'on' ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor="date-control-on">
          As it stood on
        </label>
        {error?.field === 'on' && (
          <p id="date-control-on-error" className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error.message}
          </p>
        )}
        <input
          className={`govuk-input govuk-input--width-10${error?.field === 'on' ? ' govuk-input--error' : ''}`}
          id="date-control-on"
          type="date"
          value={on}
          onChange={(event) => setOn(event.target.value)}
          aria-describedby={error?.field === 'on' ? 'date-control-on-error' : undefined}
        />
      </div>
      {recordedTime && (
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="date-control-recorded">
            As recorded at
          </label>
          <input
            className="govuk-input govuk-input--width-20"
            id="date-control-recorded"
            type="datetime-local"
            value={recorded ? toLocalInput(recorded) : ''}
            onChange={(event) => setRecorded(event.target.value)}
          />
        </div>
      )}
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--secondary">
          Show
        </button>
        {point.inPast && (
          <button type="button" className="govuk-button govuk-button--secondary" onClick={today}>
            Back to today
          </button>
        )}
      </div>
    </form>
  );
}

/** A datetime-local input's value (local time, no zone) for an ISO date-time. */
function toLocalInput(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return value;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}
