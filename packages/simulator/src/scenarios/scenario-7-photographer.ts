import {
  candidates,
  forbiddenDocuments,
  newPlan,
  pickDays,
  present,
  randomTimeIn,
  schedule,
  sessionOrAfterHours,
  type Scenario,
} from './insider-plan.ts';

/**
 * Money-motivated photographer: financial distress on record (or a gambling habit instead), then
 * heavy viewing of SECRET / TOP SECRET documents, many outside need-to-know, over days or weeks —
 * and no copy, USB, upload or e-mail trail, because the pages leave as photographs. Only File
 * Open rows show it, so the incident has no events in the r4.2 layout.
 */
export const photographer: Scenario = {
  number: 7,
  label: 'viewing classified documents for sale',
  plan(setup) {
    const { rng, calendar, org, register } = setup;
    const insider = candidates(
      setup,
      (e) => !e.isAdmin && forbiddenDocuments(org, e).length >= 5,
    )[0];
    if (!insider) return undefined;
    const plan = newPlan(7, insider, this.label);
    const days = calendar.length;
    const motive = rng.int(
      Math.floor(days * 0.05),
      Math.max(Math.floor(days * 0.05), Math.floor(days * 0.6)),
    );
    if (rng.chance(0.7)) {
      register.add({
        day: motive,
        user: insider.id,
        kind: 'financial_distress',
        note: rng.pick([
          'Bankruptcy filing',
          'Wage garnishment',
          'Credit report delinquency',
          'Gambling debt',
        ]),
      });
    }
    if (rng.chance(0.6)) insider.habits.gamblingRate = 0.15 + rng.next() * 0.4;
    const from = motive + rng.int(3, 20);
    const viewing = pickDays(rng, calendar, from, from + rng.int(7, 40), rng.int(4, 15));
    present(insider, viewing);
    const secret = forbiddenDocuments(org, insider);
    const own = org.documents.filter(
      (d) => insider.compartments.has(d.compartment) && d.classification !== 'UNCLASSIFIED',
    );
    for (const day of viewing) {
      schedule(plan, day, (ctx, r, session) => {
        const s = sessionOrAfterHours(ctx, r, insider, session, plan.incident);
        const n = r.int(5, 25);
        let t = randomTimeIn(r, s, 300);
        for (let i = 0; i < n; i++) {
          const doc = own.length > 0 && r.chance(0.25) ? r.pick(own) : r.pick(secret);
          ctx.log.file(
            Math.min(t, s.end - 1),
            insider.id,
            s.pc,
            doc.path,
            'File Open',
            false,
            false,
            doc.content,
            plan.incident,
          );
          t += r.int(60, 900);
        }
      });
    }
    return plan;
  },
};
