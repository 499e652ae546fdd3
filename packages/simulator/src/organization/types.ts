import type { Classification } from '@vigil/core';
import type { DepartmentTemplate } from '../vocabulary/organization-units.ts';
import type { EverydayTopic, WebTopic } from '../vocabulary/web-domains.ts';

export const ORGANIZATION_DOMAIN = 'dtaa.com';

export interface Project {
  /** As listed in LDAP, e.g. `Project HALYARD`. */
  name: string;
  code: string;
  compartment: string;
  department: Department;
}

export interface Department {
  index: number;
  template: DepartmentTemplate;
  /** `department` column value. */
  name: string;
  projects: Project[];
  members: Employee[];
  documents: OrgDocument[];
}

export interface OrgDocument {
  /** Exactly the `filename` written in file.csv. */
  path: string;
  classification: Classification;
  /** Empty for documents outside any compartment. */
  compartment: string;
  department: Department;
  extension: string;
  /** CERT-style content: hex header then keywords; fixed per document. */
  content: string;
  /** Bytes, for e-mail attachment lists. */
  size: number;
}

/** Day-to-day habits drawn once per person; benign behaviour is these plus noise. */
export interface Habits {
  /** Usual arrival, seconds after midnight. */
  arrival: number;
  /** Usual length of the working day in seconds. */
  workLength: number;
  /** Habitual late worker: often stays into the evening. */
  lateWorker: boolean;
  /** Probability of working on a given weekend day. */
  weekendRate: number;
  webVisitsPerDay: number;
  emailsSentPerDay: number;
  emailsViewedPerDay: number;
  fileOpensPerDay: number;
  /** Probability of a thumb-drive session on a work day (0 for most people). */
  usbSessionRate: number;
  /** Probability of a work day spent on a colleague's PC or a shared PC. */
  otherPcRate: number;
  /** Probability a work day includes a legitimate cloud-storage upload. */
  cloudUploadRate: number;
  /** Probability a work day includes mailing a work document to one's own webmail (to work from home). */
  takeHomeRate: number;
  /** Probability a work day includes a gambling-site session. */
  gamblingRate: number;
  topics: EverydayTopic[];
  topicWeights: number[];
  /** The user's own sites per topic (a subset of the topic pool). */
  domains: Record<WebTopic, string[]>;
  externalContacts: string[];
  friends: string[];
  /** Day indexes the person is away (vacation, sick). */
  absences: Set<number>;
}

export interface Employee {
  index: number;
  id: string;
  name: string;
  email: string;
  personalEmails: string[];
  role: string;
  department: Department;
  team: string;
  supervisor: Employee | undefined;
  projects: Project[];
  compartments: Set<string>;
  pc: string;
  isAdmin: boolean;
  /** Big Five scores (O, C, E, A, N), 10–50 as in CERT psychometric.csv. */
  ocean: [number, number, number, number, number];
  habits: Habits;
  /** First day index the person no longer works here (Infinity when they stay). */
  leaveDay: number;
  /** Job-site browsing window [start, end) before leaving, if any. */
  jobSearch?: { start: number; end: number };
  /** Registered relatives' personal addresses (family_member records). */
  relatives: string[];
  /** Days the person is abroad (foreign_travel). */
  travelDays: Set<number>;
}

export interface Organization {
  employees: Employee[];
  departments: Department[];
  sharedPcs: string[];
  documents: OrgDocument[];
  byId: Map<string, Employee>;
}
