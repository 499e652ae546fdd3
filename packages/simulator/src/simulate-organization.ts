import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { LOG_KINDS, type LogKind } from '@vigil/core';
import { SimCalendar } from './calendar/sim-calendar.ts';
import { Prng } from './random/prng.ts';
import { DayLog } from './events/day-log.ts';
import type { Release } from './events/release.ts';
import { buildOrganization } from './organization/build-organization.ts';
import type { Employee } from './organization/types.ts';
import { PersonnelRegister } from './population/personnel-register.ts';
import { castLookalikes, layOff } from './population/cast-lookalikes.ts';
import { castInsiders } from './scenarios/cast-insiders.ts';
import { benignDay } from './behaviour/benign-day.ts';
import type { DayContext, Session } from './behaviour/day-context.ts';
import { LogFiles } from './output/log-files.ts';
import { writeAnswerKey, type AnswerKeyEntry } from './output/answer-key.ts';
import {
  writeDocuments,
  writeLdap,
  writePersonnel,
  writePsychometric,
} from './output/context-files.ts';
import { resolveOptions, type SimulationOptions } from './simulation-options.ts';

export interface SimulationProgress {
  phase: string;
  done: number;
  total?: number;
  unit?: string;
}

export interface SimulationSummary {
  /** Answer-key dataset name, e.g. `sim-r6.2`. */
  dataset: string;
  release: Release;
  users: number;
  days: number;
  seed: number;
  start: string;
  out: string;
  events: Record<LogKind, number>;
  /** Bytes of the five activity logs, per log and in total. */
  logBytes: Record<LogKind, number>;
  bytes: number;
  ldapMonths: number;
  insiders: AnswerKeyEntry[];
  /** Insiders requested but absent from the answer key, and why. */
  omitted: { scenario: number; user?: string; reason: string }[];
}

/**
 * Generates a synthetic organization's CERT-format activity logs, its context files and the
 * answer key into `options.out`. Days are generated one at a time and streamed to disk, so memory
 * does not grow with the length of the run.
 */
export async function simulateOrganization(
  options: SimulationOptions,
  onProgress?: (event: SimulationProgress) => void,
): Promise<SimulationSummary> {
  const o = resolveOptions(options);
  const out = path.resolve(o.out);
  await mkdir(out, { recursive: true });
  await removePreviousRun(out);
  const dataset = `sim-${o.release}`;
  const calendar = new SimCalendar(o.start, o.days);

  onProgress?.({ phase: 'organization', done: 0 });
  const org = buildOrganization(Prng.derive(o.seed, 'organization'), o.users, calendar);
  const register = new PersonnelRegister();
  const casting = castInsiders(
    Prng.derive(o.seed, 'insiders'),
    org,
    calendar,
    o.release,
    register,
    o.insiders,
  );
  const protectedPeople = new Set<Employee>(casting.reserved);
  castLookalikes(Prng.derive(o.seed, 'lookalikes'), org, calendar, register, protectedPeople);
  layoffElsewhere(Prng.derive(o.seed, 'layoffs'), org.employees, calendar, protectedPeople);

  const files = new LogFiles(out, o.release, o.seed, calendar);
  const log = new DayLog(o.release);
  const sessions = new Map<Employee, Session | undefined>();
  try {
    for (let d = 0; d < calendar.length; d++) {
      const staff = org.employees.filter((e) => d < e.leaveDay);
      const ctx: DayContext = {
        org,
        calendar,
        release: o.release,
        day: calendar.day(d),
        log,
        staff,
      };
      sessions.clear();
      for (const person of staff) {
        sessions.set(
          person,
          benignDay(ctx, Prng.derive(o.seed, `day:${d}:user:${person.index}`), person),
        );
      }
      for (const plan of casting.plans) {
        const acts = plan.schedule.get(d);
        if (!acts) continue;
        const insider = plan.incident.insider;
        const rng = Prng.derive(
          o.seed,
          `incident:${plan.incident.scenario}:${insider.id}:day:${d}`,
        );
        for (const act of acts) act(ctx, rng, sessions.get(insider));
      }
      await files.writeDay(d, log);
      log.clear();
      // Yield to the event loop once a day: awaits that resolve at once never do, and without
      // this the streams' write completions (which start their next queued write and hand the
      // day's buffer back for reuse) would wait until a 'drain', serialising CPU and disk.
      await new Promise<void>((resolve) => setImmediate(resolve));
      onProgress?.({ phase: 'simulate', done: d + 1, total: calendar.length, unit: 'days' });
    }
  } finally {
    await files.close();
  }

  const ldapMonths = await writeLdap(out, org, calendar, o.release);
  await writePsychometric(out, org);
  await writeDocuments(out, org);
  await writePersonnel(out, register, calendar);
  const key = await writeAnswerKey(
    out,
    dataset,
    o.release,
    casting.plans.map((p) => p.incident),
  );

  const logBytes = files.bytes();
  const omitted: SimulationSummary['omitted'] = [
    ...casting.uncast,
    ...key.empty.map((i) => ({
      scenario: i.scenario,
      user: i.insider.id,
      reason: `no malicious event of this scenario can be expressed in the ${o.release} layout`,
    })),
  ];
  return {
    dataset,
    release: o.release,
    users: o.users,
    days: o.days,
    seed: o.seed,
    start: o.startText,
    out,
    events: { ...files.counts },
    logBytes,
    bytes: LOG_KINDS.reduce((sum, k) => sum + logBytes[k], 0),
    ldapMonths,
    insiders: key.entries,
    omitted,
  };
}

/**
 * Rerunning into the same directory must not leave a previous run's LDAP months or incident
 * files behind: they would silently join this dataset. Only the simulator's own outputs go.
 */
async function removePreviousRun(out: string): Promise<void> {
  await rm(path.join(out, 'answers'), { recursive: true, force: true });
  const ldap = path.join(out, 'LDAP');
  const months = await readdir(ldap).catch(() => [] as string[]);
  for (const name of months)
    if (/^\d{4}-\d{2}\.csv$/.test(name)) await rm(path.join(ldap, name), { force: true });
}

/**
 * A benign layoff in another department (from 150 users up), so that "colleagues vanished from
 * LDAP" is not by itself the signature of scenario 5.
 */
function layoffElsewhere(
  rng: Prng,
  employees: Employee[],
  calendar: SimCalendar,
  protectedPeople: Set<Employee>,
): void {
  if (employees.length < 150 || calendar.length < 20) return;
  const departments = [...new Set(employees.map((e) => e.department))].filter(
    (d) =>
      !d.template.it &&
      d.members.length >= 8 &&
      !d.members.some((m) => m.leaveDay !== Number.POSITIVE_INFINITY && protectedPeople.has(m)),
  );
  if (departments.length === 0) return;
  const dept = rng.pick(departments);
  layOff(
    rng,
    dept.members,
    calendar.nextWorkday(
      rng.int(Math.floor(calendar.length * 0.2), Math.floor(calendar.length * 0.8)),
    ),
    protectedPeople,
  );
}
