import { z } from 'zod';

export const peopleQuery = z.object({
  /** Part of a name, a username or an account id; a search, never a way to list everyone. */
  q: z
    .string({ error: 'type part of a name, a username or an account id' })
    .trim()
    .min(1, 'type part of a name, a username or an account id')
    .max(100),
  limit: z.coerce.number().int().min(1).max(20).default(10),
});

export const personView = z.object({
  id: z.string(),
  displayName: z.string(),
  department: z.string().nullable(),
});

export const peopleList = z.object({ people: z.array(personView) });
