import { z } from 'zod';

// `Date.parse` is no validator: it takes 2010-02-30 (rolling over to March 2), "1" (the year
// 2001) and "March 3, 2010", all of which PostgreSQL and DuckDB then refuse when the value is
// cast, failing a whole request or import instead of the one bad field.
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** `YYYY-MM-DD` naming a day that exists in the proleptic Gregorian calendar. */
export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * ISO 8601 as the stores read it: a calendar date, optionally a time (`T` or a space, minutes
 * or seconds, any fraction) and an offset (`Z`, `±HH`, `±HH:MM`, `±HHMM`).
 */
export function isIsoTimestamp(text: string): boolean {
  const m = TIMESTAMP.exec(text);
  if (!m || !isCalendarDate(m[1]!)) return false;
  const [hour, minute, second] = [Number(m[2] ?? 0), Number(m[3] ?? 0), Number(m[4] ?? 0)];
  return hour < 24 && minute < 60 && second < 60;
}

export const calendarDateSchema = z
  .string()
  .regex(DATE, 'expected a date YYYY-MM-DD')
  .refine(isCalendarDate, 'not a real calendar date');

export const isoTimestampSchema = z
  .string()
  .refine(isIsoTimestamp, { message: 'not an ISO 8601 timestamp' });
