import { z } from 'zod';
import { pingStore } from '@vigil/store';
import { defineRoute } from '../http/define-route.ts';

export const health = defineRoute({
  method: 'get',
  path: '/api/health',
  summary: 'Health check',
  tag: 'meta',
  access: 'public',
  response: z.object({
    ok: z.boolean(),
    store: z.enum(['sqlite', 'postgres']),
    analytics: z.boolean(),
  }),
  async handle({ ctx }) {
    await pingStore(ctx.store);
    return { ok: true, store: ctx.store.dialect, analytics: ctx.events !== null };
  },
});
