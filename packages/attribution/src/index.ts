export * from './codes/index.ts';
export * from './documents/index.ts';
export * from './marking/index.ts';
export * from './tracing/index.ts';
export * from './store/index.ts';
export * from './workflows/index.ts';
export * from './attacks/index.ts';
export * from './samples/index.ts';
