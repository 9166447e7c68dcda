/**
 * A text of the training content (a scenario's narration, hint, goal, a test's task) as data: a
 * message key with its parameters, resolved in the learner's language when drawn. The scenario
 * files keep only their structure; the words are in the catalogs (scenarios.nl.json, …), so a
 * language's narrations load only with that language (issue 15).
 *
 * A parameter may itself be a text, or world data kept in each language (a profile's description,
 * an enterprise's name: `{ nl, fr }`), resolved in the same language or the one it falls back to.
 *
 * Only data and types here, no catalog: the scenario files import this, and so may anything that
 * reads them without Svelte (Playwright's specs). The words are looked up by `say` / `sayAll` in
 * i18n.svelte.ts, beside the catalogs.
 */
import type { MessageKey } from './i18n.svelte';
import { inLocale, type KeptText, type Locale } from './locales';

export type TextParam = string | number | Text | KeptText;
export interface Text {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, TextParam>>;
}

export const text = (key: MessageKey, params?: Readonly<Record<string, TextParam>>): Text => (params ? { key, params } : { key });

// A number in the built site: the build numbers the keys it can (scripts/compact-messages.ts).
export const isText = (value: unknown): value is Text =>
  typeof value === 'object' && value !== null && ['string', 'number'].includes(typeof (value as { key?: unknown }).key);

/** A message's {placeholders} filled in; an unknown one stays as it is. */
export function format(template: string, params?: Readonly<Record<string, string | number>>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * The words of a text in a language, its parameters resolved in the same language; `message`
 * gives a key's template (the app's catalogs, or a spec's copy of them). World data in Dutch and
 * French is shown to a German learner in French, to an English one in Dutch (FALLBACKS).
 */
export function resolveText(value: Text | KeptText, locale: Locale, message: (key: MessageKey, locale: Locale) => string): string {
  if (!isText(value)) return inLocale(value, locale);
  const params = value.params && Object.fromEntries(Object.entries(value.params).map(([name, v]) => [name, typeof v === 'string' || typeof v === 'number' ? v : resolveText(v, locale, message)]));
  return format(message(value.key, locale), params);
}
