import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SimCalendar } from '../calendar/sim-calendar.ts';
import type { Release } from '../events/release.ts';
import type { Organization } from '../organization/types.ts';
import type { PersonnelRegister } from '../population/personnel-register.ts';

/**
 * LDAP snapshots, one per month: a person is listed while employed at the month's first simulated
 * day, so leavers vanish from the following months (the CERT convention).
 */
export async function writeLdap(
  dir: string,
  org: Organization,
  calendar: SimCalendar,
  release: Release,
): Promise<number> {
  const ldapDir = path.join(dir, 'LDAP');
  await mkdir(ldapDir, { recursive: true });
  const r6 = release === 'r6.2';
  const header = r6
    ? 'employee_name,user_id,email,role,projects,business_unit,functional_unit,department,team,supervisor'
    : 'employee_name,user_id,email,role,business_unit,functional_unit,department,team,supervisor';
  const months = calendar.months();
  for (const month of months) {
    const first = calendar.days.find((d) => d.month === month)?.index ?? 0;
    let out = `${header}\n`;
    for (const e of org.employees) {
      if (e.leaveDay <= first) continue;
      const t = e.department.template;
      const projects = r6 ? `${e.projects.map((p) => p.name).join(';')},` : '';
      out += `${e.name},${e.id},${e.email},${e.role},${projects}1,${t.functionalUnit},${t.department},${e.team},${e.supervisor?.name ?? ''}\n`;
    }
    await writeFile(path.join(ldapDir, `${month}.csv`), out);
  }
  return months.length;
}

export async function writePsychometric(dir: string, org: Organization): Promise<void> {
  let out = 'employee_name,user_id,O,C,E,A,N\n';
  for (const e of org.employees) out += `${e.name},${e.id},${e.ocean.join(',')}\n`;
  await writeFile(path.join(dir, 'psychometric.csv'), out);
}

/** Vigil's document register: classification, compartment and owner of every share document. */
export async function writeDocuments(dir: string, org: Organization): Promise<void> {
  let out = 'path,classification,compartment,owner_department\n';
  for (const d of org.documents)
    out += `${d.path},${d.classification},${d.compartment},${d.department.name}\n`;
  await writeFile(path.join(dir, 'documents.csv'), out);
}

export async function writePersonnel(
  dir: string,
  register: PersonnelRegister,
  calendar: SimCalendar,
): Promise<void> {
  await writeFile(path.join(dir, 'personnel.csv'), register.toCsv(calendar));
}
