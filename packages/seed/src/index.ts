export * from './plan';
export * from './run';
export * from './store';
export { llrPapers } from './data';
