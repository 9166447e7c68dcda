/**
 * Message catalogs. Every user-visible string comes from here; the Dutch files are the source
 * (labels verbatim from the manuals), the French ones their translation. Keys are typed from the
 * Dutch files, so a missing key fails the type check; i18n.test.ts checks that French has exactly
 * the same keys and placeholders.
 *
 * The core catalog (portal, login, PrimaWeb, simulator) is in the first bundle; the messages of
 * Toegangsbeheer, ChaMan, OCMW-configuratie, the merger guide, the tests and the trainer's tools are namespaces that load with them,
 * and other languages load when chosen: the first screen stays light on slow PCs.
 *
 * Why not Paraglide (architecture.md suggests it): its compiler loads inlang plugins from a CDN,
 * which neither these machines nor CI can reach, and the simulator switches language without a
 * reload (the learner may be halfway through a scenario). Plain JSON files do the job.
 */
import { untrack } from 'svelte';
import nl from './nl.json';
import type toegangsbeheerNl from './toegangsbeheer.nl.json';
import type chamanNl from './chaman.nl.json';
import type ocmwConfigNl from './ocmw-config.nl.json';
import type mergersNl from './mergers.nl.json';
import type assessmentNl from './assessment.nl.json';
import type trainerNl from './trainer.nl.json';
import type scenariosNl from './scenarios.nl.json';
import { BASE_LOCALE, LOCALES, type Locale, type Localised } from './locales';
import { format, resolveText, type Text } from './text';

export type MessageKey =
  | keyof typeof nl
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

const CORE: Record<Locale, Loader> = {
  nl: async () => ({ default: nl }),
  fr: () => import('./fr.json'),
};

/** The applications' own messages, by namespace and language. */
const NAMESPACES = {
  toegangsbeheer: { nl: () => import('./toegangsbeheer.nl.json'), fr: () => import('./toegangsbeheer.fr.json') },
  chaman: { nl: () => import('./chaman.nl.json'), fr: () => import('./chaman.fr.json') },
  ocmwConfig: { nl: () => import('./ocmw-config.nl.json'), fr: () => import('./ocmw-config.fr.json') },
  mergers: { nl: () => import('./mergers.nl.json'), fr: () => import('./mergers.fr.json') },
  assessment: { nl: () => import('./assessment.nl.json'), fr: () => import('./assessment.fr.json') },
  trainer: { nl: () => import('./trainer.nl.json'), fr: () => import('./trainer.fr.json') },
  // The scenarios' and tests' narrations, hints, tasks and goals (training/scenarios/ keeps their structure).
  scenarios: { nl: () => import('./scenarios.nl.json'), fr: () => import('./scenarios.fr.json') },
} satisfies Record<string, Record<Locale, Loader>>;
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

/** Loads a language's catalog, with the namespaces in use; call before switching to it. */
export async function loadLocale(locale: Locale): Promise<void> {
  await Promise.all([loadPart('core', locale, CORE[locale]), ...[...wanted].map((ns) => loadPart(ns, locale, NAMESPACES[ns][locale]))]);
}

/** A loader of an application's screens that also loads its messages, so both arrive together. */
export const withMessages =
  <M>(ns: Namespace, screens: () => Promise<M>) =>
  (): Promise<M> =>
    Promise.all([screens(), loadMessages(ns)]).then(([m]) => m);

/**
 * Loads an application's messages in the current language (and in Dutch, the fallback). Reading
 * the language here must not make a caller's template depend on it: a language switch loads the
 * namespaces itself (loadLocale), and must not reload the application's screens.
 */
export async function loadMessages(ns: Namespace): Promise<void> {
  wanted.add(ns);
  const locales = new Set<Locale>([BASE_LOCALE, untrack(() => current)]);
  await Promise.all([...locales].map((locale) => loadPart(ns, locale, NAMESPACES[ns][locale])));
}

/**
 * Loads a namespace in the given languages, whatever the learner's: what is kept in every language
 * (a test's report, the LMS's suspend_data) is resolved from all of them.
 */
export async function loadMessagesIn(ns: Namespace, locales: readonly Locale[]): Promise<void> {
  wanted.add(ns);
  await Promise.all(locales.map((locale) => loadPart(ns, locale, NAMESPACES[ns][locale])));
}

let current = $state<Locale>(BASE_LOCALE);

export const i18n = {
  get locale(): Locale {
    return current;
  },
  set locale(value: Locale) {
    current = value;
    if (typeof document !== 'undefined') document.documentElement.lang = value;
    // A namespace asked for while the switch was under way has not been loaded in this language yet.
    for (const ns of wanted) loadPart(ns, value, NAMESPACES[ns][value]).catch(() => undefined);
  },
};

/** The message in the learner's language; Dutch when a translation is missing. */
export function t(key: MessageKey, params?: Params): string {
  return tIn(current, key, params);
}

/** Same, in a given language (e.g. the language the user logged in with). */
export function tIn(locale: Locale, key: MessageKey, params?: Params): string {
  return format(messageIn(locale, key), params);
}

/** A key's template in a language, Dutch when missing, the key itself when unknown. */
function messageIn(locale: Locale, key: MessageKey): string {
  void loaded;
  return catalogs[locale]?.[key] ?? catalogs.nl?.[key] ?? key;
}

/** Dynamic keys built from ids (services, sectors, functions), checked against the loaded catalog. */
export function hasKey(key: string): key is MessageKey {
  return key in (catalogs.nl ?? {});
}

export function tKey(key: string, params?: Params): string {
  return hasKey(key) ? t(key, params) : key;
}

/** The text in a language (Dutch where that language lacks it). */
export function say(value: Text | Localised, locale: Locale): string {
  return resolveText(value, locale, (key, l) => messageIn(l, key));
}

/**
 * The text in every language, for what is kept (a test's report): a report shows the words the
 * learner was shown even after a later version rewords them. A language whose catalog has not
 * been loaded gets the Dutch.
 */
export function sayAll(value: Text | Localised): Localised {
  return Object.fromEntries(LOCALES.map((locale) => [locale, say(value, locale)])) as Localised;
}
