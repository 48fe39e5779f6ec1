export * from './kernel/index';
export * from './board/board';
export * from './priority/priority';
export * from './governance';
export * from './delivery';
export * from './funding';
export * from './events';
export * from './commands';
