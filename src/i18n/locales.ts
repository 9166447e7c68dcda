/** Languages of the simulator. Dutch first; French complete; German and English come later. */
export const LOCALES = ['nl', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const BASE_LOCALE: Locale = 'nl';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A text kept in every language of the simulator (world data such as a profile's description). */
export type Localised = Record<Locale, string>;
