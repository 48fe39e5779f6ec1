import type { Worker } from 'node:worker_threads';
import type { EventFilter } from '../port';
import type { PageDocument } from './event-pages';
import { startModuleWorker } from './module-worker';

/**
 * A thread that reads long runs of $all ahead of the reader. Reading a page (the query, and
 * SQLite building its JSON document) costs about as much as parsing it; on this thread it
 * happens while the main thread parses and applies the page before. A rebuild of every read
 * model over a million events then spends on the main thread only the parsing and the
 * handlers.
 *
 * Only long reads come here (reads.ts hands one over once it has read a few pages itself),
 * so short reads never wait for the thread to start. The thread has its own read-only
 * connection; each page is its own read transaction, as on the main thread. It keeps
 * AHEAD pages ready per read and no more, so a slow reader never piles pages up in memory.
 * If it cannot start, reads stay on the main thread.
 */

export interface AheadRequest {
  from: number;
  to: number;
  /** Most events still to read. */
  remaining: number;
  filter?: EventFilter;
  pageSize: number;
}

/** A page read on the thread, or where the main thread must take over (a page too long). */
export type AheadPage =
  | { kind: 'page'; from: number; document: PageDocument; end: boolean }
  | { kind: 'takeOver'; from: number };

export type ToReadAhead =
  | ({ kind: 'read'; id: number } & AheadRequest)
  | { kind: 'more' | 'cancel'; id: number }
  | { kind: 'close' };

export type FromReadAhead =
  | { kind: 'ready' }
  | { kind: 'unavailable'; message: string }
  | ({ id: number } & AheadPage)
  | { kind: 'failed'; id: number; message: string; code?: string };

/** Pages kept ready for each read. */
export const AHEAD = 4;

export interface PageStream {
  next(): Promise<AheadPage>;
  /** The reader stopped early: the thread drops the read. */
  cancel(): void;
}

export interface ReadAhead {
  /** The read, on the thread; undefined while the thread starts, or if it cannot. */
  open(request: AheadRequest): PageStream | undefined;
  /** True while the thread is starting: it says it is ready by a message, see reads.ts. */
  readonly starting: boolean;
  /** Starts the thread if need be; true once it takes reads, false if it cannot. */
  ready(): Promise<boolean>;
  close(): Promise<void>;
}

interface Read {
  arrived: (AheadPage | Error)[];
  waiting?: { resolve(page: AheadPage): void; reject(error: Error): void };
}

export function createReadAhead(file: string): ReadAhead {
  let worker: Worker | undefined;
  let state: 'idle' | 'starting' | 'ready' | 'stopped' = 'idle';
  let nextId = 0;
  const reads = new Map<number, Read>();
  let settleReady: (ready: boolean) => void = () => {};
  const whenReady = new Promise<boolean>((resolve) => (settleReady = resolve));

  const send = (message: ToReadAhead) => worker!.postMessage(message);
  const ref = () => (reads.size > 0 ? worker?.ref() : worker?.unref());

  function deliver(id: number, item: AheadPage | Error) {
    const read = reads.get(id);
    if (!read) return;
    if ((item instanceof Error || item.kind === 'takeOver' || item.end) && reads.delete(id)) ref();
    if (read.waiting) {
      const { resolve, reject } = read.waiting;
      read.waiting = undefined;
      if (item instanceof Error) reject(item);
      else resolve(item);
    } else read.arrived.push(item);
  }

  function stop(reason: Error) {
    state = 'stopped';
    settleReady(false);
    for (const id of [...reads.keys()]) deliver(id, reason);
  }

  function start() {
    state = 'starting';
    worker = startModuleWorker('./read-ahead-worker', import.meta.url, { file });
    if (!worker) {
      state = 'stopped';
      settleReady(false);
      return;
    }
    worker.on('message', (message: FromReadAhead) => {
      switch (message.kind) {
        case 'ready':
          if (state !== 'starting') return;
          state = 'ready';
          settleReady(true);
          return;
        case 'unavailable':
          stop(new Error(message.message));
          return;
        case 'failed':
          deliver(message.id, Object.assign(new Error(message.message), { code: message.code }));
          return;
        default:
          deliver(message.id, message);
      }
    });
    worker.on('error', (error) => stop(error));
    worker.on('exit', () => stop(new Error(`the read-ahead thread of ${file} stopped`)));
  }

  return {
    get starting() {
      return state === 'starting';
    },
    ready() {
      if (state === 'idle') start();
      return whenReady;
    },
    open(request) {
      if (state === 'idle') start();
      if (state !== 'ready') return undefined;
      const id = nextId++;
      const read: Read = { arrived: [] };
      reads.set(id, read);
      ref();
      send({ kind: 'read', id, ...request });
      return {
        next() {
          const item = read.arrived.shift();
          if (item instanceof Error) return Promise.reject(item);
          if (item) {
            if (reads.has(id)) send({ kind: 'more', id });
            return Promise.resolve(item);
          }
          return new Promise<AheadPage>((resolve, reject) => {
            read.waiting = {
              resolve: (page) => {
                if (reads.has(id)) send({ kind: 'more', id });
                resolve(page);
              },
              reject,
            };
          });
        },
        cancel() {
          if (!reads.delete(id)) return;
          ref();
          if (state === 'ready') send({ kind: 'cancel', id });
        },
      };
    },
    async close() {
      const running = worker;
      if (!running || state === 'stopped') return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.ref();
      if (state === 'ready') send({ kind: 'close' });
      else await running.terminate();
      stop(new Error(`the event store ${file} is closed`));
      await exited;
    },
  };
}
