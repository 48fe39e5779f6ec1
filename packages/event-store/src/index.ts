export * from './port';
export * from './eventstoredb';
