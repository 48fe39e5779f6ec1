import { describeEventStoreConformance } from './conformance';
import { createMemoryEventStore } from './memory';

describeEventStoreConformance('memory', async () => ({ store: createMemoryEventStore() }));
