import type { Prng } from '../random/prng.ts';
import { FIRST_NAMES, LAST_NAMES } from '../vocabulary/people-names.ts';
import { CODEWORDS, DEPARTMENT_TEMPLATES } from '../vocabulary/organization-units.ts';
import type { SimCalendar } from '../calendar/sim-calendar.ts';
import { buildDocumentCatalogue } from './document-catalogue.ts';
import { drawHabits, webmailAddress } from './habits.ts';
import {
  ORGANIZATION_DOMAIN,
  type Department,
  type Employee,
  type Organization,
  type Project,
} from './types.ts';

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * Builds the people, departments, projects, compartments, PCs and documents. Everything is drawn
 * from `rng` in a fixed order so a seed fixes the organization.
 */
export function buildOrganization(
  rng: Prng,
  userCount: number,
  calendar: SimCalendar,
): Organization {
  const departments = createDepartments(rng, userCount);
  const employees: Employee[] = [];
  const usedIds = new Set<string>();
  const usedNames = new Set<string>();
  const usedPcs = new Set<string>();
  const isWeekend = (d: number) => calendar.day(d).isWeekend;

  // IT gets ~4% of staff (at least 2 admins when there are enough people), others by weight.
  const itCount =
    userCount >= 10 ? Math.max(2, Math.round(userCount * 0.04)) : userCount >= 3 ? 1 : 0;
  const weights = departments.map((d) => (d.template.it ? 0 : 0.5 + rng.next()));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const deptOf: Department[] = [];
  for (let i = 0; i < itCount; i++) deptOf.push(departments[0] as Department);
  // Every non-IT department gets at least one member first, then draws by weight.
  for (const d of departments.slice(1)) if (deptOf.length < userCount) deptOf.push(d);
  while (deptOf.length < userCount) {
    let r = rng.next() * totalWeight;
    let chosen = departments[1] ?? (departments[0] as Department);
    for (let i = 0; i < departments.length; i++) {
      r -= weights[i] ?? 0;
      if (r <= 0) {
        chosen = departments[i] as Department;
        break;
      }
    }
    deptOf.push(chosen);
  }

  for (let index = 0; index < userCount; index++) {
    const department = deptOf[index] as Department;
    const { first, middle, last, name } = uniqueName(rng, usedNames);
    let id = '';
    do
      id =
        `${first[0]}${middle[0]}${last[0]}${rng.int(0, 9999).toString().padStart(4, '0')}`.toUpperCase();
    while (usedIds.has(id));
    usedIds.add(id);
    let pc = '';
    do pc = `PC-${rng.int(1000, 9999)}`;
    while (usedPcs.has(pc));
    usedPcs.add(pc);
    const personal = [webmailAddress(rng, first, last)];
    if (rng.chance(0.4)) personal.push(webmailAddress(rng, first, last));
    const projects = department.projects.length
      ? rng.sample(department.projects, rng.int(1, Math.min(2, department.projects.length)))
      : [];
    const employee: Employee = {
      index,
      id,
      name,
      email: `${first}.${middle}.${last}@${ORGANIZATION_DOMAIN}`,
      personalEmails: [...new Set(personal)],
      role: department.template.it ? 'ITAdmin' : rng.pick(department.template.roles),
      department,
      team: rng.pick(department.template.teams),
      supervisor: undefined,
      projects,
      compartments: new Set(projects.map((p) => p.compartment)),
      pc,
      isAdmin: Boolean(department.template.it),
      ocean: [0, 1, 2, 3, 4].map(() =>
        clamp(Math.round(rng.normal(30, 8)), 10, 50),
      ) as Employee['ocean'],
      habits: drawHabits(rng, calendar.length, isWeekend),
      leaveDay: Number.POSITIVE_INFINITY,
      relatives: [],
      travelDays: new Set(),
    };
    department.members.push(employee);
    employees.push(employee);
  }
  assignSupervisors(departments);

  const sharedPcs: string[] = [];
  const sharedCount = clamp(Math.round(userCount / 10), 5, 100);
  while (sharedPcs.length < sharedCount) {
    const pc = `PC-${rng.int(1000, 9999)}`;
    if (usedPcs.has(pc)) continue;
    usedPcs.add(pc);
    sharedPcs.push(pc);
  }
  const documents = buildDocumentCatalogue(rng, departments);
  return {
    employees,
    departments,
    sharedPcs,
    documents,
    byId: new Map(employees.map((e) => [e.id, e])),
  };
}

function createDepartments(rng: Prng, userCount: number): Department[] {
  const count = clamp(Math.round(userCount / 50), 4, DEPARTMENT_TEMPLATES.length);
  const codewords = rng.shuffled(CODEWORDS);
  let next = 0;
  const codeword = () => codewords[next++ % codewords.length] as string;
  return DEPARTMENT_TEMPLATES.slice(0, count).map((template, index) => {
    const dept: Department = {
      index,
      template,
      name: template.department,
      projects: [],
      members: [],
      documents: [],
    };
    const projectCount = template.it ? 1 : rng.int(2, 4);
    // Compartments group one or two of a department's projects.
    let compartment = '';
    for (let p = 0; p < projectCount; p++) {
      if (p % 2 === 0) compartment = codeword();
      const code = codeword();
      const project: Project = { name: `Project ${code}`, code, compartment, department: dept };
      dept.projects.push(project);
    }
    return dept;
  });
}

/** Team members report to their team lead, leads to the department head, heads to the director. */
function assignSupervisors(departments: Department[]): void {
  const heads = departments.map((d) => d.members[0]).filter((e): e is Employee => Boolean(e));
  const director = heads.find((h) => !h.isAdmin) ?? heads[0];
  for (const dept of departments) {
    const head = dept.members[0];
    if (!head) continue;
    head.supervisor = head === director ? undefined : director;
    const leads = new Map<string, Employee>();
    for (const member of dept.members.slice(1)) {
      const lead = leads.get(member.team);
      if (!lead) {
        leads.set(member.team, member);
        member.supervisor = head;
      } else {
        member.supervisor = lead;
      }
    }
  }
}

function uniqueName(rng: Prng, used: Set<string>) {
  for (;;) {
    const first = rng.pick(FIRST_NAMES);
    const middle = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    const name = `${first} ${middle} ${last}`;
    if (used.has(name) || first === middle) continue;
    used.add(name);
    return { first, middle, last, name };
  }
}
