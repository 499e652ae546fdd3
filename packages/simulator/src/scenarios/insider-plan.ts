import type { Prng } from '../random/prng.ts';
import type { SimCalendar } from '../calendar/sim-calendar.ts';
import type { Release } from '../events/release.ts';
import { Incident } from '../events/incident.ts';
import type { Employee, Organization, OrgDocument } from '../organization/types.ts';
import type { PersonnelRegister } from '../population/personnel-register.ts';
import { hasNeedToKnow } from '../organization/document-catalogue.ts';
import type { DayContext, Session } from '../behaviour/day-context.ts';

/** Something an insider does on a given day, after their ordinary day was generated. */
export type DayAct = (ctx: DayContext, rng: Prng, session: Session | undefined) => void;

export interface InsiderPlan {
  incident: Incident;
  /** Day index → acts that day. */
  schedule: Map<number, DayAct[]>;
}

/** What a scenario may use to cast its insider and plan the incident. */
export interface ScenarioSetup {
  rng: Prng;
  org: Organization;
  calendar: SimCalendar;
  release: Release;
  register: PersonnelRegister;
  /** People not yet cast as insiders (and not the supervisor of an admin insider). */
  available: Employee[];
  /** People whose employment and habits must not be changed by later casting (insiders, victims). */
  reserved: Set<Employee>;
}

export interface Scenario {
  number: number;
  label: string;
  plan(setup: ScenarioSetup): InsiderPlan | undefined;
}

export function newPlan(scenario: number, insider: Employee, label: string): InsiderPlan {
  return { incident: new Incident(scenario, insider, label), schedule: new Map() };
}

export function schedule(plan: InsiderPlan, day: number, act: DayAct): void {
  const acts = plan.schedule.get(day);
  if (acts) acts.push(act);
  else plan.schedule.set(day, [act]);
}

/** `count` distinct days in [from, to), work days only unless told otherwise, ascending. */
export function pickDays(
  rng: Prng,
  calendar: SimCalendar,
  from: number,
  to: number,
  count: number,
  workdaysOnly = true,
): number[] {
  const lo = Math.max(0, Math.min(from, calendar.length - 1));
  const hi = Math.max(lo + 1, Math.min(to, calendar.length));
  const pool: number[] = [];
  for (let d = lo; d < hi; d++) if (!workdaysOnly || !calendar.day(d).isWeekend) pool.push(d);
  if (pool.length === 0) pool.push(lo);
  return rng.sample(pool, Math.min(count, pool.length)).sort((a, b) => a - b);
}

/** A window of `length` days starting somewhere in [earliest, latest], clipped to the run. */
export function window(
  rng: Prng,
  days: number,
  earliestFrac: number,
  latestFrac: number,
  length: number,
): { start: number; end: number } {
  const span = Math.min(length, Math.max(1, days - 1));
  const lo = Math.floor(days * earliestFrac);
  const hi = Math.max(lo, Math.min(Math.floor(days * latestFrac), days - span));
  const start = rng.int(lo, hi);
  return { start, end: Math.min(days, start + span) };
}

/** Ensures the insider is at work on the act days (vacations moved out of the way). */
export function present(person: Employee, days: readonly number[]): void {
  for (const d of days) {
    person.habits.absences.delete(d);
    person.travelDays.delete(d);
  }
}

/** Candidates, in random order, satisfying `test`. */
export function candidates(setup: ScenarioSetup, test: (e: Employee) => boolean): Employee[] {
  return setup.rng.shuffled(
    setup.available.filter(
      (e) => !setup.reserved.has(e) && e.leaveDay === Number.POSITIVE_INFINITY && test(e),
    ),
  );
}

/** Classified documents the person has no need to know, preferably SECRET and above. */
export function forbiddenDocuments(
  org: Organization,
  person: Employee,
  minimum: 'SECRET' | 'CONFIDENTIAL' = 'SECRET',
): OrgDocument[] {
  const levels =
    minimum === 'SECRET' ? ['SECRET', 'TOP SECRET'] : ['CONFIDENTIAL', 'SECRET', 'TOP SECRET'];
  return org.documents.filter(
    (d) => levels.includes(d.classification) && !hasNeedToKnow(d, person),
  );
}

/** A late-evening (or weekend daytime) session on `pc` whose logon and logoff are part of the incident. */
export function afterHoursSession(
  ctx: DayContext,
  rng: Prng,
  user: string,
  pc: string,
  incident: Incident,
): Session {
  const weekend = ctx.day.isWeekend;
  const start = weekend
    ? rng.int(10 * 3600, 16 * 3600)
    : rng.chance(0.8)
      ? rng.int(19 * 3600 + 1800, 22 * 3600 + 1800)
      : rng.int(4 * 3600, 5 * 3600 + 1800);
  const end = Math.min(86_399, start + rng.int(900, 5400));
  ctx.log.logon(start, user, pc, 'Logon', incident);
  ctx.log.logon(end, user, pc, 'Logoff', incident);
  return { pc, start, end };
}

/** The insider's work session, or a short malicious one if they are not in the office that day. */
export function sessionOrAfterHours(
  ctx: DayContext,
  rng: Prng,
  person: Employee,
  session: Session | undefined,
  incident: Incident,
): Session {
  return session ?? afterHoursSession(ctx, rng, person.id, person.pc, incident);
}

export const randomTimeIn = (rng: Prng, s: Session, margin = 60) =>
  s.start + margin + Math.floor(rng.next() * Math.max(1, s.end - s.start - 2 * margin));
