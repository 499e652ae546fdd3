import type { Prng } from '../random/prng.ts';
import type { SimCalendar } from '../calendar/sim-calendar.ts';
import type { Employee, Organization } from '../organization/types.ts';
import {
  COUNTRIES,
  FIRST_NAMES,
  HIGH_RISK_COUNTRIES,
  LAST_NAMES,
} from '../vocabulary/people-names.ts';
import { webmailAddress } from '../organization/habits.ts';
import type { PersonnelRegister } from './personnel-register.ts';

/**
 * The benign twins of every insider signal. A detector is only meaningful if it must tell the
 * scenario from these people: travellers (some to high-risk countries, some reporting contacts),
 * gamblers and people in financial distress, registered relatives who get personal e-mail,
 * legitimate cloud users, job seekers who stay, honest leavers with notice, and layoffs.
 */
export function castLookalikes(
  rng: Prng,
  org: Organization,
  calendar: SimCalendar,
  register: PersonnelRegister,
  insiders: ReadonlySet<Employee>,
): void {
  const days = calendar.length;
  const benign = org.employees.filter(
    (e) => !insiders.has(e) && e.leaveDay === Number.POSITIVE_INFINITY,
  );
  const share = (p: number, min = 0) =>
    rng.sample(benign, Math.max(min, Math.round(benign.length * p)));

  for (const person of share(0.1, 2)) {
    const trips = Math.max(1, Math.round((days / 120) * rng.int(1, 3)));
    for (let i = 0; i < trips; i++) addTrip(rng, person, register, days, rng.chance(0.3));
  }
  for (const person of share(0.03, 1)) {
    register.add({
      day: rng.int(-60, Math.max(0, days - 1)),
      user: person.id,
      kind: 'financial_distress',
      note: rng.pick(DISTRESS_NOTES),
    });
    if (rng.chance(0.5)) person.habits.gamblingRate = 0.05 + rng.next() * 0.3;
  }
  for (const person of share(0.03, 1)) person.habits.gamblingRate = 0.05 + rng.next() * 0.35;
  for (const person of share(0.1, 2)) registerRelatives(rng, person, register, calendar);
  for (const person of share(0.08, 1)) person.habits.cloudUploadRate = 0.04 + rng.next() * 0.25;
  for (const person of share(0.015, 1)) {
    const start = rng.int(0, Math.max(0, days - 10));
    person.jobSearch = { start, end: Math.min(days, start + rng.int(7, 40)) };
  }
  if (days >= 20) {
    for (const person of share(0.02, 1)) honestDeparture(rng, person, register, days);
  }
}

const DISTRESS_NOTES = [
  'Wage garnishment',
  'Bankruptcy filing',
  'Credit report delinquency',
  'Tax lien',
  'Foreclosure notice',
  'Self-reported debt',
];
const TRIP_NOTES = [
  'Vacation',
  'Conference',
  'Family visit',
  'Wedding',
  'Business meeting',
  'Trade show',
];
const RELATIONS = [
  'Spouse',
  'Sister',
  'Brother',
  'Mother',
  'Father',
  'Son',
  'Daughter',
  'Cousin',
  'In-law',
];

/** A trip: absent while abroad; a reported foreign contact sometimes follows a high-risk trip. */
export function addTrip(
  rng: Prng,
  person: Employee,
  register: PersonnelRegister,
  days: number,
  highRisk: boolean,
  at?: number,
  contactReportRate = 0.5,
): { depart: number; back: number; country: string } {
  const depart = at ?? rng.int(0, Math.max(0, days - 5));
  const back = depart + rng.int(3, 14);
  const country = highRisk
    ? rng.pick(HIGH_RISK_COUNTRIES)
    : rng.pick(COUNTRIES.filter((c) => !HIGH_RISK_COUNTRIES.includes(c)));
  register.add({
    day: depart,
    user: person.id,
    kind: 'foreign_travel',
    untilDay: back,
    country,
    note: rng.pick(TRIP_NOTES),
  });
  for (let d = depart; d <= back; d++) person.travelDays.add(d);
  if (highRisk && rng.chance(contactReportRate)) {
    const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
    register.add({
      day: Math.min(days - 1, back + rng.int(1, 20)),
      user: person.id,
      kind: 'foreign_contact',
      country,
      counterparty: name,
      note: 'Reported by subject',
    });
  }
  return { depart, back, country };
}

/** A relative's personal address on file; the person writes to them now and then. */
export function registerRelatives(
  rng: Prng,
  person: Employee,
  register: PersonnelRegister,
  calendar: SimCalendar,
): string {
  const surname = person.name.split(' ').at(-1) ?? rng.pick(LAST_NAMES);
  let first = '';
  const count = rng.int(1, 2);
  for (let i = 0; i < count; i++) {
    const address = webmailAddress(rng, rng.pick(FIRST_NAMES), surname);
    person.relatives.push(address);
    if (!first) first = address;
    register.add({
      day: rng.int(-400, Math.min(0, calendar.length - 1)),
      user: person.id,
      kind: 'family_member',
      counterparty: address,
      note: rng.pick(RELATIONS),
    });
  }
  person.habits.friends.push(...person.relatives);
  return first;
}

/** Job search, a resignation notice, then departure — with no data taken. */
export function honestDeparture(
  rng: Prng,
  person: Employee,
  register: PersonnelRegister,
  days: number,
): void {
  const leave = rng.int(Math.floor(days * 0.3), Math.max(Math.floor(days * 0.3), days - 1));
  const notice = Math.max(0, leave - rng.int(10, 25));
  person.jobSearch = { start: Math.max(0, notice - rng.int(10, 50)), end: notice };
  register.add({
    day: notice,
    user: person.id,
    kind: 'resignation_notice',
    note: 'Two weeks notice',
  });
  person.leaveDay = leave;
}

/** Layoffs: a share of a department leaves on one day (they vanish from later LDAP months). */
export function layOff(
  rng: Prng,
  members: Employee[],
  day: number,
  keep: ReadonlySet<Employee>,
): Employee[] {
  const eligible = members
    .slice(1)
    .filter((m) => !keep.has(m) && m.leaveDay === Number.POSITIVE_INFINITY);
  const cut = rng.sample(
    eligible,
    Math.max(1, Math.round(eligible.length * (0.2 + rng.next() * 0.15))),
  );
  for (const m of cut) m.leaveDay = day;
  return cut;
}
