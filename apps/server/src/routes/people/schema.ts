import { z } from 'zod';

/** Most identifiers one look-up resolves; the web client sends a long pasted list in parts. */
export const MAX_LOOKUP_IDS = 200;

const ASK = 'type part of a name, a username or an account id';

export const peopleQuery = z
  .object({
    /** Part of a name, a username or an account id; a search, never a way to list everyone. */
    q: z.string({ error: ASK }).trim().min(1, ASK).max(100).optional(),
    /**
     * Exact account ids, usernames or e-mail addresses, separated by commas, semicolons, spaces
     * or line breaks (a list pasted from a spreadsheet or a mail): each is found or reported.
     */
    ids: z
      .string()
      .max(40_000)
      .transform((v) => [...new Set(v.split(/[\s,;]+/).filter((id) => id !== ''))])
      .pipe(
        z
          .array(z.string().max(254))
          .min(1, 'list at least one account id or e-mail address')
          .max(MAX_LOOKUP_IDS, `look up at most ${MAX_LOOKUP_IDS} at once`),
      )
      .optional(),
    limit: z.coerce.number().int().min(1).max(20).default(10),
  })
  .refine((query) => query.q !== undefined || query.ids !== undefined, {
    message: ASK,
    path: ['q'],
  })
  .refine((query) => query.q === undefined || query.ids === undefined, {
    message: 'send either q (a search) or ids (a list), not both',
    path: ['ids'],
  });

export const personView = z.object({
  id: z.string(),
  displayName: z.string(),
  department: z.string().nullable(),
});

export const peopleList = z.object({
  people: z.array(personView),
  /** With `ids`: the identifiers that matched nobody, as they were sent. */
  notFound: z.array(z.string()).optional(),
});
