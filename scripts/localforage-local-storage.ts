// localforage with its localStorage driver only (issue 13.4: 8.9 → 3.8 kB gz, on the first screen).
// The simulator keeps its records in localStorage, through localforage, as the product owner asks
// (src/storage/backend.ts picks `localforage.LOCALSTORAGE`); the package's one prebuilt file also
// carries the IndexedDB and WebSQL drivers and the `lie` Promise polyfill, about half its weight.
// This plugin builds localforage from its own ES sources (shipped in the package, `src/`) with
// those two drivers and the polyfill replaced by the stand-ins of scripts/localforage/. Every
// build and Vitest use it, so the unit tests run the code the learner gets.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const SOURCES = /[\\/]node_modules[\\/]localforage[\\/]src[\\/]/;

export function localforageLocalStorageOnly(): Plugin {
  return {
    name: 'primaweb:localforage-local-storage',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (id === 'localforage') {
        const main = await this.resolve('localforage/package.json', importer, { skipSelf: true });
        return main ? main.id.replace(/package\.json$/, 'src/localforage.js') : null;
      }
      if (!importer || !SOURCES.test(importer)) return null;
      if (/[\\/]?drivers[\\/](indexeddb|websql)(\.js)?$/.test(id)) return here('./localforage/unused-driver.js');
      if (/[\\/]?utils[\\/]promise(\.js)?$/.test(id)) return here('./localforage/promise.js');
      return null;
    },
  };
}
