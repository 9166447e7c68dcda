/**
 * Message catalogs. Every user-visible string comes from here; nl.json is the source (labels
 * verbatim from the manuals), fr.json its translation. Keys are typed from nl.json, so a missing
 * key fails the type check; i18n.test.ts checks that French has exactly the same keys and
 * placeholders.
 *
 * Why not Paraglide (architecture.md suggests it): its compiler loads inlang plugins from a CDN,
 * which neither these machines nor CI can reach, and the simulator switches language without a
 * reload (the learner may be halfway through a scenario). Two small JSON files do the job.
 */
import nl from './nl.json';
import { BASE_LOCALE, type Locale } from './locales';

export type MessageKey = keyof typeof nl;
export type Params = Record<string, string | number>;

// Dutch is always there; other languages load when chosen, so the first screen stays light.
const catalogs: Partial<Record<Locale, Record<string, string>>> = { nl };
const loaders: Record<Locale, () => Promise<Record<string, string>>> = {
  nl: async () => nl,
  fr: () => import('./fr.json').then((m) => m.default),
};

/** Loads a language's catalog; call before switching to it. */
export async function loadLocale(locale: Locale): Promise<void> {
  catalogs[locale] ??= await loaders[locale]();
}

let current = $state<Locale>(BASE_LOCALE);

export const i18n = {
  get locale(): Locale {
    return current;
  },
  set locale(value: Locale) {
    current = value;
    if (typeof document !== 'undefined') document.documentElement.lang = value;
  },
};

export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The message in the learner's language; Dutch when a translation is missing. */
export function t(key: MessageKey, params?: Params): string {
  return format(catalogs[current]?.[key] ?? nl[key], params);
}

/** Same, in a given language (e.g. the language the user logged in with). */
export function tIn(locale: Locale, key: MessageKey, params?: Params): string {
  return format(catalogs[locale]?.[key] ?? nl[key], params);
}

/** Dynamic keys built from ids (services, sectors, functions), checked against the catalog. */
export function hasKey(key: string): key is MessageKey {
  return key in nl;
}

export function tKey(key: string, params?: Params): string {
  return hasKey(key) ? t(key, params) : key;
}
