import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = import.meta.dirname;

/**
 * The web application builds into `<repo>/dist/web`, which the server serves at `/` (with an SPA
 * fallback). In development `/api` is proxied to a server started with `PORT=3000`.
 */
export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir: path.resolve(webRoot, '../../dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
