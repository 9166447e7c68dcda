/**
 * The words of a scenario's text as the simulator shows them, for specs that read the scenario
 * registry: the app's own resolver (src/i18n/text.ts resolveText) on the catalogs read from disk
 * (the app's catalogs live in a Svelte module that Playwright does not compile).
 */
import { readFileSync } from 'node:fs';
import { resolveText, type Text } from '../../src/i18n/text';
import { FALLBACKS, LOCALES, type KeptText, type Locale } from '../../src/i18n/locales';

// Read as files: Playwright's loader takes no JSON import without an import attribute.
// The scenarios' words and the core's (the course's titles: `title.<id>`).
const read = (file: string): Record<string, string> => JSON.parse(readFileSync(new URL(`../../src/i18n/${file}`, import.meta.url), 'utf-8'));
const catalog = (locale: Locale): Record<string, string> => ({ ...read(`${locale}.json`), ...read(`scenarios.${locale}.json`) });
const CATALOGS = Object.fromEntries(LOCALES.map((l) => [l, catalog(l)])) as Record<Locale, Record<string, string>>;

/** As the simulator shows it; a key missing from the catalogs fails the spec. */
export function words(value: Text | KeptText, locale: Locale = 'nl'): string {
  return resolveText(value, locale, (key, l) => {
    const template = FALLBACKS[l].map((f) => CATALOGS[f][key]).find((found) => found !== undefined);
    if (template === undefined) throw new Error(`no message ${key}`);
    return template;
  });
}
