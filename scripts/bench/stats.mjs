// Small helpers shared by the bench's parts: order statistics, formatting, the budget marks.
import { gzipSync } from 'node:zlib';

/** The value below which p % of the samples fall (nearest rank), or NaN without samples. */
export function percentile(samples, p) {
  const xs = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  return xs[Math.min(xs.length - 1, Math.max(0, Math.ceil((p / 100) * xs.length) - 1))];
}
export const median = (samples) => {
  const xs = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
};

/** gzip as a static host would serve it (level 9, the figure the numbers use). */
export const gzSize = (bytes) => gzipSync(bytes, { level: 9 }).length;
export const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
export const ms = (value) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms` : 'n/a');

/** ✓ or ✗ against a budget; '·' when there is no figure to judge. */
export function mark(value, budget, direction = 'max') {
  if (!Number.isFinite(value)) return '·';
  return (direction === 'max' ? value <= budget : value >= budget) ? '✓' : '✗';
}

/** One summary row per figure, kept in the order they were measured. */
export const summary = [];
export function addSummary(section, label, value, budget = '', ok = '') {
  summary.push({ section, label, value, budget, ok });
}

export function printTable(rows) {
  const cols = ['section', 'label', 'value', 'budget', 'ok'];
  const head = { section: 'part', label: 'figure', value: 'value', budget: 'budget', ok: '' };
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(...[head, ...rows].map((r) => String(r[c]).length))]));
  const line = (r) => cols.map((c) => String(r[c]).padEnd(width[c])).join('  ').trimEnd();
  console.log(line(head));
  console.log(cols.map((c) => '─'.repeat(width[c])).join('  '));
  let last = '';
  for (const r of rows) {
    console.log(line({ ...r, section: r.section === last ? '' : r.section }));
    last = r.section;
  }
}

export function heading(text) {
  console.log(`\n━━ ${text} ${'━'.repeat(Math.max(0, 88 - text.length))}`);
}
