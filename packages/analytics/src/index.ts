export { buildUserDays } from './features/build-user-days.ts';
export { BEHAVIOR_FEATURES, CONTEXT_FEATURES } from './features/feature-catalog.ts';
export { scoreUserDays, scoreMatrix, type UserDayScore } from './scoring/score-user-days.ts';
export { loadUserDayMatrix } from './scoring/user-day-matrix.ts';
export { topAlerts, type Alert } from './scoring/top-alerts.ts';
export {
  alertKey,
  describeLead,
  LEAD_PREFIX,
  leadsForAlerts,
  type AlertLead,
} from './scoring/alert-leads.ts';
export { readAnswerKey, type Incident } from './evaluation/answer-key.ts';
export { evaluateDetection, type DetectionReport } from './evaluation/evaluate-detection.ts';
export { rocAuc, averagePercentileRank, dailyBudget } from './evaluation/metrics.ts';
export { IsolationForest } from './models/isolation-forest.ts';
export { categorizeHost, hostOf } from './web/web-categories.ts';
export { QUIET_DAY_CEILING } from './scoring/score-user-days.ts';
