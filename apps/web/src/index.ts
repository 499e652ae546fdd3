/**
 * The server-side face of the web application: where its build lives and how to answer a GET
 * for it. The React application itself starts at src/main.tsx and is bundled by Vite.
 */
export {
  WEB_DIST_DIR,
  WEB_SECURITY_HEADERS,
  resolveWebAsset,
  webAssetResponse,
  type WebAsset,
} from './serve/web-assets.ts';
