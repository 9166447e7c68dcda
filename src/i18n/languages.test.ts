/**
 * German and English (issue 15): each catalog part that the learner reads in those languages is
 * complete, keeps its placeholders, leaves no Dutch behind, and quotes the screens' labels as the
 * screens show them. What stays in Dutch and French only is the simulated applications' words
 * (PrimaWeb, Toegangsbeheer, ChaMan, OCMW-configuratie: README "Languages"); German learners see
 * those in French and English learners in Dutch, by the fallbacks of locales.ts.
 */
import { describe, expect, it } from 'vitest';
import { FALLBACKS, inLocale, localeFor, localeOfTag, worldLocaleOf, type Locale } from './locales';
import { initialWorld } from '../world/seed';
import { looksDutch } from '../../tests/support/dutch';

type Catalog = Record<string, string>;
const files = import.meta.glob<Catalog>('./*.json', { eager: true, import: 'default' });
/** A part's catalog in a language: core is nl.json / fr.json / de.json / en.json, a namespace X.nl.json … */
const part = (name: string, locale: Locale): Catalog | undefined => files[name === 'core' ? `./${locale}.json` : `./${name}.${locale}.json`];

const PARTS = ['core', 'primaweb', 'toegangsbeheer', 'chaman', 'ocmw-config', 'mergers', 'assessment', 'trainer', 'scenarios'] as const;
/** The parts of the simulated applications that exist in Dutch and French only. */
const APPLICATION_PARTS = new Set(['primaweb', 'toegangsbeheer', 'chaman', 'ocmw-config']);

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(['de', 'en'] as const)('catalogs in %s', (locale) => {
  for (const name of PARTS) {
    const dutch = part(name, 'nl')!;
    const translated = part(name, locale);
    const expected = APPLICATION_PARTS.has(name) ? [] : Object.keys(dutch);

    it(`${name}: every key the learner reads in this language, and no application key`, () => {
      if (expected.length === 0) return expect(translated, `${name} stays in Dutch and French`).toBeUndefined();
      expect(Object.keys(translated ?? {}).sort()).toEqual(expected.sort());
    });

    if (expected.length === 0) continue;
    it(`${name}: placeholders kept, nothing empty, no Dutch left`, () => {
      for (const key of expected) {
        const text = translated?.[key] ?? '';
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(dutch[key]!));
        expect(looksDutch(text), `${key}: ${text}`).toBe(false);
      }
    });
  }
});

describe('labels quoted in the narrations', () => {
  const all = (locale: Locale): Catalog => Object.assign({}, ...PARTS.map((name) => part(name, locale) ?? {}));
  const nl = all('nl');
  const byValue = new Map<string, string[]>();
  for (const [key, value] of Object.entries(nl)) byValue.set(value, [...(byValue.get(value) ?? []), key]);

  it.each(['fr', 'de', 'en'] as const)('appear in %s as the screen shows them in that language', (locale) => {
    const catalogs = Object.fromEntries((['nl', 'fr', 'de', 'en'] as const).map((l) => [l, all(l)]));
    // The words of a key as the learner's screen shows it: an application's in its fallback language.
    const onScreen = (key: string) => FALLBACKS[locale].map((l) => catalogs[l]![key]).find((v) => v !== undefined);
    const wrong: string[] = [];
    let checked = 0;
    for (const name of ['scenarios', 'mergers'] as const) {
      const translated = part(name, locale) ?? {};
      for (const [key, text] of Object.entries(part(name, 'nl')!)) {
        for (const [, quoted] of text.matchAll(/"([^"{]+)"/g)) {
          const keys = byValue.get(quoted!) ?? byValue.get(quoted!.replace(/:$/, '')) ?? [];
          if (keys.length === 0) continue;
          checked++;
          const wanted = [...new Set(keys.map(onScreen))].filter((v): v is string => v !== undefined);
          if (!wanted.some((w) => translated[key]?.includes(w))) wrong.push(`${key}: "${quoted}" → ${wanted.join(' | ')}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
    // "OCMW Online" is also the name the learner gives the REST account (data, the same in every language).
    expect(wrong.filter((w) => !w.includes('"OCMW Online"'))).toEqual([]);
  });
});

describe("the card reader's notes on the course's people", () => {
  it('say in Dutch and French what the world says of them (the world keeps NL and FR; the notes all four)', () => {
    for (const person of initialWorld().people) {
      expect(part('core', 'nl')![`reader.about.${person.id}`], person.id).toBe(person.about.nl);
      expect(part('core', 'fr')![`reader.about.${person.id}`], person.id).toBe(person.about.fr);
    }
  });
});

describe('language choice', () => {
  it("a browser's first language the simulator speaks; Dutch when none", () => {
    expect(localeFor(['de-BE', 'fr'])).toBe('de');
    expect(localeFor(['en-GB'])).toBe('en');
    expect(localeFor(['es-ES', 'fr-BE'])).toBe('fr');
    expect(localeFor(['es', 'it'])).toBe('nl');
    expect(localeFor([])).toBe('nl');
    expect(localeFor(['EN_us'])).toBe('en');
  });

  it("an LMS's learner language: the simulator's language, or none", () => {
    expect(localeOfTag('de')).toBe('de');
    expect(localeOfTag(' fr-BE ')).toBe('fr');
    expect(localeOfTag('')).toBeNull();
    expect(localeOfTag('es')).toBeNull();
  });

  it('the applications in NL and FR: German learners see French, English learners Dutch', () => {
    expect(worldLocaleOf('de')).toBe('fr');
    expect(worldLocaleOf('en')).toBe('nl');
    expect(worldLocaleOf('fr')).toBe('fr');
    expect(worldLocaleOf('nl')).toBe('nl');
  });

  it('a kept text falls back the same way (a report of before German and English, a profile)', () => {
    const old = { nl: 'Toets', fr: 'Test FR' };
    expect(inLocale(old, 'de')).toBe('Test FR');
    expect(inLocale(old, 'en')).toBe('Toets');
    expect(inLocale({ ...old, de: 'Prüfung' }, 'de')).toBe('Prüfung');
  });
});
