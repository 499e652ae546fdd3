import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * `npm run build -w @vigil/web` writes dist/, which the Vigil server serves. In development
 * (`npm run dev -w @vigil/web`) /api goes to a server started with `vigil serve` on port 8080, so
 * the session cookie stays same-origin as it is in production.
 */
export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/api': process.env.VIGIL_API_URL ?? 'http://127.0.0.1:8080' } },
  build: { outDir: 'dist', chunkSizeWarningLimit: 1500 },
});
