import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `npm run build -w @vigil/web` writes the application. */
export const WEB_DIST_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../dist',
);

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/**
 * The page's security policy: scripts and styles only from this origin (no inline script, so
 * an injected `<script>` in any API-sourced text cannot run), no framing, no plug-ins. Recharts
 * sets inline style attributes, hence 'unsafe-inline' for styles only.
 */
export const WEB_SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

export interface WebAsset {
  file: string;
  contentType: string;
  /** Hashed build files never change under their name; index.html must always be fresh. */
  cacheControl: string;
}

/**
 * The file that answers a browser GET for `urlPath`: a built asset if one exists, otherwise
 * index.html so client-side routes (/cases/…) load the application. Paths that escape the dist
 * directory, and /api/*, are not the application's (null).
 */
export function resolveWebAsset(urlPath: string, distDir: string = WEB_DIST_DIR): WebAsset | null {
  if (urlPath === '/api' || urlPath.startsWith('/api/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const root = path.resolve(distDir);
  const candidate = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  if (candidate !== root && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) {
    const hashed = candidate.startsWith(path.join(root, 'assets') + path.sep);
    return {
      file: candidate,
      contentType: CONTENT_TYPES[path.extname(candidate)] ?? 'application/octet-stream',
      cacheControl: hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
  }
  // A missing file with an extension is a real 404, not a client route.
  if (path.extname(decoded) !== '') return null;
  const index = path.join(root, 'index.html');
  if (!fs.existsSync(index)) return null;
  return { file: index, contentType: CONTENT_TYPES['.html']!, cacheControl: 'no-cache' };
}

/** The asset as a web Response (what Hono handlers return), or null when it is not the app's. */
export async function webAssetResponse(
  urlPath: string,
  distDir: string = WEB_DIST_DIR,
): Promise<Response | null> {
  const asset = resolveWebAsset(urlPath, distDir);
  if (!asset) return null;
  const body = await fs.promises.readFile(asset.file);
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': asset.contentType,
      'cache-control': asset.cacheControl,
      ...WEB_SECURITY_HEADERS,
    },
  });
}
