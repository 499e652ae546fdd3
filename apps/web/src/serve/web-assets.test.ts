import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveWebAsset, webAssetResponse } from './web-assets.ts';

describe('resolveWebAsset', () => {
  let dist: string;
  beforeAll(() => {
    // GIVEN a built application: index.html and one hashed asset
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-web-dist-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    fs.writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    fs.writeFileSync(path.join(os.tmpdir(), 'vigil-web-secret.txt'), 'secret');
  });
  afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

  it('serves hashed assets as immutable and index.html as always fresh', () => {
    const asset = resolveWebAsset('/assets/index-abc123.js', dist);
    expect(asset?.contentType).toMatch(/javascript/);
    expect(asset?.cacheControl, 'hashed file names never change content').toMatch(/immutable/);
    expect(resolveWebAsset('/', dist)?.file).toBe(path.join(dist, 'index.html'));
  });

  it('answers client-side routes with index.html, but not missing files or the API', () => {
    expect(resolveWebAsset('/cases/case-1', dist)?.file).toBe(path.join(dist, 'index.html'));
    expect(
      resolveWebAsset('/assets/missing.js', dist),
      'a missing file is a 404, not the app',
    ).toBeNull();
    expect(resolveWebAsset('/api/alerts', dist), 'the API answers its own 404s').toBeNull();
  });

  it('never serves a file outside the build directory', () => {
    expect(resolveWebAsset('/../vigil-web-secret.txt', dist)).toBeNull();
    expect(resolveWebAsset('/%2e%2e/vigil-web-secret.txt', dist)).toBeNull();
    expect(resolveWebAsset('/%E0%A4%A', dist), 'malformed escapes are refused').toBeNull();
  });

  it('sends a Content-Security-Policy with the page', async () => {
    const response = await webAssetResponse('/overview', dist);
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response?.text()).toContain('id="root"');
  });
});
