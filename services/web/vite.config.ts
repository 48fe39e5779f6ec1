import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The programme office's web app. `npm run dev` (Vite's dev server, hot reload) proxies
 * /graphql to the API server on :4000; the build in dist/ is what the API server serves at /.
 * No inline script or style anywhere: the server's Content-Security-Policy allows neither.
 */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Nothing inlined as data: URLs (the CSP's img-src / font-src is 'self').
    assetsInlineLimit: 0,
    sourcemap: true,
    // govuk-frontend keeps an old IE hack (`min-width: 0\0`) that Lightning CSS, Vite's
    // default CSS minifier, refuses; esbuild's minifier passes it through.
    cssMinify: 'esbuild',
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', changeOrigin: false },
    },
  },
  preview: { host: '127.0.0.1' },
});
