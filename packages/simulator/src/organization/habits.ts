import type { Prng } from '../random/prng.ts';
import {
  BUSINESS_DOMAINS,
  DOMAINS_BY_TOPIC,
  EVERYDAY_TOPICS,
  WEBMAIL_DOMAINS,
  type WebTopic,
} from '../vocabulary/web-domains.ts';
import { FIRST_NAMES, LAST_NAMES } from '../vocabulary/people-names.ts';
import type { Habits } from './types.ts';

const HOUR = 3600;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * Per-person habits. Rates follow the CERT r4.2 profile (≈ 90 events per user work-day, most of
 * them web visits) and its stated variety: each user has a normal rate of thumb-drive use, most
 * never use one; some are late workers; people browse their own favourite sites.
 */
export function drawHabits(rng: Prng, days: number, isWeekend: (day: number) => boolean): Habits {
  const lateWorker = rng.chance(0.08);
  const weekendWorker = rng.chance(0.1);
  const usbUser = rng.chance(0.2);
  const topics = rng.sample(EVERYDAY_TOPICS, rng.int(4, 7));
  const topicWeights = topics.map(() => 0.2 + rng.next());
  const domains = {} as Record<WebTopic, string[]>;
  for (const [topic, pool] of Object.entries(DOMAINS_BY_TOPIC) as [WebTopic, readonly string[]][]) {
    domains[topic] = rng.sample(pool, rng.int(3, Math.min(9, pool.length)));
  }
  return {
    arrival: Math.round(clamp(rng.normal(8.4, 0.6), 6.5, 10.5) * HOUR),
    workLength: Math.round(clamp(rng.normal(8.8, 0.5), 7.5, 10) * HOUR),
    lateWorker,
    weekendRate: weekendWorker ? 0.05 + rng.next() * 0.15 : rng.chance(0.3) ? 0.01 : 0,
    // CERT r4.2: 28.4 M visits over ~1,000 users × ~360 work days ≈ 80 a day; the brief asks 20–80.
    webVisitsPerDay: rng.int(25, 95),
    emailsSentPerDay: 1 + rng.next() * 9,
    emailsViewedPerDay: 2 + rng.next() * 12,
    fileOpensPerDay: 1 + rng.next() * 9,
    usbSessionRate: usbUser ? 0.08 + rng.next() * 0.5 : 0,
    otherPcRate: rng.chance(0.08) ? 0.02 + rng.next() * 0.06 : 0,
    cloudUploadRate: 0,
    takeHomeRate: rng.chance(0.06) ? 0.03 + rng.next() * 0.1 : 0,
    gamblingRate: 0,
    topics,
    topicWeights,
    domains,
    externalContacts: Array.from({ length: rng.int(2, 8) }, () => externalAddress(rng)),
    friends: Array.from({ length: rng.int(0, 4) }, () => webmailAddress(rng)),
    absences: drawAbsences(rng, days, isWeekend),
  };
}

/** Two or three vacation blocks a year plus scattered sick days. */
function drawAbsences(rng: Prng, days: number, isWeekend: (day: number) => boolean): Set<number> {
  const away = new Set<number>();
  const blocks = Math.max(0, Math.round((days / 365) * rng.int(2, 3)));
  for (let b = 0; b < blocks; b++) {
    const start = rng.int(0, Math.max(0, days - 1));
    const length = rng.int(3, 12);
    for (let d = start; d < Math.min(days, start + length); d++) away.add(d);
  }
  for (let d = 0; d < days; d++) if (!isWeekend(d) && rng.chance(0.012)) away.add(d);
  return away;
}

export function externalAddress(rng: Prng): string {
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  return `${first}.${last}@${rng.pick(BUSINESS_DOMAINS)}`;
}

export function webmailAddress(
  rng: Prng,
  first = rng.pick(FIRST_NAMES),
  last = rng.pick(LAST_NAMES),
): string {
  const style = rng.int(0, 3);
  const digits = rng.int(1, 99);
  const local =
    style === 0
      ? `${first}.${last}`
      : style === 1
        ? `${first[0]}${last}${digits}`
        : style === 2
          ? `${first}${last[0]}${digits}`
          : `${last}.${first}${digits}`;
  return `${local}@${rng.pick(WEBMAIL_DOMAINS)}`;
}
