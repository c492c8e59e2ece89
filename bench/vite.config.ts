import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The benchmark page, built like the production renderer (no RxDB dev-mode).
export default defineConfig({
  root: resolve(import.meta.dirname, 'page'),
  base: './',
  logLevel: 'warn',
  // CRM_NO_MINIFY=1: readable names in a CPU profile (BENCH_PROFILE).
  build: { outDir: resolve(import.meta.dirname, '.out'), emptyOutDir: true, minify: process.env.CRM_NO_MINIFY !== '1' },
});
