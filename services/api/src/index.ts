export * from './app';
export * from './logger';
export * from './api-keys';
export { createTrackerYoga, CSRF_HEADERS } from './yoga';
