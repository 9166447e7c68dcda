// Part 5 of the bench: Lighthouse with its default settings (mobile: a Moto G Power screen,
// simulated slow 4G and 4× CPU slow-down, "simulate" throttling) on the gzipped sub-folder site,
// in the system Chromium. Several runs: the median of each figure is printed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { addSummary, heading, mark, median, ms } from './stats.mjs';

export const BUDGET = { performance: 95, accessibility: 100, 'best-practices': 100 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const METRICS = { 'first-contentful-paint': 'FCP', 'largest-contentful-paint': 'LCP', 'total-blocking-time': 'TBT', 'speed-index': 'Speed Index', 'cumulative-layout-shift': 'CLS' };

async function runOnce(url) {
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES });
    if (!result) throw new Error('Lighthouse returned nothing');
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

export async function measureLighthouse(url, runs, reportDir) {
  heading(`5. Lighthouse (mobile, default config), ${runs} run(s), median`);
  let reports;
  try {
    reports = [];
    for (let i = 0; i < runs; i++) reports.push(await runOnce(url));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.log(`  Lighthouse could not run here: ${reason}`);
    addSummary('5 lighthouse', 'Lighthouse', `could not run: ${reason.slice(0, 60)}`);
    return null;
  }
  const first = reports[0];
  // The whole reports, to open in the Lighthouse viewer (https://googlechrome.github.io/lighthouse/viewer/).
  mkdirSync(reportDir, { recursive: true });
  reports.forEach((r, i) => writeFileSync(join(reportDir, `lighthouse-${i + 1}.json`), JSON.stringify(r)));
  console.log(`  reports: ${reportDir}/lighthouse-1…${reports.length}.json`);
  const fatal = reports.find((r) => r.runtimeError);
  if (fatal) {
    console.log(`  Lighthouse ran but could not measure: ${fatal.runtimeError.code}: ${fatal.runtimeError.message}`);
    addSummary('5 lighthouse', 'Lighthouse', `runtime error ${fatal.runtimeError.code}`);
    return null;
  }
  console.log(`  Lighthouse ${first.lighthouseVersion}, ${first.configSettings.formFactor}, throttling ${first.configSettings.throttlingMethod} (RTT ${first.configSettings.throttling.rttMs} ms, ${first.configSettings.throttling.throughputKbps} kbit/s, CPU ×${first.configSettings.throttling.cpuSlowdownMultiplier}), ${first.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? ''}`);
  console.log(`  benchmarkIndex of this machine per run: ${reports.map((r) => r.environment.benchmarkIndex).join(', ')} (Lighthouse's CPU yardstick; a busy machine scores low and its TBT goes up)`);
  const out = {};
  for (const id of CATEGORIES) {
    const score = median(reports.map((r) => Math.round(r.categories[id].score * 100)));
    out[id] = score;
    console.log(`  ${first.categories[id].title.padEnd(16)} ${String(score).padStart(4)}   (runs: ${reports.map((r) => Math.round(r.categories[id].score * 100)).join(', ')})   budget ${id === 'performance' ? '≥' : '='} ${BUDGET[id]} ${mark(score, BUDGET[id], 'min')}`);
    addSummary('5 lighthouse', first.categories[id].title, String(score), `${id === 'performance' ? '≥' : '='} ${BUDGET[id]}`, mark(score, BUDGET[id], 'min'));
  }
  for (const [id, label] of Object.entries(METRICS)) {
    const values = reports.map((r) => r.audits[id].numericValue);
    const value = median(values);
    const shown = id === 'cumulative-layout-shift' ? value.toFixed(3) : ms(value);
    console.log(`  ${label.padEnd(16)} ${shown.padStart(8)}   (runs: ${values.map((v) => (id === 'cumulative-layout-shift' ? v.toFixed(3) : ms(v))).join(', ')})`);
    if (label !== 'Speed Index' && label !== 'CLS') addSummary('5 lighthouse', label, shown);
    out[label] = value;
  }
  // What costs points, from the median-performance run: the scored audits below 100 and a few diagnostics.
  const byPerformance = [...reports].sort((a, b) => a.categories.performance.score - b.categories.performance.score);
  const mid = byPerformance[Math.floor(byPerformance.length / 2)];
  const misses = [];
  for (const id of CATEGORIES) {
    for (const ref of mid.categories[id].auditRefs) {
      const audit = mid.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) misses.push(`${id}/${ref.id} ${Math.round(audit.score * 100)}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    }
  }
  console.log(`  scored audits below 100 (median run): ${misses.length ? misses.join('; ') : 'none'}`);
  const lcpElement = mid.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet;
  if (lcpElement) console.log(`  LCP element: ${lcpElement.slice(0, 140)}`);
  const shifts = mid.audits['layout-shifts'];
  const shifted = (shifts?.details?.items ?? []).slice(0, 3);
  if (shifted.length) console.log(`  layout shifts: ${shifted.map((i) => `${(i.score ?? 0).toFixed(3)} ${i.node?.snippet?.slice(0, 90) ?? '?'}`).join('; ')}`);
  else if (shifts?.errorMessage) console.log(`  layout shifts: audit failed (${shifts.errorMessage})`);
  const blocking = mid.audits['render-blocking-resources']?.details?.items ?? [];
  if (blocking.length) console.log(`  render-blocking: ${blocking.map((i) => `${i.url.replace(/^.*\/primaweb\//, '')} (${ms(i.wastedMs)})`).join(', ')}`);
  const bootup = (mid.audits['bootup-time']?.details?.items ?? []).slice(0, 4);
  if (bootup.length) console.log(`  main-thread script time: ${bootup.map((i) => `${i.url.replace(/^.*\/primaweb\//, '')} ${ms(i.total)}`).join(', ')}`);
  const longTasks = (mid.audits['long-tasks']?.details?.items ?? []).slice(0, 5);
  if (longTasks.length) console.log(`  long tasks: ${longTasks.map((i) => `${String(i.url).replace(/^.*\/primaweb\//, '') || '?'} ${ms(i.duration)} at ${ms(i.startTime)}`).join(', ')}`);
  return out;
}
