/**
 * Message catalogs. Every user-visible string comes from here; the Dutch files are the source
 * (labels verbatim from the manuals), the French ones their translation. Keys are typed from the
 * Dutch files, so a missing key fails the type check; i18n.test.ts checks that French has exactly
 * the same keys and placeholders.
 *
 * The core catalog (course home, portal, login, simulator) is in the first bundle; the messages of
 * PrimaWeb, Toegangsbeheer, ChaMan, OCMW-configuratie, the merger guide, the tests and the trainer's tools are namespaces that load with them,
 * and other languages load when chosen: the first screen stays light on slow PCs.
 *
 * Why not Paraglide (architecture.md suggests it): its compiler loads inlang plugins from a CDN,
 * which neither these machines nor CI can reach, and the simulator switches language without a
 * reload (the learner may be halfway through a scenario). Plain JSON files do the job.
 */
import { untrack } from 'svelte';
import nl from './nl.json';
import type primawebNl from './primaweb.nl.json';
import type toegangsbeheerNl from './toegangsbeheer.nl.json';
import type chamanNl from './chaman.nl.json';
import type ocmwConfigNl from './ocmw-config.nl.json';
import type mergersNl from './mergers.nl.json';
import type assessmentNl from './assessment.nl.json';
import type trainerNl from './trainer.nl.json';
import type scenariosNl from './scenarios.nl.json';
import { BASE_LOCALE, FALLBACKS, LOCALES, worldLocaleOf, type KeptText, type Locale, type Localised, type WorldLocale } from './locales';
import { format, resolveText, type Text } from './text';

export type MessageKey =
  | keyof typeof nl
  | keyof typeof primawebNl
  | keyof typeof toegangsbeheerNl
  | keyof typeof chamanNl
  | keyof typeof ocmwConfigNl
  | keyof typeof mergersNl
  | keyof typeof assessmentNl
  | keyof typeof trainerNl
  | keyof typeof scenariosNl;
export type Params = Record<string, string | number>;

type Catalog = Record<string, string>;
type Loader = () => Promise<{ default: Catalog }>;
/** A part's files by language: Dutch and French always; German and English where the part has them. */
type Loaders = Record<'nl' | 'fr', Loader> & Partial<Record<Locale, Loader>>;

/**
 * The core catalog: the course home, the portal, CSAM, the eID dialogs and the simulator, in every
 * language. The Dutch is in the first bundle (the course home is the first screen).
 */
const CORE: Loaders = {
  nl: async () => ({ default: nl }),
  fr: () => import('./fr.json'),
  de: () => import('./de.json'),
  en: () => import('./en.json'),
};

/** The applications' own messages and the training's, by namespace and language. */
const NAMESPACES = {
  // PrimaWeb, Toegangsbeheer, ChaMan and OCMW-configuratie exist in Dutch and French only (README
  // "Languages"): German falls back to the French, English to the Dutch (FALLBACKS in locales.ts).
  // PrimaWeb's words (its screens, functions, codes, institutions) load with its screens, out of the
  // first bundle (issue 15: the first screen does not grow).
  primaweb: { nl: () => import('./primaweb.nl.json'), fr: () => import('./primaweb.fr.json') },
  toegangsbeheer: { nl: () => import('./toegangsbeheer.nl.json'), fr: () => import('./toegangsbeheer.fr.json') },
  chaman: { nl: () => import('./chaman.nl.json'), fr: () => import('./chaman.fr.json') },
  ocmwConfig: { nl: () => import('./ocmw-config.nl.json'), fr: () => import('./ocmw-config.fr.json') },
  mergers: {
    nl: () => import('./mergers.nl.json'),
    fr: () => import('./mergers.fr.json'),
    de: () => import('./mergers.de.json'),
    en: () => import('./mergers.en.json'),
  },
  assessment: {
    nl: () => import('./assessment.nl.json'),
    fr: () => import('./assessment.fr.json'),
    de: () => import('./assessment.de.json'),
    en: () => import('./assessment.en.json'),
  },
  trainer: {
    nl: () => import('./trainer.nl.json'),
    fr: () => import('./trainer.fr.json'),
    de: () => import('./trainer.de.json'),
    en: () => import('./trainer.en.json'),
  },
  // The scenarios' and tests' narrations, hints, tasks and goals (training/scenarios/ keeps their structure).
  scenarios: {
    nl: () => import('./scenarios.nl.json'),
    fr: () => import('./scenarios.fr.json'),
    de: () => import('./scenarios.de.json'),
    en: () => import('./scenarios.en.json'),
  },
} satisfies Record<string, Loaders>;
export type Namespace = keyof typeof NAMESPACES;

const catalogs: Partial<Record<Locale, Catalog>> = { nl: { ...nl } };
const loads = new Map<string, Promise<void>>();
/** Namespaces in use: a language chosen later loads them too. */
const wanted = new Set<Namespace>();

/**
 * Bumped whenever a catalog part arrives: `t` reads it, so a text drawn before its namespace had
 * loaded in the chosen language (a switch while the namespace was loading) is drawn again.
 */
let loaded = $state(0);

function loadPart(id: string, locale: Locale, loader: Loader): Promise<void> {
  const key = `${id}:${locale}`;
  let load = loads.get(key);
  if (!load) {
    load = loader().then((m) => {
      catalogs[locale] = { ...catalogs[locale], ...m.default };
      loaded++;
    });
    // A failed load may be tried again (the network of a static host can hiccup).
    load.catch(() => loads.delete(key));
    loads.set(key, load);
  }
  return load;
}

/**
 * A part in a language, or in the first language it falls back to that has the part (German needs
 * the French of PrimaWeb). One file a part: a part that exists in a language is complete in it
 * (i18n.test.ts, languages.test.ts), so a French learner loads no Dutch narrations (issue 13: the
 * whole site for one language). The Dutch core is always there (the first bundle).
 */
function loadChain(id: string, parts: Loaders, locale: Locale): Promise<void>[] {
  const l = FALLBACKS[locale].find((l) => parts[l]);
  return l ? [loadPart(id, l, parts[l]!)] : [];
}

/** Loads a language's catalog, with the namespaces in use; call before switching to it. */
export async function loadLocale(locale: Locale): Promise<void> {
  await Promise.all([...loadChain('core', CORE, locale), ...[...wanted].flatMap((ns) => loadChain(ns, NAMESPACES[ns], locale))]);
}

/** A loader of an application's screens that also loads its messages, so both arrive together. */
export const withMessages =
  <M>(ns: Namespace, screens: () => Promise<M>) =>
  (): Promise<M> =>
    Promise.all([screens(), loadMessages(ns)]).then(([m]) => m);

/**
 * Loads an application's messages in the current language (and in its fallbacks). Reading the
 * language here must not make a caller's template depend on it: a language switch loads the
 * namespaces itself (loadLocale), and must not reload the application's screens.
 */
export async function loadMessages(ns: Namespace): Promise<void> {
  wanted.add(ns);
  await Promise.all(loadChain(ns, NAMESPACES[ns], untrack(() => current)));
}

/**
 * Loads a namespace in the given languages, whatever the learner's: what is kept in every language
 * (a test's report, the LMS's suspend_data) is resolved from all of them.
 */
export async function loadMessagesIn(ns: Namespace | 'core', locales: readonly Locale[]): Promise<void> {
  if (ns === 'core') return void (await Promise.all(locales.flatMap((locale) => loadChain('core', CORE, locale))));
  wanted.add(ns);
  await Promise.all(locales.flatMap((locale) => loadChain(ns, NAMESPACES[ns], locale)));
}

let current = $state<Locale>(BASE_LOCALE);

export const i18n = {
  get locale(): Locale {
    return current;
  },
  /** The language PrimaWeb, Toegangsbeheer, ChaMan and OCMW-configuratie show (they have NL and FR only): their `lang`. */
  get appLocale(): WorldLocale {
    return worldLocaleOf(current);
  },
  set locale(value: Locale) {
    current = value;
    if (typeof document !== 'undefined') document.documentElement.lang = value;
    // A namespace asked for while the switch was under way has not been loaded in this language yet.
    for (const ns of wanted) for (const load of loadChain(ns, NAMESPACES[ns], value)) load.catch(() => undefined);
  },
};

/** The message in the learner's language, or in the language it falls back to (FALLBACKS). */
export function t(key: MessageKey, params?: Params): string {
  return tIn(current, key, params);
}

/** Same, in a given language (e.g. the language the user logged in with). */
export function tIn(locale: Locale, key: MessageKey, params?: Params): string {
  return format(messageIn(locale, key), params);
}

/** A key's template in a language or its fallbacks, the key itself when unknown. */
function messageIn(locale: Locale, key: MessageKey): string {
  void loaded;
  for (const l of FALLBACKS[locale]) {
    const found = catalogs[l]?.[key];
    if (found !== undefined) return found;
  }
  return key;
}

/** Dynamic keys built from ids (services, sectors, functions), checked against the loaded catalog. */
export function hasKey(key: string): key is MessageKey {
  void loaded;
  // Any loaded language will do: a French learner has PrimaWeb's words in French only.
  return LOCALES.some((l) => key in (catalogs[l] ?? {}));
}

export function tKey(key: string, params?: Params): string {
  return hasKey(key) ? t(key, params) : key;
}

/** The text in a language (or the language it falls back to). */
export function say(value: Text | KeptText, locale: Locale): string {
  return resolveText(value, locale, (key, l) => messageIn(l, key));
}

/**
 * The text in every language, for what is kept (a test's report): a report shows the words the
 * learner was shown even after a later version rewords them. A language whose catalog has not
 * been loaded gets the Dutch.
 */
export function sayAll(value: Text | KeptText): Localised {
  return Object.fromEntries(LOCALES.map((locale) => [locale, say(value, locale)])) as Localised;
}

/** Kept words (world data, a report's titles) or a text, in the learner's language or the one it falls back to. */
export function shown(value: Text | KeptText): string;
export function shown(value: Text | KeptText | null | undefined): string | undefined;
export function shown(value: Text | KeptText | null | undefined): string | undefined {
  return value ? say(value, current) : undefined;
}
