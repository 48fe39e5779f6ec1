import {
  fromWireError,
  fromWireOutcome,
  type FromCommitThread,
  type ToCommitThread,
} from './commit-thread-wire';
import { startModuleWorker } from './module-worker';
import type { AppendRequest, Outcome } from './write';

/**
 * A second thread that commits batches of appends, so that under load the main thread goes
 * on loading streams and deciding the next commands while a batch is written and fsynced
 * (two cores do two things). It has its own connection to the file, with the same settings
 * (synchronous=FULL: a batch is acknowledged only once durable, and visible only then).
 *
 * Started in the background the first time appends queue up; until it is ready, and if it
 * cannot start (no TypeScript loader for its module, a file it cannot open), commits stay on
 * the main thread. The main thread never commits while a batch is with this thread, so the
 * two connections never wait on each other's lock.
 */

export interface CommitThread {
  /** True once the thread has opened the file and can take batches. */
  readonly ready: boolean;
  /** Resolves true once it is ready, false if it could not start or has stopped. */
  readonly whenReady: Promise<boolean>;
  commit(batch: readonly AppendRequest[]): Promise<Outcome[]>;
  close(): Promise<void>;
}

export function startCommitThread(file: string, busyTimeoutMs: number): CommitThread | undefined {
  const worker = startModuleWorker('./commit-thread-worker', import.meta.url, {
    file,
    busyTimeoutMs,
  });
  if (!worker) return undefined;
  let ready = false;
  let stopped = false;
  let settleReady: (ready: boolean) => void = () => undefined;
  const whenReady = new Promise<boolean>((resolve) => (settleReady = resolve));
  let nextId = 0;
  const pending = new Map<number, { resolve(o: Outcome[]): void; reject(e: unknown): void }>();

  function stop(error: Error) {
    ready = false;
    stopped = true;
    settleReady(false);
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  }

  worker.on('message', (message: FromCommitThread) => {
    switch (message.kind) {
      case 'ready':
        ready = !stopped;
        settleReady(ready);
        return;
      case 'unavailable':
        stop(fromWireError(message.error));
        return;
      case 'done':
      case 'failed': {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if (pending.size === 0) worker.unref();
        if (message.kind === 'done') waiting?.resolve(message.outcomes.map(fromWireOutcome));
        else waiting?.reject(fromWireError(message.error));
        return;
      }
    }
  });
  worker.on('error', (error) => stop(error));
  worker.on('exit', () => stop(new Error('the commit thread stopped')));

  return {
    get ready() {
      return ready;
    },
    whenReady,
    commit(batch) {
      if (!ready) return Promise.reject(new Error('the commit thread is not running'));
      const id = nextId++;
      worker.ref();
      worker.postMessage({ kind: 'batch', id, batch: [...batch] } satisfies ToCommitThread);
      return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
    },
    async close() {
      if (stopped) return;
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.ref();
      if (ready) worker.postMessage({ kind: 'close' } satisfies ToCommitThread);
      else await worker.terminate();
      stopped = true;
      ready = false;
      settleReady(false);
      await exited;
    },
  };
}
