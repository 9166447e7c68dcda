import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

// The built site is served from a sub-folder by a plain static server, as on Primabook.
// The port is a free one chosen once by the main process and handed to the workers through the
// environment (they evaluate this file again), so two runs on one machine never collide.
// PW_PORT fixes it by hand.
process.env.PW_PORT ??= execFileSync(process.execPath, [
  '-e',
  "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
]).toString();
const PORT = Number(process.env.PW_PORT);
const MOUNT = '/oefenen/primaweb/';

export default defineConfig({
  testDir: 'tests',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}${MOUNT}`,
    browserName: 'chromium',
    locale: 'nl-BE',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Without these, Chromium keeps trying to reach Google's services on a closed network.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
    trace: 'off',
    // A click must never race a smooth scroll: the highlight scrolls the page to the step's
    // control, which moves the sticky panel's buttons until it sticks (a lost "Volgende", CI of
    // 2026-12-01). The simulator honours the setting (Highlight.svelte), so this is what a
    // learner with "less motion" gets too.
    contextOptions: { reducedMotion: 'reduce' },
  },
  webServer: {
    command: `node scripts/serve-static.mjs dist`,
    url: `http://127.0.0.1:${PORT}${MOUNT}`,
    env: { PORT: String(PORT), MOUNT },
    // Never another run's server: it may serve another build.
    reuseExistingServer: false,
  },
});
