/**
 * The scenarios' words live in the catalogs (src/i18n/scenarios.*.json), the scenario files keep
 * message keys: every key a scenario uses exists, gets exactly the parameters its message names
 * (none missing, so no "{name}" on screen, and none unused), and every message is used. Also: no
 * scenario file still writes a Dutch or French sentence of its own.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import scenariosNl from '../../i18n/scenarios.nl.json';
import coreNl from '../../i18n/nl.json';
import { LOCALES } from '../../i18n/locales';
import { isText, type Text, type TextParam } from '../../i18n/text';
import { say } from '../../i18n/i18n.svelte';
import { ASSESSMENTS } from '../assessments';
import type { Scenario } from '../scenario';
import { SCENARIOS } from './index';
import { TEST_EXERCISES } from './tests';

// The scenarios' catalog, and the core's for the course's titles (`title.<id>`, titles.ts).
const CATALOG: Record<string, string> = { ...coreNl, ...scenariosNl };
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/** Every text a scenario shows without a learner's action (wrong-action feedback is reached in the runner tests). */
function textsOf(s: Scenario) {
  return [
    s.title,
    s.summary,
    s.outro,
    ...s.steps.flatMap((step) => [step.narration, step.hint]),
    ...(s.goals ?? []).map((g) => g.label),
    ...(s.question ? [s.question.label, s.question.goal] : []),
  ];
}

/** A text and the texts among its parameters. */
function withNested(t: Text): Text[] {
  const nested = Object.values(t.params ?? {}).filter((p: TextParam): p is Text => isText(p));
  return [t, ...nested.flatMap(withNested)];
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') && !name.includes('.test') ? [path] : [];
  });
}
const SOURCES = [...files(import.meta.dirname), join(import.meta.dirname, '..', 'assessments.ts')].map((path) => ({ path, code: readFileSync(path, 'utf-8') }));

describe('the scenarios\' texts', () => {
  const all = [...SCENARIOS, ...TEST_EXERCISES];

  it('name existing messages with exactly their parameters, and read in every language', () => {
    const texts = [...all.flatMap(textsOf), ...ASSESSMENTS.map((a) => a.summary)].filter(isText).flatMap(withNested);
    expect(texts.length).toBeGreaterThan(500);
    for (const t of texts) {
      expect(CATALOG[t.key], t.key).toBeTypeOf('string');
      expect(Object.keys(t.params ?? {}).sort(), t.key).toEqual([...new Set(placeholders(CATALOG[t.key]!))]);
      for (const locale of LOCALES) expect(say(t, locale), `${t.key} (${locale})`).not.toMatch(/\{\w+\}/);
    }
  });

  it('every message of the catalog is used by a scenario or test file', () => {
    const used = new Set(SOURCES.flatMap(({ code }) => [...code.matchAll(/\btext\('([^']+)'/g)].map((m) => m[1]!)));
    expect(Object.keys(scenariosNl).filter((key) => !used.has(key))).toEqual([]);
  });

  it('no scenario file writes its own narration: its words are message keys', () => {
    // A `{ nl: …, fr: … }` pair is world data (a profile's description the learner types), never a sentence with a full stop.
    for (const { path, code } of SOURCES) {
      const pairs = [...code.matchAll(/\bnl: ['`"]([^'`"]*)['`"]/g)].map((m) => m[1]!);
      expect(pairs.filter((words) => /[.:!?]\s|[.!?]$/.test(words)), path).toEqual([]);
    }
  });
});
