import { describeEventStoreConformance, testEvent } from './conformance';
import { createMemoryEventStore } from './memory';

// One store for the whole suite, already holding other streams' events, as a shared
// EventStoreDB would: each test must keep to its own streams.
const shared = createMemoryEventStore();
await shared.append('other-stream', [testEvent('Unrelated'), testEvent('Unrelated')]);

describeEventStoreConformance('memory', async () => ({
  store: shared,
  dispose: async () => undefined,
}));
