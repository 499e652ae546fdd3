import { attachmentOf } from '../behaviour/email-traffic.ts';
import { thumbDriveSession } from '../behaviour/file-activity.ts';
import { keywordBag } from '../behaviour/keywords.ts';
import { addTrip } from '../population/cast-lookalikes.ts';
import { PERSONAL_KEYWORDS, WEB_KEYWORDS } from '../vocabulary/topic-keywords.ts';
import {
  afterHoursSession,
  candidates,
  forbiddenDocuments,
  newPlan,
  pickDays,
  present,
  schedule,
  type Scenario,
} from './insider-plan.ts';

type Channel = 'usb' | 'email' | 'cloud';

/**
 * Coerced after foreign travel (honey trap / recruitment): a trip to a high-risk country, often
 * with no foreign_contact report, then within weeks after-hours opening of classified documents
 * outside the person's compartments and exfiltration by USB, personal e-mail or cloud upload.
 */
export const honeyTrap: Scenario = {
  number: 6,
  label: 'coerced after foreign travel',
  plan(setup) {
    const { rng, calendar, org, register } = setup;
    const insider = candidates(
      setup,
      (e) => !e.isAdmin && forbiddenDocuments(org, e).length >= 5,
    )[0];
    if (!insider) return undefined;
    const plan = newPlan(6, insider, this.label);
    const days = calendar.length;
    const depart = rng.int(
      Math.floor(days * 0.1),
      Math.max(Math.floor(days * 0.1), Math.floor(days * 0.5)),
    );
    // Undisclosed contact is the point of the scenario, so the report is rarely filed.
    const trip = addTrip(rng, insider, register, days, true, depart, 0.25);
    const from = trip.back + rng.int(5, 25);
    const nights = pickDays(rng, calendar, from, from + rng.int(14, 45), rng.int(4, 12), false);
    present(insider, nights);
    const targets = forbiddenDocuments(org, insider);
    const channels: Channel[] = rng.chance(0.5)
      ? [rng.pick<Channel>(['usb', 'email', 'cloud'])]
      : rng.sample<Channel>(['usb', 'email', 'cloud'], 2);
    const drop = rng.chance(0.5)
      ? rng.pick(insider.personalEmails)
      : `${keywordBag(rng, PERSONAL_KEYWORDS, 1, 1)}${rng.int(10, 99)}@${rng.pick(['mail.ru', 'yandex.ru', '163.com', 'qq.com', 'protonmail.com', 'gmail.com'])}`;
    const site = rng.pick(insider.habits.domains.cloud);
    for (const day of nights) {
      schedule(plan, day, (ctx, r) => {
        const s = afterHoursSession(ctx, r, insider.id, insider.pc, plan.incident);
        const docs = r.sample(targets, r.int(3, 10));
        let t = s.start + r.int(30, 180);
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
          t += r.int(30, 300);
        }
        const taken = r.sample(docs, r.int(1, docs.length));
        const channel = r.pick(channels);
        const at = Math.min(t, s.end - 600);
        if (channel === 'usb')
          thumbDriveSession(ctx, r, insider, { ...s, start: at }, taken, plan.incident, at);
        else if (channel === 'email')
          ctx.log.email(
            Math.min(t, s.end - 1),
            insider.id,
            s.pc,
            [drop],
            [],
            [],
            r.chance(0.6) ? insider.email : r.pick(insider.personalEmails),
            'Send',
            r.int(500, 5_000),
            taken.map(attachmentOf),
            keywordBag(r, PERSONAL_KEYWORDS, 3, 10),
            plan.incident,
          );
        else {
          for (const doc of taken) {
            const words = doc.content.split(' ').slice(1, 25).join(' ');
            ctx.log.http(
              Math.min((t += r.int(20, 120)), s.end - 1),
              insider.id,
              s.pc,
              `http://${site}/upload/${r.int(100000, 999999)}`,
              'WWW Upload',
              `${keywordBag(r, WEB_KEYWORDS.cloud, 10, 20)} ${words}`,
              plan.incident,
            );
          }
        }
      });
    }
    return plan;
  },
};
