import { z } from 'zod';

export const subjectParams = z.object({
  pseudonym: z.string().regex(/^P-[A-Z2-9]{8}$/, 'expected a pseudonym such as P-K7QX2M9R'),
});

export const timelineView = z.object({
  pseudonym: z.string(),
  days: z.array(
    z.object({
      day: z.string(),
      events: z.number(),
      score: z.number(),
      anomalous: z.boolean(),
      reasons: z.array(z.string()),
    }),
  ),
  records: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      date: z.string(),
      until: z.string().nullable(),
      /** Where (travel, a contact's or a relative's country); never who. */
      country: z.string().nullable(),
      summary: z.string(),
    }),
  ),
});
