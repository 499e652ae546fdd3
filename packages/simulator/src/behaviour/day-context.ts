import type { SimCalendar, SimDay } from '../calendar/sim-calendar.ts';
import type { DayLog } from '../events/day-log.ts';
import type { Release } from '../events/release.ts';
import type { Employee, Organization, OrgDocument } from '../organization/types.ts';
import { hasNeedToKnow } from '../organization/document-catalogue.ts';

/** What every generator needs for one day. */
export interface DayContext {
  org: Organization;
  calendar: SimCalendar;
  release: Release;
  day: SimDay;
  log: DayLog;
  /** People employed that day (leavers removed), for picking colleagues. */
  staff: Employee[];
}

/** A span of time a person is logged on to one PC. */
export interface Session {
  pc: string;
  start: number;
  end: number;
}

const needToKnowCache = new WeakMap<Employee, OrgDocument[]>();

/** Documents a person may open in the course of work (cached per person). */
export function workingDocuments(person: Employee): OrgDocument[] {
  let docs = needToKnowCache.get(person);
  if (!docs) {
    docs = person.department.documents.filter((d) => hasNeedToKnow(d, person));
    if (docs.length === 0) docs = person.department.documents.slice();
    needToKnowCache.set(person, docs);
  }
  return docs;
}

export const isEmployed = (person: Employee, dayIndex: number) => dayIndex < person.leaveDay;
