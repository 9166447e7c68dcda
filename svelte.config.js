import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    runes: true,
    // Issue 13.4, every byte of the site counts: no `window.__svelte.v` version mark (read only by
    // tools), and shorter scoping classes than `svelte-` + the full hash of a component's style.
    discloseVersion: false,
    cssHash: ({ hash, css }) => `s${hash(css).slice(0, 6)}`,
  },
};
