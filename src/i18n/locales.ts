/** Languages of the simulator. Dutch first; French complete; German and English come later. */
export const LOCALES = ['nl', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const BASE_LOCALE: Locale = 'nl';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
