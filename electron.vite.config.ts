import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/contentSecurityPolicy';

// The built index.html carries the CSP itself, so it holds wherever the files are served
// from. Development builds go without: Vite's dev server injects inline scripts.
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

// One build for both shells: out/main + out/preload for Electron, out/renderer for Electron
// and for browser mode (served by the sync server). `base: './'` keeps asset URLs relative
// so the same files load from app:// in Electron and from / in a browser.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // Sandboxed preloads must be a single CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    // resources/ holds the app icon, which the page also uses as its favicon.
    publicDir: resolve('resources'),
    plugins: [react(), contentSecurityPolicyMeta()],
    // The import worker (modules/import/importWorker.ts) is an ES module: `{ type: 'module' }`.
    worker: { format: 'es' },
    build: {
      outDir: 'out/renderer',
      // Minified: a smaller bundle parses faster, and the cold start is measured.
      // CRM_NO_MINIFY=1 keeps names readable in a CPU profile (BENCH_PROFILE in bench/run.mjs).
      minify: process.env.CRM_NO_MINIFY !== '1',
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
