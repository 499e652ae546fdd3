export { startNatsCluster, freePort, NATS_SERVER, type NatsCluster } from './nats-cluster.ts';
export { syntheticEvents } from './synthetic-events.ts';
export { spawnWorker, type WorkerProcess } from './worker-process.ts';
export { waitUntilDrained } from './wait-drained.ts';
