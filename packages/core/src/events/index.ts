export * from './activity-event.ts';
