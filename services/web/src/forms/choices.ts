import type { FormChoicesQuery } from '../gql/graphql';
import type { Choice } from '../components/fields/Fields';
import { longDate } from '../app/time-point';

const shorten = (text: string, length = 90) =>
  text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;

/** The decision log as choices, newest first: "19 March 2021, SPB: That …". */
export function decisionChoices(decisions: FormChoicesQuery['decisions']['nodes']): Choice[] {
  return [...decisions]
    .sort((a, b) => b.decidedOn.localeCompare(a.decidedOn))
    .map((d) => ({
      value: d.id,
      label: `${longDate(d.decidedOn)}, ${d.board.name}: ${shorten(d.resolution)}`,
    }));
}

export const boardChoices = (boards: FormChoicesQuery['boards']['nodes']): Choice[] =>
  boards.filter((b) => !b.dissolved).map((b) => ({ value: b.id, label: b.name }));
