import type { PersonnelKind } from '@vigil/core';
import type { SimCalendar } from '../calendar/sim-calendar.ts';

export interface PersonnelRecord {
  /** Day index relative to the run start (may be negative: registered before the run). */
  day: number;
  user: string;
  kind: PersonnelKind;
  /** Day index of return for foreign_travel. */
  untilDay?: number;
  country?: string;
  counterparty?: string;
  note?: string;
}

/** Records a security office holds about its people: travel, contacts, finances, family, notices. */
export class PersonnelRegister {
  readonly records: PersonnelRecord[] = [];

  add(record: PersonnelRecord): void {
    this.records.push(record);
  }

  /** CSV rows `id,date,user,kind,until,country,counterparty,note`, ordered by date then user. */
  toCsv(calendar: SimCalendar): string {
    const start = calendar.day(0).date.getTime();
    const iso = (day: number) => new Date(start + day * 86_400_000).toISOString().slice(0, 10);
    const sorted = this.records
      .map((r, i) => ({ r, i }))
      .sort(
        (a, b) =>
          a.r.day - b.r.day || (a.r.user < b.r.user ? -1 : a.r.user > b.r.user ? 1 : a.i - b.i),
      );
    let out = 'id,date,user,kind,until,country,counterparty,note\n';
    sorted.forEach(({ r }, n) => {
      const until = r.untilDay === undefined ? '' : iso(r.untilDay);
      out += `PR-${String(n + 1).padStart(6, '0')},${iso(r.day)},${r.user},${r.kind},${until},${r.country ?? ''},${r.counterparty ?? ''},${r.note ?? ''}\n`;
    });
    return out;
  }
}
