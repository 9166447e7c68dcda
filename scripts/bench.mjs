// npm run bench: the speed and size figures of issue 13 part 4, each beside its budget. Benchmark
// figures only: nothing here is asserted by a test, and `npm test` never runs it.
//   1. sizes of the build (first screen, largest chunk, whole site per language, release/)
//   2. first paint: FCP, LCP, app interactive, CPU ×1 and ×4
//   3. click → next screen painted over the login path and a PrimaWeb integration, p50 / p95
//   4. the stored world: a large synthetic world's validation, save, load and size; suspend_data
//   5. Lighthouse (mobile) on the gzipped sub-folder site
// Parts live in scripts/bench/*.mjs. Options (environment):
//   RUNS=7        cold loads per CPU rate (part 2); RUNS=3 for a quick run
//   PATH_RUNS     walks of the path per CPU rate (part 3), default ⌈RUNS/3⌉
//   LH_RUNS       Lighthouse runs, default ⌈RUNS/3⌉; LH_RUNS=0 skips Lighthouse
//   CHROMIUM_PATH the browser (default /usr/bin/chromium)
// The machine is shared: every time is a median (or a percentile) over several runs, and the
// load average at the start and the end is printed to judge the noise.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite, measureSizes } from './bench/sizes.mjs';
import { launchChromium, measureBrowserStorage, measureFirstPaint, measureInteractions } from './bench/browser.mjs';
import { measureStorage } from './bench/storage.mjs';
import { measureLighthouse } from './bench/lighthouse.mjs';
import { serveDist } from './bench/server.mjs';
import { heading, printTable, summary } from './bench/stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const count = (name, fallback) => {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, not ${value}`);
  return n;
};
const RUNS = Math.max(1, count('RUNS', 7));
const PATH_RUNS = Math.max(1, count('PATH_RUNS', Math.ceil(RUNS / 3)));
const LH_RUNS = count('LH_RUNS', Math.ceil(RUNS / 3));

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let chromiumVersion = '?';
try {
  chromiumVersion = execFileSync(chromiumPath, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
} catch {}
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
const started = performance.now();
console.log(`npm run bench: RUNS=${RUNS} PATH_RUNS=${PATH_RUNS} LH_RUNS=${LH_RUNS}; Node ${process.version}, ${cpus().length} CPUs, ${chromiumVersion}`);
console.log(`load average at start: ${load()} (a shared machine: figures are medians and still noisy; kB = 1024 bytes)`);

const { manifest, seconds } = await buildSite(root);
console.log(`built dist/ with vite.config.ts + build.manifest in ${seconds.toFixed(1)} s`);
measureSizes(root, manifest);

const server = await serveDist(root);
if (!server.gzip) throw new Error('scripts/serve-static.mjs did not gzip (GZIP=1)');
try {
  const browser = await launchChromium();
  let stored;
  try {
    await measureFirstPaint(browser, server.url, RUNS);
    await measureInteractions(browser, server.url, PATH_RUNS);
    stored = await measureStorage(root, RUNS);
    await measureBrowserStorage(browser, server.url, stored.raw, RUNS);
  } finally {
    await browser.close();
  }
  if (LH_RUNS > 0) await measureLighthouse(server.url, LH_RUNS, join(root, 'node_modules', '.cache', 'bench'));
  else {
    heading('5. Lighthouse');
    console.log('  skipped (LH_RUNS=0)');
  }
} finally {
  server.close();
}

heading(`Summary (load average at the end: ${load()}; ${((performance.now() - started) / 1000).toFixed(0)} s in all)`);
printTable(summary);
