/**
 * What every face of the tracker (the API server, the CLI, the bench) composes itself from:
 * the configuration read from the environment, and the event store it names. Here rather than
 * in the API so that the CLI opens the same store the same way without importing the server.
 */
export * from './config';
export { openStore } from './store';
