import { z } from 'zod';
import { defineRoute, type RouteSpec } from '../http/define-route.ts';
import { openApiDocument } from '../openapi/openapi-document.ts';
import { accountRoutes } from './accounts/handler.ts';
import { alertRoutes } from './alerts/handler.ts';
import { auditRoutes } from './audit/handler.ts';
import { caseRoutes } from './cases/handler.ts';
import { health } from './health.ts';
import { peopleRoutes } from './people/handler.ts';
import { personnelRoutes } from './personnel/handler.ts';
import { registryRoutes } from './registry/handler.ts';
import { revealRoutes } from './reveals/handler.ts';
import { sessionRoutes } from './session/handler.ts';
import { tipRoutes } from './tips/handler.ts';
import { trainingRoutes } from './training/handler.ts';
import { campaignRoutes } from './campaigns/handler.ts';
import { subjectRoutes } from './subjects/handler.ts';

/** Every API route, in one list: the app, the OpenAPI document and the policy matrix test read it. */
const resourceRoutes: RouteSpec[] = [
  health,
  ...sessionRoutes,
  ...accountRoutes,
  ...auditRoutes,
  ...alertRoutes,
  ...caseRoutes,
  ...revealRoutes,
  ...personnelRoutes,
  ...tipRoutes,
  ...registryRoutes,
  ...trainingRoutes,
  ...campaignRoutes,
  ...subjectRoutes,
  ...peopleRoutes,
] as RouteSpec[];

const openApi = defineRoute({
  method: 'get',
  path: '/api/openapi.json',
  summary: 'This API as an OpenAPI 3.1 document',
  tag: 'meta',
  access: 'public',
  response: z.record(z.string(), z.unknown()),
  async handle() {
    return openApiDocument(ALL_ROUTES);
  },
});

export const ALL_ROUTES: readonly RouteSpec[] = [...resourceRoutes, openApi as RouteSpec];
