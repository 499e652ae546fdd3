export * from './iso-time.ts';
