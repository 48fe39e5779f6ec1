/**
 * The conformance suite against a real EventStoreDB / KurrentDB, when
 * EVENTSTORE_CONNECTION_STRING names one (e.g. `kurrentdb://localhost:2113?tls=false` after
 * `docker compose up eventstoredb`). Each store the suite opens gets a namespace of its own,
 * so every test starts from an empty store on a shared server. Without a server the suite is
 * reported as skipped, and says so; the adapter's server-free tests live in ./eventstoredb/.
 */
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { describeEventStoreConformance } from './conformance';
import { openEventStoreDbStore } from './eventstoredb';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

if (connectionString) {
  describeEventStoreConformance('eventstoredb', async () => {
    const store = openEventStoreDbStore(connectionString, {
      namespace: `conformance-${randomUUID()}:`,
    });
    return { store, dispose: () => store.close() };
  });
} else {
  const reason =
    'EventStoreDB conformance SKIPPED: set EVENTSTORE_CONNECTION_STRING (docker compose up eventstoredb) to run it';
  console.log(reason);
  describe('eventstoredb conformance', () => {
    it.skip(reason, () => undefined);
  });
}
