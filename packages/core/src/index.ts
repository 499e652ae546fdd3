export * from './errors/index.ts';
export * from './events/index.ts';
export * from './time/index.ts';
export * from './web/index.ts';
