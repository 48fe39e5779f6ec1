import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insertByDate } from './meetings';

describe('insertByDate', () => {
  it('keeps ids in date order, ids of the same date in the order they came', () => {
    const dates = fc.array(
      fc.constantFrom('2021-01-05', '2021-02-25', '2021-02-26', '2021-03-18', '2022-01-01'),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(dates, (arrivals) => {
        const byId = Object.fromEntries(arrivals.map((date, n) => [`id-${n}`, { date }]));
        const ids: string[] = [];
        arrivals.forEach((date, n) => insertByDate(ids, `id-${n}`, date, byId, (v) => v.date));
        // A stable sort by date of the arrival order is the one right answer.
        const expected = arrivals
          .map((date, n) => ({ date, id: `id-${n}` }))
          .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
          .map((e) => e.id);
        expect(ids).toEqual(expected);
      }),
    );
  });
});
