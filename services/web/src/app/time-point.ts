import { useSearchParams } from 'react-router';

/** The URL query parameters that name a point in the past; links inside the app keep them. */
export const TIME_PARAMS = ['on', 'recorded'] as const;

export interface TimePoint {
  /** Business date shown ("as it stood on"), YYYY-MM-DD, from `?on=`. */
  onDate?: string;
  /** Recorded time shown ("as recorded at"), a date or date-time, from `?recorded=`. */
  asOf?: string;
  /** True while either is set: banner shown, edit controls and forms off. */
  inPast: boolean;
  /** The variables to spread into every top-level query. */
  variables: { onDate?: string; asOf?: string };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function timePointOf(search: URLSearchParams): TimePoint {
  const on = search.get('on')?.trim();
  const recorded = search.get('recorded')?.trim();
  const onDate = on && DATE.test(on) ? on : undefined;
  // One point per operation (the API refuses two): a business date wins over a recorded time.
  const asOf = !onDate && recorded ? recorded : undefined;
  const variables: TimePoint['variables'] = {};
  if (onDate) variables.onDate = onDate;
  if (asOf) variables.asOf = asOf;
  return { onDate, asOf, inPast: Boolean(onDate || asOf), variables };
}

/** The point in time the page shows, from the URL. */
export function useTimePoint(): TimePoint {
  const [search] = useSearchParams();
  return timePointOf(search);
}

/** `path` with the current page's ?on= / ?recorded= carried over (query already in `path` kept). */
export function keepTimePoint(path: string, current: URLSearchParams): string {
  const [pathname, query = ''] = path.split('?', 2) as [string, string?];
  const params = new URLSearchParams(query);
  for (const name of TIME_PARAMS) {
    const value = current.get(name);
    if (value && !params.has(name)) params.set(name, value);
  }
  const text = params.toString();
  return text ? `${pathname}?${text}` : pathname;
}

/** "19 March 2021" for a YYYY-MM-DD (UTC), the way the board papers write dates. */
export function longDate(date: string): string {
  const parsed = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return parsed.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
