export * from './decider';
export * from './errors';
export * from './ids';
export * from './schemas';
export * from './validation';
export * from './execute';
