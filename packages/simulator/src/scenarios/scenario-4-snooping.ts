import { attachmentOf } from '../behaviour/email-traffic.ts';
import { keywordBag } from '../behaviour/keywords.ts';
import { workingDocuments } from '../behaviour/day-context.ts';
import { PERSONAL_KEYWORDS } from '../vocabulary/topic-keywords.ts';
import {
  candidates,
  newPlan,
  present,
  randomTimeIn,
  schedule,
  sessionOrAfterHours,
  window,
  type Scenario,
} from './insider-plan.ts';

/**
 * CERT scenario 4: logs on to colleagues' machines, searches and opens their files and e-mails
 * them to a personal address, more and more often over about three months.
 */
export const snooping: Scenario = {
  number: 4,
  label: 'snooping on colleagues machines',
  plan(setup) {
    const { rng, calendar } = setup;
    const insider = candidates(setup, (e) => !e.isAdmin && e.department.members.length >= 4)[0];
    if (!insider) return undefined;
    const victims = rng.sample(
      insider.department.members.filter((m) => m !== insider),
      rng.int(2, 7),
    );
    if (victims.length === 0) return undefined;
    const plan = newPlan(4, insider, this.label);
    const span = window(rng, calendar.length, 0.1, 0.6, rng.int(60, 100));
    const length = span.end - span.start;
    // Intrusions become more frequent: the daily probability ramps from ~5% to ~60%.
    const low = 0.03 + rng.next() * 0.05;
    const high = 0.4 + rng.next() * 0.35;
    const acts: number[] = [];
    for (let d = span.start; d < span.end; d++) {
      if (calendar.day(d).isWeekend) continue;
      if (rng.chance(low + ((high - low) * (d - span.start)) / Math.max(1, length))) acts.push(d);
    }
    if (acts.length === 0) acts.push(calendar.nextWorkday(span.start));
    present(insider, acts);
    const home = rng.pick(insider.personalEmails);
    for (const day of acts) {
      schedule(plan, day, (ctx, r, session) => {
        const own = sessionOrAfterHours(ctx, r, insider, session, plan.incident);
        const victim = r.pick(victims);
        const start = randomTimeIn(r, own, 900);
        const s = { pc: victim.pc, start, end: Math.min(86_399, start + r.int(300, 2400)) };
        ctx.log.logon(s.start, insider.id, s.pc, 'Logon', plan.incident);
        const docs = r.sample(workingDocuments(victim), r.int(2, 8));
        let t = s.start + r.int(20, 120);
        for (const doc of docs) {
          ctx.log.file(
            Math.min(t, s.end - 2),
            insider.id,
            s.pc,
            doc.path,
            'File Open',
            false,
            false,
            doc.content,
            plan.incident,
          );
          t += r.int(20, 200);
        }
        const sent = r.sample(docs, r.int(1, Math.min(3, docs.length)));
        ctx.log.email(
          Math.min(t, s.end - 1),
          insider.id,
          s.pc,
          [home],
          [],
          [],
          insider.email,
          'Send',
          r.int(1_000, 8_000),
          sent.map(attachmentOf),
          keywordBag(r, PERSONAL_KEYWORDS, 3, 12),
          plan.incident,
        );
        ctx.log.logon(s.end, insider.id, s.pc, 'Logoff', plan.incident);
      });
    }
    return plan;
  },
};
