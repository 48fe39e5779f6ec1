/**
 * An async iterable over items read a page at a time by a synchronous reader. A rebuild
 * iterates a million events: an async generator spends two promise hops per item on each
 * generator it passes through, more than reading the item; this hands out each item with
 * one resolved promise, and reads the next page only when the last one is used up.
 *
 * `nextPage` answers the next page, or null once there is nothing more; what it throws
 * rejects the `next()` that called it and ends the iteration.
 */
export function fromPages<T>(nextPage: () => readonly T[] | null): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator](): AsyncIterator<T> {
      let page: readonly T[] = [];
      let at = 0;
      let finished = false;
      const end = (): Promise<IteratorResult<T>> => {
        finished = true;
        page = [];
        return Promise.resolve({ done: true, value: undefined });
      };
      return {
        next(): Promise<IteratorResult<T>> {
          try {
            while (at >= page.length) {
              if (finished) return end();
              const read = nextPage();
              if (read === null) return end();
              page = read;
              at = 0;
            }
          } catch (error) {
            finished = true;
            page = [];
            return Promise.reject(error);
          }
          return Promise.resolve({ done: false, value: page[at++]! });
        },
        return: end,
      };
    },
  };
}
