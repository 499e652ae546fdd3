import { calendarDateSchema } from '@vigil/core';
import { z } from 'zod';

/**
 * What is wrong with one field, in a vocabulary of Vigil's own: clients translate `kind` (with
 * `limit` or `values`) into the reader's language instead of showing zod's English `message`.
 * `code` is zod's issue code, passed on for completeness; `kind` is the stable contract, so a
 * zod upgrade that renames a code does not change what a client reads.
 */
export const PROBLEM_KINDS = [
  'required',
  'too_short',
  'too_long',
  'too_few',
  'too_many',
  'too_small',
  'too_large',
  'invalid_date',
  'invalid_email',
  'invalid_format',
  'invalid_choice',
  'wrong_type',
  'invalid',
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export const validationProblemSchema = z.object({
  /** Dotted path of the field in the body or query (`accountIds.3`); empty for the whole input. */
  field: z.string(),
  /** The server's own sentence, in English. */
  message: z.string(),
  code: z.string().optional(),
  kind: z.enum(PROBLEM_KINDS).optional(),
  /** The bound a too_* kind was measured against: characters, items or a number. */
  limit: z.number().optional(),
  /** False when the bound itself is not allowed (more than `limit`, not at least). */
  inclusive: z.boolean().optional(),
  /** The accepted values of an invalid_choice. */
  values: z.array(z.string()).optional(),
});
export type ValidationProblem = z.infer<typeof validationProblemSchema>;

type Issue = z.core.$ZodIssue;
type Path = ReadonlyArray<PropertyKey>;

/** One problem per zod issue, classified with the schema that failed and the input it read. */
export function validationProblem(
  issue: Issue,
  schema?: z.ZodType,
  input?: unknown,
): ValidationProblem {
  const base = {
    field: issue.path.map(String).join('.'),
    message: issue.message,
    code: issue.code,
  };
  const bound = (value: number | bigint, inclusive: boolean | undefined) => ({
    limit: Number(value),
    ...(inclusive === false ? { inclusive: false } : {}),
  });
  const missing = issue.path.length > 0 && valueAt(input, issue.path) == null;
  // A date field reads as one whatever check of it failed (pattern, or a day that does not exist).
  if (
    !missing &&
    (issue.code === 'invalid_format' || issue.code === 'custom') &&
    schema &&
    schemaAt(schema, issue.path) === calendarDateSchema
  )
    return { ...base, kind: 'invalid_date' };
  switch (issue.code) {
    case 'invalid_type':
      return { ...base, kind: missing ? 'required' : 'wrong_type' };
    case 'too_small':
      if (issue.origin === 'string')
        // `.min(1)` on text means "not empty": the reader is told it is required.
        return Number(issue.minimum) <= 1
          ? { ...base, kind: 'required' }
          : { ...base, kind: 'too_short', ...bound(issue.minimum, issue.inclusive) };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { ...base, kind: 'too_few', ...bound(issue.minimum, issue.inclusive) };
      return { ...base, kind: 'too_small', ...bound(issue.minimum, issue.inclusive) };
    case 'too_big':
      if (issue.origin === 'string')
        return { ...base, kind: 'too_long', ...bound(issue.maximum, issue.inclusive) };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { ...base, kind: 'too_many', ...bound(issue.maximum, issue.inclusive) };
      return { ...base, kind: 'too_large', ...bound(issue.maximum, issue.inclusive) };
    case 'invalid_format':
      if (issue.format === 'email') return { ...base, kind: 'invalid_email' };
      if (issue.format === 'date' || issue.format === 'datetime')
        return { ...base, kind: 'invalid_date' };
      return { ...base, kind: 'invalid_format' };
    case 'invalid_value':
      // zod reports a choice left out (an enum) as a value outside the list.
      if (missing) return { ...base, kind: 'required' };
      return {
        ...base,
        kind: 'invalid_choice',
        // A long list of accepted values is no help to a reader (nor small enough to send).
        ...(issue.values.length <= 20 ? { values: issue.values.map(String) } : {}),
      };
    case 'custom':
      // A rule of the whole input about a field that was not sent (`expiresOn` for an approval).
      return { ...base, kind: missing ? 'required' : 'invalid' };
    default:
      return { ...base, kind: 'invalid' };
  }
}

/** The value at `path` in what the client sent (undefined when any step of it is missing). */
function valueAt(input: unknown, path: Path): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The schema that validated `path`, through optional, default, nullable and pipe wrappers. */
function schemaAt(schema: z.ZodType, path: Path): z.ZodType | undefined {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const key of path) {
    if (current instanceof z.ZodObject) current = current.shape[String(key)] as z.ZodType;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else return undefined;
    if (!current) return undefined;
    current = unwrap(current);
  }
  return current;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.ZodType; in?: z.ZodType };
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}
