export * from './app';
export * from './config';
export * from './logger';
export * from './api-keys';
export { createTrackerYoga, CSRF_HEADERS } from './yoga';
export { openStore } from './store';
