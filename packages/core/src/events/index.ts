export * from './activity-event.ts';
export { parseEventLine, type ParsedEventLine } from './parse-event-line.ts';
