/**
 * Message keys as numbers in the built site (issue 13.4: the whole site for one language).
 *
 * The source names every message by a long key (`sc.tests.integraties.toets-integraties-maximum.title`)
 * — typed, readable, and what the tests and the translators work with. Shipped, each key is paid
 * twice: in its catalog, beside its words, and at every `t('…')` / `text('…')` that asks for it.
 * The build numbers the keys that only ever appear as the literal first argument of `t(` or
 * `text(`, rewrites those calls to the number, and ships each catalog part as a list of its words
 * in that order (plus, by name, the keys it could not number). Source, tests and the dev server
 * are untouched: only `vite build` applies it.
 *
 * A key is numbered only when the build can see every use of it: it is left as it is when it
 * appears anywhere else (an object's property, a variable, a comparison), or when code could make
 * it (a template literal or a `+` whose fixed parts it fits, such as `tb.app.${app}`: the
 * fixed parts are matched loosely, so a doubt keeps the key; a mention in a comment keeps it
 * too). `compactMessages` fails the build should a numbered key still be named in the output.
 * That every language's part has the Dutch part's keys is the catalogs' own test (i18n.test.ts,
 * languages.test.ts); a word missing all the same falls back, as by name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** A message call whose first argument is a key literal: `t('…'`, `text("…"`. */
const CALL = /\b(t|text)\(\s*$/;

/** A source file's code. */
export type Source = string;

/** Every quoted string in `code` that could be a key, and whether it is the first argument of a message call. */
function* keyLiterals(code: string): Generator<{ key: string; inCall: boolean }> {
  for (const m of code.matchAll(/(['"`])([A-Za-z][\w.-]*)\1/g)) {
    yield { key: m[2]!, inCall: CALL.test(code.slice(Math.max(0, m.index - 20), m.index)) };
  }
}

/** What the code could make a key from: template literals and `+` concatenations with a dot in their fixed part. */
export function dynamicPatterns(sources: readonly Source[]): RegExp[] {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns: RegExp[] = [];
  for (const code of sources) {
    for (const m of code.matchAll(/`([^`]*\$\{[^`]*)`/g)) {
      const body = m[1]!;
      // Only the fixed text before the first placeholder and after the last: looser than the
      // template (its middle parts are ignored), so nothing it can make is missed.
      const prefix = body.slice(0, body.indexOf('${'));
      const suffix = body.slice(body.lastIndexOf('}') + 1);
      // A key maker starts like a key (`tb.app.${app}`), ends like one (`${base}.hint`), or is
      // what a message call asks for; the rest format things (an INSZ, an e-mail, a field's path).
      const called = /(\b(t|text|tKey|hasKey)\(|\btIn\([^,()]+,)\s*$/.test(code.slice(Math.max(0, m.index - 40), m.index));
      if (!/^[A-Za-z][\w-]*\./.test(prefix) && !/^\.[A-Za-z][\w.-]*$/.test(suffix) && !called) continue;
      patterns.push(new RegExp(`^${escape(prefix)}[^]*${escape(suffix)}$`));
    }
    for (const m of code.matchAll(/(['"])([A-Za-z][\w.-]*\.)\1\s*\+/g)) patterns.push(new RegExp(`^${escape(m[2]!)}`));
    for (const m of code.matchAll(/\+\s*(['"])(\.[\w.-]+)\1/g)) patterns.push(new RegExp(`${escape(m[2]!)}$`));
  }
  return patterns;
}

/** The keys that only appear as the literal first argument of a message call, and nothing can make. */
export function numberableKeys(keys: readonly string[], sources: readonly Source[]): Set<string> {
  const wanted = new Set(keys);
  const called = new Set<string>();
  const elsewhere = new Set<string>();
  for (const code of sources) {
    for (const { key, inCall } of keyLiterals(code)) if (wanted.has(key)) (inCall ? called : elsewhere).add(key);
  }
  const patterns = dynamicPatterns(sources);
  return new Set(keys.filter((key) => called.has(key) && !elsewhere.has(key) && !patterns.some((p) => p.test(key))));
}

/** `t('key'` → `t(12`, for the numbered keys; the others are left as they are. */
export function numberCalls(code: string, numbers: ReadonlyMap<string, number>): string {
  return code.replace(/\b(t|text)\((\s*)(['"`])([A-Za-z][\w.-]*)\3/g, (whole, fn: string, space: string, _q: string, key: string) => {
    const n = numbers.get(key);
    return n === undefined ? whole : `${fn}(${space}${n}`;
  });
}

/** A catalog part as a module: its numbered words in a list from `first` on, the rest by key. */
export function catalogModule(catalog: Readonly<Record<string, string>>, order: readonly string[], first: number): string {
  const listed = new Set(order);
  const named = Object.fromEntries(Object.entries(catalog).filter(([key]) => !listed.has(key)));
  // Each word at its number; a word missing in this language stays a hole, so the lookup falls back.
  return `const words=${JSON.stringify(order.map((key) => catalog[key] ?? null))};const catalog=${JSON.stringify(named)};words.forEach((w,i)=>{if(w!==null)catalog[${first}+i]=w});export default catalog;`;
}

/** The parts of src/i18n: `nl.json` is the core, `primaweb.fr.json` primaweb's French. */
export function partOf(file: string): { part: string; language: string } | null {
  const m = /(?:^|[\\/])(?:([a-z-]+)\.)?(nl|fr|de|en)\.json$/.exec(file);
  return m ? { part: m[1] ?? 'core', language: m[2]! } : null;
}

function sourcesUnder(dir: string): Source[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = join(dir, e.name);
    if (e.isDirectory()) return sourcesUnder(file);
    if (!/\.(ts|svelte)$/.test(e.name) || /\.test\.ts$|\.test-helper\.ts$|test-setup\.ts$/.test(e.name)) return [];
    return [readFileSync(file, 'utf8')];
  });
}

export interface Numbering {
  /** Each numbered key's number. */
  numbers: Map<string, number>;
  /** Each part's numbered keys in order, and the number of the first. */
  parts: Map<string, { order: string[]; first: number }>;
}

/** Numbers the numberable keys part by part, in the Dutch catalogs' order (the same for every build). */
export function numberKeys(dutch: ReadonlyMap<string, Readonly<Record<string, string>>>, sources: readonly Source[]): Numbering {
  const numberable = numberableKeys([...dutch.values()].flatMap((c) => Object.keys(c)), sources);
  const numbers = new Map<string, number>();
  const parts = new Map<string, { order: string[]; first: number }>();
  for (const part of [...dutch.keys()].sort()) {
    const order = Object.keys(dutch.get(part)!).filter((key) => numberable.has(key) && !numbers.has(key));
    parts.set(part, { order, first: numbers.size });
    for (const key of order) numbers.set(key, numbers.size);
  }
  return { numbers, parts };
}

export function compactMessages(): Plugin {
  let root = process.cwd();
  let numbering: Numbering = { numbers: new Map(), parts: new Map() };
  let i18nDir = '';
  return {
    name: 'primaweb-compact-messages',
    apply: 'build',
    // After Svelte's compiler and the TypeScript transform: the calls are plain JavaScript here.
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      i18nDir = join(root, 'src', 'i18n');
    },
    buildStart() {
      const dutch = new Map<string, Record<string, string>>();
      for (const file of readdirSync(i18nDir)) {
        const p = partOf(file);
        if (p?.language === 'nl') dutch.set(p.part, JSON.parse(readFileSync(join(i18nDir, file), 'utf8')) as Record<string, string>);
      }
      numbering = numberKeys(dutch, sourcesUnder(join(root, 'src')));
    },
    transform(code, id) {
      const file = id.replace(/\?.*$/, '');
      if (file.startsWith(i18nDir) && file.endsWith('.json')) {
        const p = partOf(file);
        const dutchPart = p && numbering.parts.get(p.part);
        if (!p || !dutchPart) return null;
        // Read from disk: what Vite's JSON plugin made of it is not needed.
        const catalog = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
        return { code: catalogModule(catalog, dutchPart.order, dutchPart.first), map: null, moduleType: 'js' };
      }
      if (!/\.(ts|svelte|js)$/.test(file) || id.includes('type=style') || file.includes('/node_modules/')) return null;
      const out = numberCalls(code, numbering.numbers);
      return out === code ? null : { code: out, map: null };
    },
    generateBundle(_options, bundle) {
      // Every use of a numbered key was a call, rewritten: its name left anywhere in the output
      // would be looked up and not found (the learner would see the key). Fail instead.
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const { key } of keyLiterals(chunk.code)) {
          if (numbering.numbers.has(key)) this.error(`message key "${key}" was numbered but is still named in ${chunk.fileName}`);
        }
      }
    },
  };
}
