import type { ReactNode } from 'react';

/**
 * GOV.UK Design System form fields. Each takes the message for its field, shows it beside
 * the field (above the input, as GOV.UK places it), marks the group, and links it to the
 * input for screen readers; what the user typed stays in the input.
 */
interface FieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** The label as the page's heading (a one-question page). */
  pageHeading?: boolean;
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Group({
  id,
  label,
  hint,
  error,
  pageHeading,
  children,
}: FieldProps & { children: ReactNode }) {
  const labelElement = (
    <label
      className={`govuk-label${pageHeading ? ' govuk-label--l' : ' govuk-label--s'}`}
      htmlFor={id}
    >
      {label}
    </label>
  );
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      {pageHeading ? <h1 className="govuk-label-wrapper">{labelElement}</h1> : labelElement}
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      <ErrorMessage id={id} error={error} />
      {children}
    </div>
  );
}

export function ErrorMessage({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {error}
    </p>
  );
}

export function TextInput({
  value,
  onChange,
  width,
  type = 'text',
  ...field
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  width?: 10 | 20 | 30;
  type?: 'text' | 'search';
}) {
  return (
    <Group {...field}>
      <input
        className={`govuk-input${width ? ` govuk-input--width-${width}` : ''}${field.error ? ' govuk-input--error' : ''}`}
        id={field.id}
        name={field.id}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(field.id, field.hint, field.error)}
      />
    </Group>
  );
}

export function Textarea({
  value,
  onChange,
  rows = 4,
  ...field
}: FieldProps & { value: string; onChange: (value: string) => void; rows?: number }) {
  return (
    <Group {...field}>
      <textarea
        className={`govuk-textarea${field.error ? ' govuk-textarea--error' : ''}`}
        id={field.id}
        name={field.id}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(field.id, field.hint, field.error)}
      />
    </Group>
  );
}

export interface Choice {
  value: string;
  label: string;
}

export function Select({
  value,
  onChange,
  choices,
  emptyLabel,
  ...field
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  choices: readonly Choice[];
  /** The first, empty choice ("Any board", "Choose a board"); none when absent. */
  emptyLabel?: string;
}) {
  return (
    <Group {...field}>
      <select
        className={`govuk-select${field.error ? ' govuk-select--error' : ''}`}
        id={field.id}
        name={field.id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(field.id, field.hint, field.error)}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </Group>
  );
}

/** Checkboxes or radios in a fieldset whose legend asks the question. */
export function Choices({
  id,
  legend,
  hint,
  error,
  choices,
  selected,
  onChange,
  multiple,
  small = false,
  legendSize = 's',
}: {
  id: string;
  legend: string;
  hint?: ReactNode;
  error?: string | undefined;
  choices: readonly Choice[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  multiple: boolean;
  small?: boolean;
  legendSize?: 's' | 'm' | 'l';
}) {
  const kind = multiple ? 'checkboxes' : 'radios';
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>
          {legend}
        </legend>
        {hint && (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        <ErrorMessage id={id} error={error} />
        <div className={`govuk-${kind}${small ? ` govuk-${kind}--small` : ''}`}>
          {choices.map((choice, index) => {
            const inputId = index === 0 ? id : `${id}-${index + 1}`;
            const checked = selected.includes(choice.value);
            return (
              <div className={`govuk-${kind}__item`} key={choice.value}>
                <input
                  className={`govuk-${kind}__input`}
                  id={inputId}
                  name={id}
                  type={multiple ? 'checkbox' : 'radio'}
                  value={choice.value}
                  checked={checked}
                  onChange={() =>
                    onChange(
                      multiple
                        ? checked
                          ? selected.filter((v) => v !== choice.value)
                          : [...selected, choice.value]
                        : [choice.value],
                    )
                  }
                />
                <label className={`govuk-label govuk-${kind}__label`} htmlFor={inputId}>
                  {choice.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** The parts of a GOV.UK date input, as typed (kept as typed, even when not a date). */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const emptyDate: DateParts = { day: '', month: '', year: '' };

export function datePartsOf(iso: string): DateParts {
  const [year = '', month = '', day = ''] = iso.slice(0, 10).split('-');
  return { day: String(Number(day) || ''), month: String(Number(month) || ''), year };
}

/** YYYY-MM-DD for the parts, or undefined (then the field says what to fix). */
export function isoDateOf(parts: DateParts): string | undefined {
  const day = Number(parts.day);
  const month = Number(parts.month);
  const year = Number(parts.year);
  if (!Number.isInteger(day) || !Number.isInteger(month) || !/^\d{4}$/.test(parts.year.trim()))
    return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** GOV.UK's date input: day, month and year, for the business dates the office records. */
export function DateInput({
  id,
  legend,
  hint = 'For example, 19 3 2021',
  error,
  value,
  onChange,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  value: DateParts;
  onChange: (value: DateParts) => void;
}) {
  const part = (name: keyof DateParts, label: string, width: 2 | 4) => {
    const inputId = name === 'day' ? id : `${id}-${name}`;
    return (
      <div className="govuk-date-input__item" key={name}>
        <div className="govuk-form-group">
          <label className="govuk-label govuk-date-input__label" htmlFor={inputId}>
            {label}
          </label>
          <input
            className={`govuk-input govuk-date-input__input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}`}
            id={inputId}
            name={inputId}
            type="text"
            inputMode="numeric"
            value={value[name]}
            onChange={(event) => onChange({ ...value, [name]: event.target.value })}
          />
        </div>
      </div>
    );
  };
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset
        className="govuk-fieldset"
        role="group"
        aria-describedby={describedBy(id, hint, error)}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
        <ErrorMessage id={id} error={error} />
        <div className="govuk-date-input" id={`${id}-group`}>
          {part('day', 'Day', 2)}
          {part('month', 'Month', 2)}
          {part('year', 'Year', 4)}
        </div>
      </fieldset>
    </div>
  );
}
