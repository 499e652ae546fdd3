import { distributionRoutes } from './distribution-handler.ts';
import { documentRoutes } from './documents-handler.ts';
import { grantRoutes } from './grants-handler.ts';

export const registryRoutes = [...documentRoutes, ...grantRoutes, ...distributionRoutes];
