import { visit } from '../behaviour/web-browsing.ts';
import { thumbDriveSession } from '../behaviour/file-activity.ts';
import { workingDocuments } from '../behaviour/day-context.ts';
import {
  afterHoursSession,
  candidates,
  newPlan,
  pickDays,
  present,
  schedule,
  window,
  type Scenario,
} from './insider-plan.ts';

/**
 * CERT scenario 1: someone who never worked after hours nor used removable drives starts doing
 * both, uploads data to a leak site, and leaves. Number of nights, files and sites vary.
 */
export const leakSiteUpload: Scenario = {
  number: 1,
  label: 'after-hours leak-site upload',
  plan(setup) {
    const { rng, calendar, register } = setup;
    const insider = candidates(
      setup,
      (e) =>
        !e.isAdmin &&
        !e.habits.lateWorker &&
        e.habits.weekendRate === 0 &&
        e.habits.usbSessionRate === 0,
    )[0];
    if (!insider) return undefined;
    const plan = newPlan(1, insider, this.label);
    const days = calendar.length;
    const span = window(rng, days, 0.3, 0.8, rng.int(7, 25));
    const nights = pickDays(rng, calendar, span.start, span.end, rng.int(2, 6), false);
    present(insider, nights);
    const leakSites = rng.sample(insider.habits.domains.leaks, rng.int(1, 2));
    for (const day of nights) {
      schedule(plan, day, (ctx, r) => {
        const s = afterHoursSession(ctx, r, insider.id, insider.pc, plan.incident);
        const files = r.sample(workingDocuments(insider), r.int(2, 8));
        thumbDriveSession(ctx, r, insider, s, files, plan.incident, s.start + r.int(30, 300));
        const uploads = r.int(1, 4);
        for (let i = 0; i < uploads; i++) {
          const t = Math.min(s.end - 1, s.start + r.int(300, Math.max(301, s.end - s.start - 1)));
          visit(
            ctx,
            r,
            insider,
            s,
            t,
            'leaks',
            r.chance(0.8) ? 'WWW Upload' : 'WWW Visit',
            plan.incident,
            r.pick(leakSites),
          );
        }
      });
    }
    const last = nights.at(-1) ?? span.start;
    insider.leaveDay = Math.min(days, last + rng.int(1, 12));
    if (rng.chance(0.4))
      register.add({
        day: Math.max(0, last - rng.int(0, 10)),
        user: insider.id,
        kind: 'resignation_notice',
        note: 'Resigned',
      });
    return plan;
  },
};
