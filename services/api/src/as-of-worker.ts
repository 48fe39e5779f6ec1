import v8 from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '@tracker/composition';
import { openSqliteSnapshotStore } from '@tracker/projection-runner';
import { execute, GraphQLError, parse } from 'graphql';
import { readModelsAsOf } from './as-of';
import type {
  AsOfThreadConfig,
  FromAsOfThread,
  ThreadHeap,
  ToAsOfThread,
  WireError,
} from './as-of-thread';
import type { GraphQLContext } from './context';
import { createHistoryLoader } from './history';
import { buildSchema } from './schema';

/**
 * The as-of thread (as-of-thread.ts says why it exists): it opens the server's store and
 * snapshot file for reading and executes the operations the main thread sends, one at a time.
 */

const port = parentPort!;
const config = workerData as AsOfThreadConfig;
const heap = (): ThreadHeap => {
  const { used_heap_size: used, total_heap_size: total } = v8.getHeapStatistics();
  return { used, total };
};
/** Every message says what the thread's heap holds as it is sent (the gauge in metrics.ts). */
const send = (message: DistributiveOmit<FromAsOfThread, 'heap'>) =>
  port.postMessage({ ...message, heap: heap() });
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

const faultOf = (error: unknown): NonNullable<WireError['fault']> => {
  const e = error instanceof Error ? error : new Error(String(error));
  return { name: e.name, message: e.message, ...(e.stack && { stack: e.stack }) };
};

/** A refusal crosses as it is formatted; anything else as a fault, for the main thread to mask. */
function wired(error: GraphQLError): WireError {
  const { originalError } = error;
  return {
    ...error.toJSON(),
    ...(originalError &&
      !(originalError instanceof GraphQLError) && { fault: faultOf(originalError) }),
  };
}

const opened = await openStore(config);
const services = {
  store: opened.store,
  snapshots: openSqliteSnapshotStore(config.snapshotsFile),
  ...(opened.verify && { verify: opened.verify }),
};
const schema = buildSchema();

async function answer(
  request: Extract<ToAsOfThread, { kind: 'answer' }>,
): Promise<DistributiveOmit<FromAsOfThread, 'heap'>> {
  const readModels = await readModelsAsOf(services, request.limit);
  const contextValue: GraphQLContext = {
    principal: request.principal,
    badKey: false,
    services,
    readModels,
    history: createHistoryLoader(services.store, readModels.batches),
    execute: () => Promise.reject(new Error('unreachable: the as-of thread answers queries only')),
  };
  const result = await execute({
    schema,
    document: parse(request.query),
    operationName: request.operationName,
    variableValues: request.variables,
    contextValue,
  });
  return {
    kind: 'answer',
    id: request.id,
    ...(result.data !== undefined && { data: result.data as Record<string, unknown> | null }),
    ...(result.errors && { errors: result.errors.map(wired) }),
    batches: readModels.batches,
  };
}

let work = Promise.resolve();
port.on('message', (message: ToAsOfThread) => {
  work = work.then(async () => {
    if (message.kind === 'close') {
      services.snapshots.close();
      await services.store.close();
      process.exit(0);
    }
    send(
      await answer(message).catch(
        (error) => ({ kind: 'failed', id: message.id, fault: faultOf(error) }) as const,
      ),
    );
  });
});
send({ kind: 'ready' });
