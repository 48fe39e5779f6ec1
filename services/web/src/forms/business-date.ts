import { isoDateOf, type DateParts } from '../components/fields/Fields';

/**
 * A business date typed in a GOV.UK date input: undefined when left blank (the command then
 * takes today's date), the ISO date, or a message saying what to fix.
 */
export function businessDate(parts: DateParts): { date?: string; error?: string } {
  if (!parts.day.trim() && !parts.month.trim() && !parts.year.trim()) return {};
  const date = isoDateOf(parts);
  return date ? { date } : { error: 'Enter a real date, for example 19 3 2021' };
}
