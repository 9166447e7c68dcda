// Part 1 of the bench: the built sizes. The site is built with the project's own vite.config.ts
// (prerender included) plus `build.manifest`, set here only, so the chunk graph is known: the
// first screen is what index.html loads (its script and link tags) plus everything the entry
// chunk imports statically, as Vite's manifest records it.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'vite';
import { addSummary, gzSize, heading, kB, mark } from './stats.mjs';

export const BUDGET = { firstScreen: 70 * 1024, largestChunk: 30 * 1024, site: 200 * 1024 };
/**
 * The languages each language falls back to (src/i18n/locales.ts FALLBACKS). A learner loads each
 * catalog part once: in their language, or in the first fallback that has the part (German reads
 * PrimaWeb, Toegangsbeheer, ChaMan and OCMW-configuratie in French, English in Dutch: they have no
 * German or English); the Dutch core is in the first bundle for everyone.
 */
const FALLBACKS = { nl: ['nl'], fr: ['fr', 'nl'], de: ['de', 'fr', 'nl'], en: ['en', 'nl'] };

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The message chunk of one language: fr-….js (the main catalogue), chaman.fr-….js and the like. */
export const languageOf = (file) => messagePart(file)?.language ?? null;
/** A message chunk's part ('' for the core catalogue) and language, or null for any other file. */
const messagePart = (file) => {
  const m = /(?:^|\/)(?:([a-z-]+)\.)?(nl|fr|de|en)-[A-Za-z0-9_-]+\.js$/.exec(file);
  return m ? { part: m[1] ?? '', language: m[2] } : null;
};

export async function buildSite(root) {
  const started = performance.now();
  await build({ root, logLevel: 'error', build: { manifest: true } });
  const seconds = (performance.now() - started) / 1000;
  const manifestFile = join(root, 'dist', '.vite', 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  // dist/ stays as `npm run build` leaves it: the manifest is the bench's own.
  rmSync(join(root, 'dist', '.vite'), { recursive: true, force: true });
  return { manifest, seconds };
}

/** What index.html loads before anything else: its own tags, and the entry's static imports with their CSS. */
export function firstScreenFiles(dist, manifest) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const fromHtml = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="(?:stylesheet|modulepreload)"/g)].map((m) => m[1]),
  ].map((href) => href.replace(/^\.\//, ''));
  const seen = new Set();
  const out = new Set(fromHtml.filter((f) => /\.(js|css)$/.test(f)));
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    out.add(chunk.file);
    for (const css of chunk.css ?? []) out.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...out].sort();
}

export function measureSizes(root, manifest) {
  const dist = join(root, 'dist');
  const all = files(dist).map((path) => {
    const bytes = readFileSync(path);
    return { file: relative(dist, path), raw: bytes.length, gz: gzSize(bytes) };
  });
  const byFile = new Map(all.map((f) => [f.file, f]));
  const code = all.filter((f) => /\.(js|css|json)$/.test(f.file));

  heading('1. Sizes (gzip level 9, as the issue\'s figures)');
  const first = firstScreenFiles(dist, manifest).map((f) => byFile.get(f));
  const firstGz = first.reduce((s, f) => s + f.gz, 0);
  console.log('First screen: what dist/index.html loads (script + link tags) and the entry chunk\'s static imports (Vite manifest):');
  for (const f of first) console.log(`  ${f.file.padEnd(44)} ${kB(f.raw).padStart(9)}  gz ${kB(f.gz).padStart(8)}`);
  const html = byFile.get('index.html');
  console.log(`  (index.html itself, with the pre-rendered first screen: ${kB(html.raw)}, gz ${kB(html.gz)}; not counted)`);
  console.log(`  first screen JS+CSS gz: ${kB(firstGz)}   budget ≤ ${kB(BUDGET.firstScreen)} ${mark(firstGz, BUDGET.firstScreen)}`);
  addSummary('1 sizes', 'first screen JS+CSS gz', kB(firstGz), `≤ ${kB(BUDGET.firstScreen)}`, mark(firstGz, BUDGET.firstScreen));

  const chunks = code.filter((f) => /\.(js|css)$/.test(f.file)).sort((a, b) => b.gz - a.gz);
  console.log('\nLargest chunks (gz):');
  for (const f of chunks.slice(0, 12)) console.log(`  ${f.file.padEnd(44)} ${kB(f.raw).padStart(9)}  gz ${kB(f.gz).padStart(8)}  ${mark(f.gz, BUDGET.largestChunk)}`);
  const largest = chunks[0];
  console.log(`  largest chunk gz: ${largest.file} ${kB(largest.gz)}   budget ≤ ${kB(BUDGET.largestChunk)} ${mark(largest.gz, BUDGET.largestChunk)}`);
  addSummary('1 sizes', `largest chunk gz (${largest.file.replace(/^assets\//, '')})`, kB(largest.gz), `≤ ${kB(BUDGET.largestChunk)}`, mark(largest.gz, BUDGET.largestChunk));

  console.log('\nWhole site for one language (every JS+CSS+JSON file but the message chunks of languages it does not load):');
  const parts = code.map((f) => messagePart(f.file)).filter(Boolean);
  const exists = (part, language) => parts.some((p) => p.part === part && p.language === language);
  for (const lang of Object.keys(FALLBACKS)) {
    const loads = (f) => {
      const p = messagePart(f.file);
      return p === null || p.language === FALLBACKS[lang].find((l) => exists(p.part, l));
    };
    const kept = code.filter(loads);
    const left = code.filter((f) => !loads(f));
    const gz = kept.reduce((s, f) => s + f.gz, 0);
    const raw = kept.reduce((s, f) => s + f.raw, 0);
    console.log(`  ${lang}: ${kept.length} files, ${kB(raw)} raw, gz ${kB(gz)}   budget ≤ ${kB(BUDGET.site)} ${mark(gz, BUDGET.site)}   (left out: ${left.map((f) => f.file.replace(/^assets\//, '')).join(', ')})`);
    addSummary('1 sizes', `whole site gz, ${lang}`, kB(gz), `≤ ${kB(BUDGET.site)}`, mark(gz, BUDGET.site));
  }
  const everything = code.reduce((s, f) => s + f.gz, 0);
  console.log(`  (all languages: ${code.length} files, gz ${kB(everything)})`);

  const release = join(root, 'release');
  console.log('\nPackages (release/):');
  if (!existsSync(release) || files(release).length === 0) {
    console.log('  release/ not built (npm run package)');
    addSummary('1 sizes', 'release/ packages', 'not built (npm run package)');
  } else {
    for (const path of files(release).sort()) {
      const bytes = readFileSync(path);
      const name = relative(release, path);
      const gz = /\.html?$/.test(name) ? `  gz ${kB(gzSize(bytes)).padStart(8)}` : '';
      console.log(`  ${name.padEnd(52)} ${kB(bytes.length).padStart(9)}${gz}`);
      addSummary('1 sizes', `release/${name}`, `${kB(bytes.length)}${gz ? `, gz ${kB(gzSize(bytes))}` : ''}`);
    }
  }
  return { first, firstGz, largest, chunks, byFile };
}
