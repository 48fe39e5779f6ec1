export * from './plan';
export * from './run';
export { llrPapers } from './data';
