import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import {
  toWireError,
  toWireOutcome,
  type FromCommitThread,
  type ToCommitThread,
} from './commit-thread-wire';
import { configureWriter } from './open';
import { createBatchWriter } from './write';

/**
 * The commit thread itself (see commit-thread.ts): its own connection to the store's file,
 * the same batch writer as the main thread, one batch at a time, in the order they come.
 */

const { file, busyTimeoutMs } = workerData as { file: string; busyTimeoutMs: number };
const port = parentPort!;
const send = (message: FromCommitThread) => port.postMessage(message);

let db: Database.Database | undefined;
try {
  db = new Database(file, { timeout: busyTimeoutMs, fileMustExist: true });
  configureWriter(db);
} catch (error) {
  db?.close();
  db = undefined;
  send({ kind: 'unavailable', error: toWireError(error) });
}

if (db) {
  const connection = db;
  const writer = createBatchWriter(connection);
  port.on('message', (message: ToCommitThread) => {
    if (message.kind === 'close') {
      connection.close();
      port.close();
      return;
    }
    try {
      const outcomes = writer.commit(message.batch);
      send({ kind: 'done', id: message.id, outcomes: outcomes.map(toWireOutcome) });
    } catch (error) {
      send({ kind: 'failed', id: message.id, error: toWireError(error) });
    }
  });
  send({ kind: 'ready' });
}
