import type { Scenario } from './insider-plan.ts';
import { leakSiteUpload } from './scenario-1-leak-site.ts';
import { jobSearchTheft } from './scenario-2-job-search-theft.ts';
import { disgruntledAdmin } from './scenario-3-disgruntled-admin.ts';
import { snooping } from './scenario-4-snooping.ts';
import { layoffCloudUpload } from './scenario-5-layoff-cloud.ts';
import { honeyTrap } from './scenario-6-honey-trap.ts';
import { photographer } from './scenario-7-photographer.ts';
import { relativeLeak } from './scenario-8-relative-leak.ts';

/** Answer-key scenario numbers 1–8, in order. */
export const SCENARIOS: readonly Scenario[] = [
  leakSiteUpload,
  jobSearchTheft,
  disgruntledAdmin,
  snooping,
  layoffCloudUpload,
  honeyTrap,
  photographer,
  relativeLeak,
];

export type { InsiderPlan, Scenario } from './insider-plan.ts';
