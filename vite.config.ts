import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// base './' keeps every asset path relative, so dist/ runs from any sub-folder of any static host.
export default defineConfig({
  base: './',
  publicDir: 'static',
  plugins: [svelte()],
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
