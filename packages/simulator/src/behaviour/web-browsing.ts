import type { Prng } from '../random/prng.ts';
import type { Employee } from '../organization/types.ts';
import { DOMAINS_BY_TOPIC, EVERYDAY_TOPICS, type WebTopic } from '../vocabulary/web-domains.ts';
import { WEB_KEYWORDS } from '../vocabulary/topic-keywords.ts';
import type { WebActivity } from '../events/day-log.ts';
import type { Incident } from '../events/incident.ts';
import { topicText, urlPath } from './keywords.ts';
import type { DayContext, Session } from './day-context.ts';

/** One page request; content words match the topic as in CERT (20–60 keywords, ~500 bytes a row). */
export function visit(
  ctx: DayContext,
  rng: Prng,
  person: Employee,
  session: Session,
  t: number,
  topic: WebTopic,
  activity: WebActivity = 'WWW Visit',
  incident?: Incident,
  domain?: string,
): void {
  const pool = WEB_KEYWORDS[topic];
  const own = person.habits.domains[topic];
  const site =
    domain ?? (own.length && rng.chance(0.85) ? rng.pick(own) : rng.pick(DOMAINS_BY_TOPIC[topic]));
  const url = `http://${site}${urlPath(rng, pool)}`;
  ctx.log.http(t, person.id, session.pc, url, activity, topicText(rng, pool), incident);
}

function pickTopic(rng: Prng, person: Employee): WebTopic {
  const { topics, topicWeights } = person.habits;
  if (rng.chance(0.12)) return rng.pick(EVERYDAY_TOPICS);
  let total = 0;
  for (const w of topicWeights) total += w;
  let r = rng.next() * total;
  for (let i = 0; i < topics.length; i++) {
    r -= topicWeights[i] ?? 0;
    if (r <= 0) return topics[i] as WebTopic;
  }
  return topics[0] ?? 'news';
}

const randomTime = (rng: Prng, s: Session) =>
  s.start + Math.floor(rng.next() * Math.max(1, s.end - s.start));

/**
 * A day of browsing: everyday topics by personal preference, plus the look-alike habits
 * (job search before an honest departure, gambling, legitimate cloud uploads of work files).
 */
export function browse(
  ctx: DayContext,
  rng: Prng,
  person: Employee,
  session: Session,
  share: number,
): void {
  const h = person.habits;
  const visits = rng.poisson(h.webVisitsPerDay * share);
  for (let i = 0; i < visits; i++) {
    const r = rng.next();
    const activity: WebActivity = r < 0.93 ? 'WWW Visit' : r < 0.99 ? 'WWW Download' : 'WWW Upload';
    visit(ctx, rng, person, session, randomTime(rng, session), pickTopic(rng, person), activity);
  }
  const search = person.jobSearch;
  if (search && ctx.day.index >= search.start && ctx.day.index < search.end && rng.chance(0.7)) {
    const n = rng.int(2, 12);
    for (let i = 0; i < n; i++) visit(ctx, rng, person, session, randomTime(rng, session), 'jobs');
  }
  if (h.gamblingRate > 0 && rng.chance(h.gamblingRate * share)) {
    const n = rng.int(3, 15);
    const t0 = randomTime(rng, session);
    for (let i = 0; i < n; i++)
      visit(
        ctx,
        rng,
        person,
        session,
        Math.min(session.end, t0 + i * rng.int(20, 200)),
        'gambling',
      );
  }
  if (h.cloudUploadRate > 0 && rng.chance(h.cloudUploadRate * share)) {
    const n = rng.int(1, 4);
    const t0 = randomTime(rng, session);
    const site = rng.pick(h.domains.cloud);
    for (let i = 0; i < n; i++) {
      visit(
        ctx,
        rng,
        person,
        session,
        Math.min(session.end, t0 + i * rng.int(30, 300)),
        'cloud',
        'WWW Upload',
        undefined,
        site,
      );
    }
  }
}
