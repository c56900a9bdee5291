import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The web console (apps/web), built to dist/apps/web, which the api serves at `/`. JSX is compiled
 * by Vite's own esbuild (React's automatic runtime): @vitejs/plugin-react does not install here.
 */
export default defineConfig({
  root: __dirname,
  base: '/',
  esbuild: { jsx: 'automatic' },
  // The framework-free libraries the console shares with the server (apps/web/tsconfig.json's paths).
  resolve: {
    alias: [
      { find: /^@app\/audit/, replacement: resolve(__dirname, '../../libs/audit/src') },
      { find: /^@app\/contract/, replacement: resolve(__dirname, '../../libs/contract/src') },
      { find: /^@app\/domain/, replacement: resolve(__dirname, '../../libs/domain/src') },
      { find: /^@app\/projections/, replacement: resolve(__dirname, '../../projections') },
    ],
  },
  build: {
    outDir: resolve(__dirname, '../../dist/apps/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      // react-router marks its modules "use client" (for React Server Components): meaningless here.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/health': 'http://127.0.0.1:3000' } },
});
