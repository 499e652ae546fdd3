import type { ReportKind } from '../my/report-kinds.ts';

/** What the subject timeline route answers: a day series and the personnel records beside it. */
export interface SubjectTimeline {
  pseudonym: string;
  days: TimelineDay[];
  records: TimelineRecord[];
}

export interface TimelineDay {
  day: string;
  events: number;
  score: number;
  anomalous: boolean;
  reasons: string[];
}

export interface TimelineRecord {
  id: string;
  kind: ReportKind;
  date: string;
  until: string | null;
  country: string | null;
  /** The server's one-line description (in English), for records without a country. */
  summary: string;
}

const DAY_MS = 86_400_000;
/** A record filed years before the activity would squash the chart; two years is enough context. */
const MAX_DAYS = 731;
const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);
const timeOf = (day: string) => Date.parse(`${day.slice(0, 10)}T00:00:00Z`);

/**
 * One point per calendar day, from the first day anything happened (activity, an alert, a record)
 * to the last. The route lists active days only, but a trip abroad is mostly days without logged
 * activity: those days must be on the axis at zero, or the trip's span has nowhere to be drawn and
 * the gap in activity (itself telling) disappears.
 */
export function timelineSeries(timeline: SubjectTimeline): TimelineDay[] {
  const bounds = [
    ...timeline.days.map((d) => timeOf(d.day)),
    ...timeline.records.flatMap((r) => [timeOf(r.date), timeOf(r.until ?? r.date)]),
  ].filter((t) => !Number.isNaN(t));
  if (bounds.length === 0) return [];
  const last = Math.max(...bounds);
  const first = Math.max(Math.min(...bounds), last - (MAX_DAYS - 1) * DAY_MS);
  const byDay = new Map(timeline.days.map((d) => [d.day, d]));
  const series: TimelineDay[] = [];
  for (let t = first; t <= last; t += DAY_MS) {
    const day = dayOf(t);
    series.push(byDay.get(day) ?? { day, events: 0, score: 0, anomalous: false, reasons: [] });
  }
  return series;
}

/** A record's span on the series' axis, clipped to it; null when it falls outside entirely. */
export function recordSpan(
  record: TimelineRecord,
  series: readonly TimelineDay[],
): { from: string; to: string } | null {
  const first = series[0]?.day;
  const last = series[series.length - 1]?.day;
  if (!first || !last) return null;
  const from = record.date < first ? first : record.date;
  const end = record.until ?? record.date;
  const to = end > last ? last : end;
  return from > to ? null : { from, to };
}
