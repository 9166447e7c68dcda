import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { offlinePlugin, wantsServiceWorker } from './scripts/service-worker-plugin.ts';

// base './' keeps every asset path relative, so dist/ runs from any sub-folder of any static host.
export default defineConfig(({ command, mode }) => {
  // Only the web build gets a service worker: the single file and the LMS packages (modes 'single'
  // and 'lms') run from file:// or inside an LMS, and the dev server and Vitest need none.
  const serviceWorker = wantsServiceWorker(command, mode);
  return {
    base: './',
    publicDir: 'static',
    plugins: [svelte(), ...(serviceWorker ? [offlinePlugin()] : [])],
    // The registration code (src/app/service-worker.ts) reads this, so a build without the worker
    // never tries to register one.
    define: { __SERVICE_WORKER__: JSON.stringify(serviceWorker) },
    build: {
      target: 'es2020',
      outDir: 'dist',
      emptyOutDir: true,
    },
    test: {
      include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
      environment: 'node',
    },
  };
});
