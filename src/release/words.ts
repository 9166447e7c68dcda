/**
 * The course's words in every language, for what the packages write at build time (manifest
 * titles and descriptions, cmi5 langstrings): the core catalogs read directly, as no learner's
 * language applies there. The browser never loads this (src/release is the packaging's).
 */
import { readFileSync } from 'node:fs';
import { FALLBACKS, LOCALES, type Locale, type Localised } from '../i18n/locales';
import { resolveText, type Text } from '../i18n/text';

// Read as files: Playwright's specs import the packaging too, and Node takes no JSON import without an attribute.
const CATALOGS = Object.fromEntries(
  LOCALES.map((l) => [l, JSON.parse(readFileSync(new URL(`../i18n/${l}.json`, import.meta.url), 'utf-8')) as Record<string, string>]),
) as Record<Locale, Record<string, string>>;

/** A text in each language (or the language it falls back to); a key no catalog has fails the build. */
export function inEveryLanguage(value: Text): Localised {
  return Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      resolveText(value, locale, (key, l) => {
        const found = FALLBACKS[l].map((f) => CATALOGS[f][key]).find((v) => v !== undefined);
        if (found === undefined) throw new Error(`no message ${key}`);
        return found;
      }),
    ]),
  ) as Localised;
}
