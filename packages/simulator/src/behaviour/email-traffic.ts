import { Prng } from '../random/prng.ts';
import type { Employee, OrgDocument } from '../organization/types.ts';
import { PERSONAL_KEYWORDS, WORK_KEYWORDS } from '../vocabulary/topic-keywords.ts';
import type { Attachment } from '../events/day-log.ts';
import { keywordBag, topicText } from './keywords.ts';
import { workingDocuments, type DayContext, type Session } from './day-context.ts';

export function workWords(person: Employee): readonly string[] {
  return WORK_KEYWORDS[person.department.template.family] ?? PERSONAL_KEYWORDS;
}

export const attachmentOf = (doc: OrgDocument): Attachment => ({ path: doc.path, size: doc.size });

/** A personal photo or note: the small attachments of benign family e-mail. */
export function personalAttachment(rng: Prng, person: Employee): Attachment {
  return rng.chance(0.7)
    ? {
        path: `C:\\Users\\${person.id}\\Pictures\\IMG_${rng.int(1000, 9999)}.jpg`,
        size: rng.int(40_000, 900_000),
      }
    : {
        path: `C:\\Users\\${person.id}\\Documents\\${rng.pick(PERSONAL_KEYWORDS)}-list.txt`,
        size: rng.int(500, 9_000),
      };
}

function colleagues(ctx: DayContext, rng: Prng, person: Employee, count: number): string[] {
  const pool =
    person.department.members.length > 1 && rng.chance(0.8) ? person.department.members : ctx.staff;
  const out = new Set<string>();
  for (let i = 0; i < count * 3 && out.size < count; i++) {
    const other = rng.pick(pool);
    if (other !== person && ctx.day.index < other.leaveDay) out.add(other.email);
  }
  return [...out];
}

/**
 * Some people tell family and friends about their work: now and then a personal mail of theirs
 * mixes news from home with the vocabulary of their job. The benign twin of the relative-leak
 * case for detectors that read what a mail is about. Drawn from its own stream, so that the rest
 * of the day is the same whether or not it happens.
 */
function talksShop(person: Employee, t: number): boolean {
  return (
    Prng.derive(0, `talks-shop:${person.id}`).chance(0.12) &&
    Prng.derive(t, `shop:${person.id}`).chance(0.06)
  );
}
function shopTalk(person: Employee, t: number): string {
  const rng = Prng.derive(t, `shop-text:${person.id}`);
  return `${keywordBag(rng, PERSONAL_KEYWORDS, 6, 16)} ${keywordBag(rng, workWords(person), 3, 10)}`;
}

const randomTime = (rng: Prng, s: Session) =>
  s.start + Math.floor(rng.next() * Math.max(1, s.end - s.start));

/**
 * A day of e-mail: mostly internal, some to business contacts, occasionally personal (friends,
 * the sender's own webmail, registered relatives — the benign twin of the relative-leak case),
 * plus messages viewed (r6.2 only).
 */
export function exchangeEmail(
  ctx: DayContext,
  rng: Prng,
  person: Employee,
  session: Session,
  share: number,
): void {
  const h = person.habits;
  const log = ctx.log;
  const sent = rng.poisson(h.emailsSentPerDay * share);
  for (let i = 0; i < sent; i++) {
    const t = randomTime(rng, session);
    const r = rng.next();
    if (r < 0.92 || (h.friends.length === 0 && person.relatives.length === 0)) {
      const external = r > 0.78 && h.externalContacts.length > 0;
      const to = external
        ? [rng.pick(h.externalContacts)]
        : colleagues(ctx, rng, person, rng.int(1, 3));
      if (to.length === 0) continue;
      const cc = rng.chance(0.3) ? colleagues(ctx, rng, person, rng.int(1, 2)) : [];
      const bcc = rng.chance(0.04) ? colleagues(ctx, rng, person, 1) : [];
      const attachments = rng.chance(external ? 0.15 : 0.25)
        ? rng.sample(workingDocuments(person), rng.int(1, 2)).map(attachmentOf)
        : [];
      log.email(
        t,
        person.id,
        session.pc,
        to,
        cc,
        bcc,
        person.email,
        'Send',
        rng.int(3_000, 60_000),
        attachments,
        topicText(rng, workWords(person)),
      );
    } else {
      const targets = [...h.friends, ...person.relatives, ...person.personalEmails];
      const to = [rng.pick(targets)];
      const attachments = rng.chance(0.2) ? [personalAttachment(rng, person)] : [];
      const size = rng.int(1_000, 20_000);
      const text = topicText(rng, PERSONAL_KEYWORDS);
      log.email(
        t,
        person.id,
        session.pc,
        to,
        [],
        [],
        person.email,
        'Send',
        size,
        attachments,
        talksShop(person, t) ? shopTalk(person, t) : text,
      );
    }
  }
  // The benign twin of mailing documents home: finishing work in the evening, not exfiltration.
  if (h.takeHomeRate > 0 && rng.chance(h.takeHomeRate * share)) {
    const docs = rng.sample(workingDocuments(person), rng.int(1, 2)).map(attachmentOf);
    const t = Math.max(session.start, session.end - rng.int(60, 3600));
    log.email(
      t,
      person.id,
      session.pc,
      [rng.pick(person.personalEmails)],
      [],
      [],
      person.email,
      'Send',
      rng.int(500, 6_000),
      docs,
      topicText(rng, workWords(person)),
    );
  }
  if (ctx.release !== 'r6.2') return;
  const viewed = rng.poisson(h.emailsViewedPerDay * share);
  for (let i = 0; i < viewed; i++) {
    const from = rng.chance(0.85)
      ? colleagues(ctx, rng, person, 1)[0]
      : rng.pick(h.externalContacts);
    if (!from) continue;
    const attachments = rng.chance(0.15)
      ? rng.sample(workingDocuments(person), 1).map(attachmentOf)
      : [];
    log.email(
      randomTime(rng, session),
      person.id,
      session.pc,
      [person.email],
      [],
      [],
      from,
      'View',
      rng.int(3_000, 60_000),
      attachments,
      topicText(rng, workWords(person)),
    );
  }
}
