export { storeBackends, type StoreBackend } from './store-backends.ts';
export { postgresBinDir, startPostgresCluster, type PostgresCluster } from './postgres-cluster.ts';
export { startTcpProxy, type TcpProxy, type ProxyMode } from './tcp-proxy.ts';
