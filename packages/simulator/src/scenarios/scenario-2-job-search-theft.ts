import { visit } from '../behaviour/web-browsing.ts';
import { thumbDriveSession } from '../behaviour/file-activity.ts';
import { workWords } from '../behaviour/email-traffic.ts';
import { keywordBag } from '../behaviour/keywords.ts';
import { workingDocuments } from '../behaviour/day-context.ts';
import { BUSINESS_DOMAINS } from '../vocabulary/web-domains.ts';
import { FIRST_NAMES, LAST_NAMES } from '../vocabulary/people-names.ts';
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
 * CERT scenario 2: job-site browsing, contact with a competitor, then thumb-drive copying at a
 * much higher rate than the person's own habit, then departure.
 */
export const jobSearchTheft: Scenario = {
  number: 2,
  label: 'job search then thumb-drive theft',
  plan(setup) {
    const { rng, calendar, register } = setup;
    const insider = candidates(setup, (e) => !e.isAdmin)[0];
    if (!insider) return undefined;
    const plan = newPlan(2, insider, this.label);
    const days = calendar.length;
    const whole = window(rng, days, 0.15, 0.7, rng.int(25, 70));
    const split =
      whole.start + Math.max(1, Math.floor((whole.end - whole.start) * (0.5 + rng.next() * 0.25)));
    const searchDays = pickDays(rng, calendar, whole.start, split, rng.int(4, 14));
    const theftDays = pickDays(rng, calendar, split, whole.end, rng.int(3, 10));
    present(insider, [...searchDays, ...theftDays]);
    const competitor = rng.pick(BUSINESS_DOMAINS);
    const contact = `${rng.pick(FIRST_NAMES)}.${rng.pick(LAST_NAMES)}@${competitor}`;
    const contactDays = new Set(rng.sample(searchDays, rng.int(1, 3)));

    for (const day of searchDays) {
      schedule(plan, day, (ctx, r, session) => {
        const s = sessionOrAfterHours(ctx, r, insider, session, plan.incident);
        const n = r.int(2, 10);
        for (let i = 0; i < n; i++)
          visit(ctx, r, insider, s, randomTimeIn(r, s), 'jobs', 'WWW Visit', plan.incident);
        if (contactDays.has(day)) {
          const to = [contact];
          const attachments = r.chance(0.5)
            ? [
                {
                  path: `C:\\Users\\${insider.id}\\Documents\\resume.docx`,
                  size: r.int(20_000, 90_000),
                },
              ]
            : [];
          ctx.log.email(
            randomTimeIn(r, s),
            insider.id,
            s.pc,
            to,
            [],
            [],
            r.pick(insider.personalEmails.concat(insider.email)),
            'Send',
            r.int(2_000, 15_000),
            attachments,
            keywordBag(
              r,
              [
                'position',
                'offer',
                'interview',
                'salary',
                'start',
                'date',
                'experience',
                'team',
                'opportunity',
                'resume',
                'clearance',
                ...workWords(insider),
              ],
              10,
              30,
            ),
            plan.incident,
          );
        }
      });
    }
    // Much more than the person's baseline: several sessions' worth of files every theft day.
    for (const day of theftDays) {
      schedule(plan, day, (ctx, r, session) => {
        const s = sessionOrAfterHours(ctx, r, insider, session, plan.incident);
        const files = r.sample(workingDocuments(insider), r.int(6, 25));
        thumbDriveSession(ctx, r, insider, s, files, plan.incident);
      });
    }
    const last = theftDays.at(-1) ?? split;
    insider.leaveDay = Math.min(days, last + rng.int(1, 10));
    if (rng.chance(0.5))
      register.add({
        day: Math.max(0, last - rng.int(3, 14)),
        user: insider.id,
        kind: 'resignation_notice',
        note: 'Two weeks notice',
      });
    return plan;
  },
};
