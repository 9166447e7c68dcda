/**
 * Vite plugin: after the client build, renders the first screen with Svelte's server renderer
 * (src/prerender/first-screen.ts, built for Node into node_modules/.cache) and writes it into the
 * built index.html's <div id="app">. The browser paints it from the HTML; main.ts then mounts the
 * app in its place. No script is added to the page, so its Content-Security-Policy is unchanged.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const ENTRY = 'src/prerender/first-screen.ts';
export const APP_MARKER = '<div id="app"></div>';

export function prerender(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'primaweb-prerender',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(resolved) {
      config = resolved;
    },
    // Before the service worker's plugin (its precache revision of index.html is computed from the file we write).
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler() {
        // Inside the project, so that Node finds the packages the server build leaves external.
        const out = join(config.root, 'node_modules', '.cache', 'primaweb-prerender');
        try {
          await build({
            configFile: false,
            root: config.root,
            mode: config.mode,
            logLevel: 'warn',
            plugins: [svelte()],
            build: { ssr: ENTRY, outDir: out, emptyOutDir: true, minify: false, rollupOptions: { output: { entryFileNames: 'first-screen.mjs' } } },
          });
          const { renderFirstScreen } = (await import(pathToFileURL(join(out, 'first-screen.mjs')).href)) as typeof import('../src/prerender/first-screen');
          const { head, body } = await renderFirstScreen();
          const file = resolve(config.root, config.build.outDir, 'index.html');
          const html = await readFile(file, 'utf8');
          if (!html.includes(APP_MARKER)) throw new Error(`prerender: ${APP_MARKER} not found in ${file}`);
          // inert: until the app is mounted the screen is a picture of itself. A click on it would be
          // lost (no script behind it yet), so it takes neither clicks nor the focus, and assistive
          // technologies wait for the real one.
          await writeFile(file, html.replace('</head>', `${head}</head>`).replace(APP_MARKER, `<div id="app"><div inert>${body}</div></div>`));
        } finally {
          await rm(out, { recursive: true, force: true });
        }
      },
    },
  };
}
