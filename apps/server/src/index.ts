export { startServer, type StartServerOptions, type RunningServer } from './boot.ts';
export { loadConfig, type ServerConfig } from './config.ts';
export { startDemoServer, type DemoServer } from './demo/demo-server.ts';
export { createAccount } from './identity/accounts.ts';
export { pseudonymOf } from './analytics/pseudonyms.ts';
export { ROLES, type Role } from './identity/roles.ts';
export { startScoringWorker, type RunningWorker } from './worker/start-scoring-worker.ts';
export { ALL_ROUTES } from './routes/index.ts';
