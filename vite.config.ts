import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { prerender } from './scripts/prerender';

// base './' keeps every asset path relative, so dist/ runs from any sub-folder of any static host.
export default defineConfig({
  base: './',
  publicDir: 'static',
  // prerender: the first screen's HTML in index.html, painted before the bundle runs.
  plugins: [svelte(), prerender()],
  build: {
    target: 'es2020',
    outDir: 'dist',
    emptyOutDir: true,
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
