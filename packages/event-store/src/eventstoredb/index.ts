export { openEventStoreDbStore, type EventStoreDbOptions } from './store';
export { MalformedStoredEvent } from './conversions';
