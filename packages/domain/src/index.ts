export * from './kernel/index';
export * from './board/board';
export * from './priority/priority';
export * from './events';
export * from './commands';
