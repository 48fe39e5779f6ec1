export * from './export';
export * from './progress';
