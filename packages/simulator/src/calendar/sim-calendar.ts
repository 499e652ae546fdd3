/**
 * Day arithmetic for the run. Every simulated instant is (day index, second of day), with the
 * second in [0, 86400): sessions are generated to end before midnight, so an event always
 * belongs to the day it was generated on and per-day sorting gives a globally sorted file.
 */
export const SECONDS_PER_DAY = 86_400;

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `HH:MM:SS` for every second of a day, built once: formatting is on the hot path. */
const CLOCK: string[] = Array.from({ length: SECONDS_PER_DAY }, (_, s) => {
  return `${pad2(Math.floor(s / 3600))}:${pad2(Math.floor((s % 3600) / 60))}:${pad2(s % 60)}`;
});

export interface SimDay {
  index: number;
  /** UTC midnight of the day. */
  date: Date;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  isWeekend: boolean;
  /** `MM/DD/YYYY ` prefix for CERT timestamps. */
  certPrefix: string;
  /** `YYYY-MM-DD`. */
  iso: string;
  /** `YYYY-MM` (LDAP file name). */
  month: string;
}

export class SimCalendar {
  readonly days: SimDay[];

  constructor(start: Date, count: number) {
    this.days = Array.from({ length: count }, (_, index) => {
      const date = new Date(start.getTime() + index * SECONDS_PER_DAY * 1000);
      const y = date.getUTCFullYear();
      const m = pad2(date.getUTCMonth() + 1);
      const d = pad2(date.getUTCDate());
      const weekday = date.getUTCDay();
      return {
        index,
        date,
        weekday,
        isWeekend: weekday === 0 || weekday === 6,
        certPrefix: `${m}/${d}/${y} `,
        iso: `${y}-${m}-${d}`,
        month: `${y}-${m}`,
      };
    });
  }

  get length(): number {
    return this.days.length;
  }

  day(index: number): SimDay {
    const day = this.days[Math.min(Math.max(index, 0), this.days.length - 1)];
    if (!day) throw new Error('SimCalendar is empty');
    return day;
  }

  /** `MM/DD/YYYY HH:MM:SS` for a second of a day. */
  certTimestamp(dayIndex: number, second: number): string {
    return this.day(dayIndex).certPrefix + clock(second);
  }

  /** The first work day at or after `index` (or the last day of the run). */
  nextWorkday(index: number): number {
    let i = Math.max(0, index);
    while (i < this.days.length - 1 && this.day(i).isWeekend) i++;
    return Math.min(i, this.days.length - 1);
  }

  /** Distinct months covered, in order. */
  months(): string[] {
    return [...new Set(this.days.map((d) => d.month))];
  }
}

export function clock(second: number): string {
  const s = Math.min(Math.max(Math.floor(second), 0), SECONDS_PER_DAY - 1);
  return CLOCK[s] as string;
}

/** Parses `YYYY-MM-DD` as UTC midnight; undefined when malformed. */
export function parseIsoDate(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().startsWith(text) ? date : undefined;
}
