import { z } from 'zod';
import { CLASSIFICATIONS, PERSONNEL_KINDS, calendarDateSchema } from '@vigil/core';

const isoDate = calendarDateSchema;
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.union([z.literal('').transform(() => null), schema]);

export const DOCUMENT_HEADERS = [
  ['path', 'classification', 'compartment', 'owner_department'],
] as const;
export const documentRowSchema = z.object({
  path: z.string().min(1, 'empty path'),
  classification: z.enum(CLASSIFICATIONS),
  compartment: z.string(),
  owner_department: z.string(),
});

export const PERSONNEL_HEADERS = [
  ['id', 'date', 'user', 'kind', 'until', 'country', 'counterparty', 'note'],
] as const;
export const personnelRowSchema = z
  .object({
    id: z.string().min(1, 'empty id'),
    date: isoDate,
    user: z.string().min(1, 'empty user'),
    kind: z.enum(PERSONNEL_KINDS),
    until: optional(isoDate),
    country: z.string(),
    counterparty: z.string(),
    note: z.string(),
  })
  .refine((r) => r.until === null || r.until >= r.date, {
    message: 'until is before date',
    path: ['until'],
  })
  .refine((r) => r.kind !== 'family_member' || r.counterparty.includes('@'), {
    message: "a family_member record needs the relative's e-mail as counterparty",
    path: ['counterparty'],
  });

export const LDAP_HEADERS = [
  [
    'employee_name',
    'user_id',
    'email',
    'role',
    'business_unit',
    'functional_unit',
    'department',
    'team',
    'supervisor',
  ],
  [
    'employee_name',
    'user_id',
    'email',
    'role',
    'projects',
    'business_unit',
    'functional_unit',
    'department',
    'team',
    'supervisor',
  ],
] as const;
export const ldapRowSchema = z.object({
  employee_name: z.string(),
  user_id: z.string().min(1, 'empty user_id'),
  email: z.string(),
  role: z.string(),
  projects: z.string().default(''),
  business_unit: z.string(),
  functional_unit: z.string(),
  department: z.string(),
  team: z.string(),
  supervisor: z.string(),
});

export const PSYCHOMETRIC_HEADERS = [
  ['employee_name', 'user_id', 'o', 'c', 'e', 'a', 'n'],
] as const;
const trait = z.coerce.number().int('expected an integer score').min(0).max(100);
export const psychometricRowSchema = z.object({
  employee_name: z.string(),
  user_id: z.string().min(1, 'empty user_id'),
  o: trait,
  c: trait,
  e: trait,
  a: trait,
  n: trait,
});
