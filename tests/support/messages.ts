/**
 * The screens' words in a language, for specs that walk the simulator in German or English: the
 * app's catalogs read from disk, with the app's fallbacks (locales.ts FALLBACKS: a German learner
 * sees PrimaWeb, Toegangsbeheer, ChaMan and OCMW-configuratie in French, an English one in Dutch).
 * A spec names a label by its Dutch words (as the manuals do) or by its key; a label that is not
 * in the catalogs, or that two keys translate differently, fails the spec instead of guessing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { format } from '../../src/i18n/text';
import { FALLBACKS, type Locale } from '../../src/i18n/locales';

const DIR = new URL('../../src/i18n/', import.meta.url);
const CATALOG = /^(?:(.+)\.)?(nl|fr|de|en)\.json$/;
const catalogs: Record<Locale, Record<string, string>> = { nl: {}, fr: {}, de: {}, en: {} };
for (const file of readdirSync(DIR)) {
  const match = CATALOG.exec(file);
  if (match) Object.assign(catalogs[match[2] as Locale], JSON.parse(readFileSync(new URL(file, DIR), 'utf-8')));
}
const keysOf = new Map<string, string[]>();
for (const [key, value] of Object.entries(catalogs.nl)) keysOf.set(value, [...(keysOf.get(value) ?? []), key]);

export interface Words {
  readonly locale: Locale;
  /** A key's words on the learner's screen, its placeholders filled. */
  m(key: string, params?: Record<string, string | number>): string;
  /** The words the screen shows where the Dutch one shows these. */
  s(dutch: string): string;
}

export function wordsIn(locale: Locale): Words {
  const m = (key: string, params?: Record<string, string | number>) => {
    const template = FALLBACKS[locale].map((l) => catalogs[l][key]).find((v) => v !== undefined);
    if (template === undefined) throw new Error(`no message ${key}`);
    return format(template, params);
  };
  const s = (dutch: string) => {
    const keys = keysOf.get(dutch);
    if (!keys) throw new Error(`no message says "${dutch}" in Dutch`);
    const shown = [...new Set(keys.map((k) => m(k)))];
    if (shown.length > 1) throw new Error(`"${dutch}" is ${shown.join(' / ')} in ${locale}: name the key (${keys.join(', ')})`);
    return shown[0]!;
  };
  return { locale, m, s };
}
