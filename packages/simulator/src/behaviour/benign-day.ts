import type { Prng } from '../random/prng.ts';
import type { Employee } from '../organization/types.ts';
import { browse } from './web-browsing.ts';
import { exchangeEmail } from './email-traffic.ts';
import { installFromThumbDrive, useThumbDrive, workOnFiles } from './file-activity.ts';
import type { DayContext, Session } from './day-context.ts';

const HOUR = 3600;
const LAST_SECOND = 86_399;

/**
 * One person's ordinary day: when they are at which PC, and what they do there. Returns the main
 * session (undefined when the person is away) so scenarios can act within or around it.
 */
export function benignDay(ctx: DayContext, rng: Prng, person: Employee): Session | undefined {
  const dayIndex = ctx.day.index;
  const h = person.habits;
  if (dayIndex >= person.leaveDay || h.absences.has(dayIndex) || person.travelDays.has(dayIndex))
    return undefined;

  let session: Session;
  if (ctx.day.isWeekend) {
    if (h.weekendRate === 0 || !rng.chance(h.weekendRate)) return undefined;
    const start = Math.round((9 + rng.next() * 5) * HOUR);
    session = {
      pc: person.pc,
      start,
      end: Math.min(LAST_SECOND, start + Math.round((1 + rng.next() * 3) * HOUR)),
    };
  } else {
    const start = Math.max(5 * HOUR, Math.round(h.arrival + rng.normal(0, 900)));
    let end = start + Math.round(h.workLength + rng.normal(0, 1200));
    // Habitual late workers often stay into the evening; people who sometimes work weekends
    // also occasionally stay late. Everyone else keeps office hours (scenario 1 relies on that).
    if (h.lateWorker && rng.chance(0.45))
      end = Math.max(end, Math.round((19.5 + rng.next() * 3.4) * HOUR));
    else if (h.weekendRate > 0 && rng.chance(0.03))
      end = Math.max(end, Math.round((18.5 + rng.next() * 2) * HOUR));
    session = { pc: person.pc, start, end: Math.min(LAST_SECOND, end) };
    if (h.otherPcRate > 0 && rng.chance(h.otherPcRate)) session.pc = borrowedPc(ctx, rng, person);
  }

  logOnAndOff(ctx, rng, person.id, session);
  const share = ctx.day.isWeekend ? 0.3 : 1;
  browse(ctx, rng, person, session, share);
  exchangeEmail(ctx, rng, person, session, share);
  workOnFiles(ctx, rng, person, session, share);
  if (!ctx.day.isWeekend) useThumbDrive(ctx, rng, person, session);
  if (person.isAdmin && !ctx.day.isWeekend) administerMachines(ctx, rng, person, session);
  return session;
}

/** Logon, screen unlocks (logged as logons, locks are not), logoff; some rows missing (dirty data). */
export function logOnAndOff(
  ctx: DayContext,
  rng: Prng,
  user: string,
  s: Session,
  complete = false,
): void {
  if (complete || !rng.chance(0.01)) ctx.log.logon(s.start, user, s.pc, 'Logon');
  const unlocks = rng.poisson((s.end - s.start) / (4 * HOUR));
  for (let i = 0; i < unlocks; i++)
    ctx.log.logon(s.start + rng.int(600, Math.max(601, s.end - s.start)), user, s.pc, 'Logon');
  if (complete || !rng.chance(0.025)) ctx.log.logon(s.end, user, s.pc, 'Logoff');
}

/** A colleague's PC in the same team (or department), or a shared PC. */
function borrowedPc(ctx: DayContext, rng: Prng, person: Employee): string {
  const mates = person.department.members.filter((m) => m !== person && m.team === person.team);
  return mates.length > 0 && rng.chance(0.5) ? rng.pick(mates).pc : rng.pick(ctx.org.sharedPcs);
}

/** System administrators legitimately log on to many machines (CERT: role ITAdmin). */
function administerMachines(ctx: DayContext, rng: Prng, admin: Employee, main: Session): void {
  const visits = rng.int(1, 6);
  for (let i = 0; i < visits; i++) {
    const target = rng.chance(0.3) ? rng.pick(ctx.org.sharedPcs) : rng.pick(ctx.staff).pc;
    if (target === admin.pc) continue;
    const start = main.start + rng.int(0, Math.max(1, main.end - main.start - 1800));
    const s = { pc: target, start, end: Math.min(main.end, start + rng.int(120, 2400)) };
    logOnAndOff(ctx, rng, admin.id, s);
    if (rng.chance(0.04)) installFromThumbDrive(ctx, rng, admin, s);
  }
}
