/**
 * The words of a scenario's text (src/i18n/text.ts) as the simulator shows them, for specs that
 * read the scenario registry: the same catalogs and the same {placeholder} rule, resolved here in
 * Node (the app's resolver lives in a Svelte module that Playwright does not compile).
 */
import { readFileSync } from 'node:fs';
import type { Text, TextParam } from '../../src/i18n/text';
import type { Locale, Localised } from '../../src/i18n/locales';

// Read as files: Playwright's loader takes no JSON import without an import attribute.
const catalog = (locale: Locale): Record<string, string> => JSON.parse(readFileSync(new URL(`../../src/i18n/scenarios.${locale}.json`, import.meta.url), 'utf-8'));
const CATALOGS: Record<Locale, Record<string, string>> = { nl: catalog('nl'), fr: catalog('fr') };

const isText = (value: unknown): value is Text => typeof value === 'object' && value !== null && 'key' in value;

function param(value: TextParam, locale: Locale): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return words(value, locale);
}

export function words(value: Text | Localised, locale: Locale = 'nl'): string {
  if (!isText(value)) return value[locale];
  const template = CATALOGS[locale][value.key] ?? CATALOGS.nl[value.key];
  if (template === undefined) throw new Error(`no message ${value.key}`);
  const params = value.params ?? {};
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? param(params[name]!, locale) : whole));
}
