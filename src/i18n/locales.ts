/**
 * Languages of the simulator. Dutch is the source; French, German and English are complete for
 * everything the simulator says itself (training, portal, CSAM, eID). The simulated applications
 * keep the languages the real ones have (README "Languages"): PrimaWeb, Toegangsbeheer, ChaMan and
 * OCMW-configuratie exist in Dutch and French only, so a German-speaking learner sees them in
 * French (as the real users of the German-speaking community do) and an English-speaking learner
 * in Dutch (the language of the manuals read beside the simulator).
 */
export const LOCALES = ['nl', 'fr', 'de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const BASE_LOCALE: Locale = 'nl';

/** The languages as a chooser offers them: each by its own name. */
export const LANGUAGES: readonly { locale: Locale; name: string }[] = [
  { locale: 'nl', name: 'Nederlands' },
  { locale: 'fr', name: 'Français' },
  { locale: 'de', name: 'Deutsch' },
  { locale: 'en', name: 'English' },
];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Where a language's missing message comes from, in order: the applications' language, then Dutch. */
export const FALLBACKS: Record<Locale, readonly Locale[]> = { nl: ['nl'], fr: ['fr', 'nl'], de: ['de', 'fr', 'nl'], en: ['en', 'nl'] };

/** The languages of the simulated applications' data (a profile's description exists in NL and FR only, 000 footnote 2). */
export const WORLD_LOCALES = ['nl', 'fr'] as const;
export type WorldLocale = (typeof WORLD_LOCALES)[number];

export function isWorldLocale(value: unknown): value is WorldLocale {
  return typeof value === 'string' && (WORLD_LOCALES as readonly string[]).includes(value);
}

/** The language an application in NL and FR shows to a learner of this language: FR for German, NL for English. */
export const worldLocaleOf = (locale: Locale): WorldLocale => FALLBACKS[locale].find(isWorldLocale) ?? 'nl';

/** A text of the training in every language of the simulator (a scenario's title, a module's name). */
export type Localised = Record<Locale, string>;

/** World data in the applications' languages (a profile's description, an OCMW's name). */
export type WorldText = Record<WorldLocale, string>;

/**
 * A text as a stored record keeps it (a test's report): reports written before German and English
 * have Dutch and French only, and must open unchanged.
 */
export type KeptText = WorldText & Partial<Localised>;

/** A kept text in a language, by the language's fallbacks. */
export const inLocale = (value: KeptText, locale: Locale): string => {
  for (const l of FALLBACKS[locale]) {
    const found = value[l];
    if (typeof found === 'string') return found;
  }
  return value.nl;
};

/**
 * The simulator's language for a browser's preferred languages ("de-BE", "en-GB", "fr", …, in the
 * order of navigator.languages): the first one it speaks, Dutch when none.
 */
export function localeFor(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const found = localeOfTag(tag);
    if (found) return found;
  }
  return BASE_LOCALE;
}

/** The simulator's language for one language tag ("de-BE", "EN_us", an LMS's learner preference), or null. */
export function localeOfTag(tag: string): Locale | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : null;
}
