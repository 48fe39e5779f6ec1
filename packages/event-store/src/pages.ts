/**
 * An async iterable over items read a page at a time. A rebuild iterates a million events:
 * an async generator spends two promise hops per item on each generator it passes through,
 * more than reading the item; this hands out each item of a page with one resolved promise,
 * and asks for the next page only when the last one is used up.
 *
 * `nextPage` answers the next page (or a promise of it, for pages read elsewhere), or null
 * once there is nothing more; what it throws or rejects with ends the iteration with that
 * error. `stopped` is called when the reader stops before the end (a `break`).
 */
export function fromPages<T>(
  nextPage: () => readonly T[] | null | Promise<readonly T[] | null>,
  stopped: () => void = () => {},
): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator](): AsyncIterator<T> {
      let page: readonly T[] = [];
      let at = 0;
      let finished = false;
      /** A page being read elsewhere: a next() meanwhile waits for it. */
      let reading: Promise<unknown> | undefined;

      const done = (): IteratorResult<T> => {
        finished = true;
        page = [];
        return { done: true, value: undefined };
      };
      const failed = (error: unknown): never => {
        done();
        throw error;
      };
      const take = (read: readonly T[] | null): IteratorResult<T> | undefined => {
        if (read === null) return done();
        page = read;
        at = 0;
        return at < page.length ? { done: false, value: page[at++]! } : undefined;
      };

      function next(): Promise<IteratorResult<T>> {
        if (reading) return reading.then(next);
        for (;;) {
          if (at < page.length) return Promise.resolve({ done: false, value: page[at++]! });
          if (finished) return Promise.resolve(done());
          let read: readonly T[] | null | Promise<readonly T[] | null>;
          try {
            read = nextPage();
          } catch (error) {
            done();
            return Promise.reject(error);
          }
          if (read instanceof Promise) {
            const answer = read.then(
              (r) => {
                reading = undefined;
                return take(r) ?? next();
              },
              (error: unknown) => {
                reading = undefined;
                return failed(error);
              },
            );
            reading = answer.catch(() => {});
            return answer;
          }
          const taken = take(read);
          if (taken) return Promise.resolve(taken);
        }
      }

      return {
        next,
        return: () => {
          if (!finished) stopped();
          return Promise.resolve(done());
        },
      };
    },
  };
}

/** The pages themselves, as an async iterable of the non-empty ones (see fromPages). */
export function asPages<T>(
  nextPage: () => readonly T[] | null | Promise<readonly T[] | null>,
  stopped: () => void = () => {},
): AsyncIterable<readonly T[]> {
  return {
    async *[Symbol.asyncIterator]() {
      let finished = false;
      try {
        for (;;) {
          const page = await nextPage();
          if (page === null) break;
          if (page.length > 0) yield page;
        }
        finished = true;
      } finally {
        if (!finished) stopped();
      }
    },
  };
}

/** Events batched into pages, for adapters whose reads come one event at a time. */
export async function* inPages<T>(events: AsyncIterable<T>, size = 500): AsyncGenerator<T[]> {
  let page: T[] = [];
  for await (const event of events) {
    page.push(event);
    if (page.length >= size) {
      yield page;
      page = [];
    }
  }
  if (page.length > 0) yield page;
}
