export * from './port';
export * from './eventstoredb';
export * from './memory';
