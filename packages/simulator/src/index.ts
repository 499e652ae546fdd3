export {
  simulateOrganization,
  type SimulationProgress,
  type SimulationSummary,
} from './simulate-organization.ts';
export { maxInsiders, type SimulationOptions } from './simulation-options.ts';
export { RELEASES, LOG_HEADERS, type Release } from './events/release.ts';
export type { AnswerKeyEntry } from './output/answer-key.ts';
