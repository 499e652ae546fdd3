import type { Prng } from '../random/prng.ts';
import type { SimCalendar } from '../calendar/sim-calendar.ts';
import type { Release } from '../events/release.ts';
import type { Employee, Organization } from '../organization/types.ts';
import type { PersonnelRegister } from '../population/personnel-register.ts';
import { SCENARIOS, type InsiderPlan } from './index.ts';

export interface InsiderCasting {
  plans: InsiderPlan[];
  /** Insiders plus the people their plans depend on (victims' supervisors, laid-off staff). */
  reserved: Set<Employee>;
  /** Scenarios that could not be cast in this organization, with the reason. */
  uncast: { scenario: number; reason: string }[];
}

/** Casts `count` insiders, cycling through scenarios 1–8. */
export function castInsiders(
  rng: Prng,
  org: Organization,
  calendar: SimCalendar,
  release: Release,
  register: PersonnelRegister,
  count: number,
): InsiderCasting {
  const reserved = new Set<Employee>();
  const plans: InsiderPlan[] = [];
  const uncast: InsiderCasting['uncast'] = [];
  for (let i = 0; i < count; i++) {
    const scenario = SCENARIOS[i % SCENARIOS.length];
    if (!scenario) continue;
    const plan = scenario.plan({
      rng,
      org,
      calendar,
      release,
      register,
      available: org.employees,
      reserved,
    });
    if (!plan) {
      uncast.push({
        scenario: scenario.number,
        reason: 'no employee fits the scenario in this organization',
      });
      continue;
    }
    reserved.add(plan.incident.insider);
    plans.push(plan);
  }
  return { plans, reserved, uncast };
}
