import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { createPageQueries, isTooBig } from './event-pages';
import { AHEAD, type AheadRequest, type FromReadAhead, type ToReadAhead } from './read-ahead';

/**
 * The read-ahead thread itself (see read-ahead.ts): its own read-only connection, and for
 * each read it is given, pages of $all as documents, at most AHEAD beyond what the reader
 * has taken; one page of each read in turn, so several reads share the thread.
 */

const { file } = workerData as { file: string };
const port = parentPort!;
const send = (message: FromReadAhead) => port.postMessage(message);

interface Read extends AheadRequest {
  credits: number;
}

let db: Database.Database | undefined;
try {
  // No memory map: a long sequential read gains little from one (the thread is not what a
  // rebuild waits for), and every page it maps would count in the process's resident memory.
  db = new Database(file, { readonly: true, fileMustExist: true });
} catch (error) {
  db?.close();
  db = undefined;
  send({ kind: 'unavailable', message: (error as Error).message });
}

if (db) {
  const connection = db;
  const queries = createPageQueries(connection);
  const reads = new Map<number, Read>();
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    // A turn of the event loop between rounds, so credits and cancellations come in.
    setImmediate(pump);
  };

  function readOne(id: number, read: Read) {
    const size = Math.min(read.pageSize, read.remaining);
    try {
      const document = queries(read.filter).document(read.from, read.to, size);
      const [, count, last] = document;
      const end = count < size || count === read.remaining || last === null;
      send({ kind: 'page', id, from: read.from, document, end });
      read.credits--;
      if (end) reads.delete(id);
      else {
        read.from = last + 1;
        read.remaining -= count;
      }
    } catch (error) {
      reads.delete(id);
      if (isTooBig(error)) send({ kind: 'takeOver', id, from: read.from });
      else {
        const { message, code } = error as Error & { code?: string };
        send({ kind: 'failed', id, message, code });
      }
    }
  }

  function pump() {
    scheduled = false;
    for (const [id, read] of reads) if (read.credits > 0) readOne(id, read);
    for (const read of reads.values()) if (read.credits > 0) return schedule();
  }

  port.on('message', (message: ToReadAhead) => {
    switch (message.kind) {
      case 'read': {
        const { id, from, to, remaining, filter, pageSize } = message;
        reads.set(id, { from, to, remaining, filter, pageSize, credits: AHEAD });
        break;
      }
      case 'more': {
        const read = reads.get(message.id);
        if (read) read.credits++;
        break;
      }
      case 'cancel':
        reads.delete(message.id);
        break;
      case 'close':
        reads.clear(); // a round already scheduled then finds nothing to read
        connection.close();
        port.close();
        return;
    }
    schedule();
  });
  send({ kind: 'ready' });
}
