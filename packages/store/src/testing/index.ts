export { storeBackends, type StoreBackend } from './store-backends.ts';
