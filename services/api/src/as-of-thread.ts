import type { Worker } from 'node:worker_threads';
import type { TrackerConfig } from '@tracker/composition';
import { startModuleWorker } from '@tracker/event-store';
import type { ReplayLimit } from '@tracker/projection-runner';
import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import type { Principal } from './api-keys';
import { apiError } from './errors';
import type { AsOfOutcome } from './metrics';

/**
 * Operations about the past (as-of.ts) answered on a thread of their own. Each one builds
 * read models from a snapshot and up to tens of thousands of events, and drops them when it
 * has answered: on the main thread that stalled every command and page for as long (half a
 * second at a million events), and its garbage made V8 grow the server's heap to 1.3-2 GiB
 * under mixed load. On this thread the main thread goes on meanwhile, and the heap that
 * garbage lands in is capped (TRACKER_AS_OF_HEAP_MB): an operation that needs more is refused
 * with RESOURCE_LIMIT, and the thread is started again for the next one.
 *
 * The thread opens the store and the snapshot file itself (as-of-worker.ts) and answers one
 * operation at a time, in the order asked; the main thread has already parsed, validated,
 * authorised and checked it (as-of.ts), so the thread only executes it.
 */

/** What the thread opens: the same store and snapshot file as the server. */
export type AsOfThreadConfig = Pick<
  TrackerConfig,
  'dbFile' | 'snapshotsFile' | 'eventStoreConnectionString'
>;

export interface AsOfRequest {
  /** The operation's document, printed. */
  query: string;
  operationName?: string | null;
  /** Coerced by the main thread: the thread takes them as they are. */
  variables: Record<string, unknown>;
  principal: Principal;
  limit: ReplayLimit;
}

/** An error as it crosses to the main thread; `fault` when it is not a refusal (masked there). */
export interface WireError extends GraphQLFormattedError {
  fault?: { name: string; message: string; stack?: string };
}

/**
 * The thread's heap as it reports it after each operation (Node 20 cannot read a worker's heap
 * from outside; worker.getHeapStatistics() is Node 22.16's), bytes.
 */
export interface ThreadHeap {
  used: number;
  total: number;
}

export type FromAsOfThread =
  | { kind: 'ready'; heap: ThreadHeap }
  | {
      kind: 'answer';
      id: number;
      data?: Record<string, unknown> | null;
      errors?: WireError[];
      /** Batched lookups by read model (the request's count, as on the main thread). */
      batches: Record<string, number>;
      heap: ThreadHeap;
    }
  | { kind: 'failed'; id: number; fault: NonNullable<WireError['fault']>; heap: ThreadHeap };

export type ToAsOfThread = ({ kind: 'answer'; id: number } & AsOfRequest) | { kind: 'close' };

export interface AsOfAnswer {
  result: ExecutionResult;
  batches: Record<string, number>;
}

export interface AsOfThread {
  answer(request: AsOfRequest): Promise<AsOfAnswer>;
  /** Operations waiting for the thread (not counting the one it is answering). */
  readonly waiting: number;
  /** The running thread's heap after its last operation; none while no thread runs. */
  readonly heap: ThreadHeap | undefined;
  close(): Promise<void>;
}

/** An error from the thread, made again so yoga masks, codes and formats it as its own. */
function rebuilt(error: WireError): GraphQLError {
  const { message, path, extensions, locations, fault } = error;
  const again = new GraphQLError(message, {
    path,
    extensions,
    originalError: fault && Object.assign(new Error(fault.message), fault),
  });
  if (locations) Object.assign(again, { locations });
  return again;
}

const resourceLimit = (heapMb: number) =>
  apiError(
    'RESOURCE_LIMIT',
    `answering this operation about the past needed more than the ${heapMb} MiB it may use (TRACKER_AS_OF_HEAP_MB); ask for fewer fields or smaller pages, or ask the operator to raise it`,
    { limitMb: heapMb },
  );

interface Pending {
  id: number;
  request: AsOfRequest;
  resolve(answer: AsOfAnswer): void;
  reject(error: unknown): void;
}

export interface AsOfThreadOptions {
  /** The thread's heap cap (MiB). */
  heapMb: number;
  /** Told how each operation ended (metrics). */
  onOutcome?: (outcome: AsOfOutcome) => void;
}

export function startAsOfThread(
  config: AsOfThreadConfig,
  { heapMb, onOutcome }: AsOfThreadOptions,
): AsOfThread {
  const queue: Pending[] = [];
  let worker: Worker | undefined;
  let ready = false;
  let current: Pending | undefined;
  let nextId = 0;
  let closing: Promise<void> | undefined;
  let heap: ThreadHeap | undefined;

  function start(): Worker {
    const started = startModuleWorker('./as-of-worker', import.meta.url, config, {
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
    });
    if (!started) throw new Error('the as-of thread cannot be started: tsx is not installed');
    ready = false;
    started.on('message', (message: FromAsOfThread) => {
      if (worker === started) heap = message.heap;
      if (message.kind === 'ready') {
        ready = true;
        next();
        return;
      }
      const done = current;
      if (!done || done.id !== message.id) return;
      current = undefined;
      onOutcome?.(message.kind === 'failed' ? 'fault' : 'answered');
      if (message.kind === 'failed') {
        done.reject(Object.assign(new Error(message.fault.message), message.fault));
      } else {
        const result: ExecutionResult = {
          ...(message.data !== undefined && { data: message.data }),
          ...(message.errors && { errors: message.errors.map(rebuilt) }),
        };
        done.resolve({ result, batches: message.batches });
      }
      next();
    });
    // Past its heap cap (or on any fault of its own) the thread stops: the operation it was
    // answering is told why, and the next one starts a new thread.
    started.on('error', (error: Error & { code?: string }) => {
      const failed = current;
      current = undefined;
      if (!failed) return;
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      onOutcome?.(outOfMemory ? 'resource_limit' : 'fault');
      failed.reject(outOfMemory ? resourceLimit(heapMb) : error);
    });
    started.on('exit', () => {
      if (worker === started) [worker, heap] = [undefined, undefined];
      ready = false;
      const failed = current;
      current = undefined;
      if (failed) {
        onOutcome?.('fault');
        failed.reject(new Error('the as-of thread stopped while answering'));
      }
      if (!closing) next();
    });
    return started;
  }

  function next() {
    if (current || closing || queue.length === 0) {
      // Held only while it has work: an idle thread never keeps the process alive.
      if (!current) worker?.unref();
      return;
    }
    worker ??= start();
    worker.ref();
    if (!ready) return;
    current = queue.shift()!;
    worker.postMessage({ kind: 'answer', id: current.id, ...current.request } as ToAsOfThread);
  }

  return {
    get waiting() {
      return queue.length;
    },
    get heap() {
      return heap;
    },
    answer(request) {
      if (closing) return Promise.reject(new Error('the server is closing'));
      return new Promise<AsOfAnswer>((resolve, reject) => {
        queue.push({ id: ++nextId, request, resolve, reject });
        next();
      });
    },
    close() {
      closing ??= (async () => {
        for (const waiting of queue.splice(0)) waiting.reject(new Error('the server is closing'));
        const stopping = worker;
        if (!stopping) return;
        const exited = new Promise<void>((resolve) => stopping.once('exit', () => resolve()));
        stopping.postMessage({ kind: 'close' } satisfies ToAsOfThread);
        const timer = setTimeout(() => void stopping.terminate(), 5_000);
        await exited;
        clearTimeout(timer);
      })();
      return closing;
    },
  };
}
