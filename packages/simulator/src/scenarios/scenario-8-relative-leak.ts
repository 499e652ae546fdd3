import { attachmentOf, workWords } from '../behaviour/email-traffic.ts';
import { keywordBag } from '../behaviour/keywords.ts';
import { workingDocuments } from '../behaviour/day-context.ts';
import { registerRelatives } from '../population/cast-lookalikes.ts';
import { PERSONAL_KEYWORDS } from '../vocabulary/topic-keywords.ts';
import {
  candidates,
  newPlan,
  pickDays,
  present,
  randomTimeIn,
  schedule,
  sessionOrAfterHours,
  window,
  type Scenario,
} from './insider-plan.ts';

/**
 * Leak through a relative: the person has a registered family member and, negligently, sends
 * official documents to the relative's personal address a few times (next to ordinary family
 * e-mail, which stays out of the answer key).
 */
export const relativeLeak: Scenario = {
  number: 8,
  label: 'official documents sent to a relative',
  plan(setup) {
    const { rng, calendar, register } = setup;
    const insider = candidates(setup, (e) => !e.isAdmin)[0];
    if (!insider) return undefined;
    const plan = newPlan(8, insider, this.label);
    const relative = registerRelatives(rng, insider, register, calendar);
    const span = window(rng, calendar.length, 0.05, 0.7, rng.int(20, 90));
    const sends = pickDays(rng, calendar, span.start, span.end, rng.int(2, 6));
    present(insider, sends);
    for (const day of sends) {
      schedule(plan, day, (ctx, r, session) => {
        const s = sessionOrAfterHours(ctx, r, insider, session, plan.incident);
        const docs = r.sample(workingDocuments(insider), r.int(1, 3)).map(attachmentOf);
        const words = `${keywordBag(r, PERSONAL_KEYWORDS, 4, 12)} ${keywordBag(r, workWords(insider), 4, 15)}`;
        ctx.log.email(
          randomTimeIn(r, s),
          insider.id,
          s.pc,
          [relative],
          [],
          [],
          insider.email,
          'Send',
          r.int(2_000, 20_000),
          docs,
          words,
          plan.incident,
        );
      });
    }
    return plan;
  },
};
