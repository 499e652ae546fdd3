import { keywordBag } from '../behaviour/keywords.ts';
import { workingDocuments } from '../behaviour/day-context.ts';
import { layOff } from '../population/cast-lookalikes.ts';
import { WEB_KEYWORDS } from '../vocabulary/topic-keywords.ts';
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
 * CERT scenario 5: a member of a group hit by layoffs (colleagues vanish from LDAP) uploads
 * documents to cloud storage for personal gain. In r6.2 the uploads follow opens of the files.
 */
export const layoffCloudUpload: Scenario = {
  number: 5,
  label: 'cloud upload after layoffs',
  plan(setup) {
    const { rng, calendar } = setup;
    const insider = candidates(
      setup,
      (e) => !e.isAdmin && e.department.members.length >= 6 && e !== e.department.members[0],
    )[0];
    if (!insider) return undefined;
    const plan = newPlan(5, insider, this.label);
    const days = calendar.length;
    const layoffDay = calendar.nextWorkday(window(rng, days, 0.2, 0.55, 1).start);
    const cut = layOff(
      rng,
      insider.department.members,
      layoffDay,
      new Set([...setup.reserved, insider]),
    );
    for (const m of cut) setup.reserved.add(m);
    const from = layoffDay + rng.int(2, 15);
    const uploadDays = pickDays(rng, calendar, from, from + rng.int(7, 30), rng.int(3, 8));
    present(insider, uploadDays);
    const sites = rng.sample(insider.habits.domains.cloud, rng.int(1, 2));
    for (const day of uploadDays) {
      schedule(plan, day, (ctx, r, session) => {
        const s = sessionOrAfterHours(ctx, r, insider, session, plan.incident);
        const docs = r.sample(workingDocuments(insider), r.int(2, 10));
        let t = randomTimeIn(r, s, 300);
        const site = r.pick(sites);
        for (const doc of docs) {
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
          const name = doc.path.slice(doc.path.lastIndexOf('\\') + 1).replace(/\.[a-z]+$/, '');
          const url = `http://${site}/upload/${name}`;
          const words = doc.content
            .split(' ')
            .filter((w) => !/^[0-9A-F]{2}(-[0-9A-F]{2})+$/.test(w))
            .slice(0, 30)
            .join(' ');
          ctx.log.http(
            Math.min(t + r.int(10, 90), s.end - 1),
            insider.id,
            s.pc,
            url,
            'WWW Upload',
            `${keywordBag(r, WEB_KEYWORDS.cloud, 8, 15)} ${words}`,
            plan.incident,
          );
          t += r.int(60, 400);
        }
      });
    }
    if (rng.chance(0.5))
      insider.leaveDay = Math.min(days, (uploadDays.at(-1) ?? from) + rng.int(3, 30));
    return plan;
  },
};
