import { defineConfig } from 'vite';

// Built into dist/, which the Maven build puts under META-INF/resources of the API (docs/adr/0026).
// `npm run dev` serves it on :5173 and passes /api to an API on :8080 (./run.sh).
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    // no data: URIs, no inline anything: the page's Content-Security-Policy allows only 'self'
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': 'http://localhost:8080' },
  },
});
