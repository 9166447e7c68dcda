// Prints speed and size figures (never asserted in tests): the built size of dist/ (raw and
// gzipped JS + CSS), and the time to the first screen in Chromium, with and without a 4× CPU
// slow-down as on an old municipal PC. Usage: npm run bench (builds first).
import { execSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const RUNS = Number(process.env.RUNS ?? 7);
execSync('npx vite build', { stdio: 'ignore' });

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
let raw = 0;
let gz = 0;
for (const file of files('dist').filter((f) => /\.(js|css)$/.test(f))) {
  const bytes = readFileSync(file);
  raw += bytes.length;
  gz += gzipSync(bytes, { level: 9 }).length;
  console.log(`${file.padEnd(40)} ${(bytes.length / 1024).toFixed(1).padStart(7)} kB  gzip ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1).padStart(6)} kB`);
}
console.log(`JS + CSS total: ${(raw / 1024).toFixed(1)} kB, gzipped ${(gz / 1024).toFixed(1)} kB`);

const port = 4199;
const server = spawn('node', ['scripts/serve-static.mjs', 'dist'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const throttle of [1, 4]) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    // Records, inside the page, the moment the first screen's heading is in the document.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('h1')) {
          window.__firstScreen = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`http://127.0.0.1:${port}/oefenen/primaweb/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    times.push(await page.evaluate(() => window.__firstScreen));
    await context.close();
  }
  console.log(`first screen (heading visible), CPU ×${throttle}: median ${median(times).toFixed(0)} ms over ${RUNS} loads (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);
}
await browser.close();
server.kill();
