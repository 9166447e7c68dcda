import { describe, expect, it } from 'vitest';
import { say } from '../i18n/i18n.svelte';
import { LOCALES } from '../i18n/locales';
import { ASSESSMENTS } from './assessments';
import { MODULES } from './course';
import { SCENARIOS } from './scenarios';
import { TITLES, titleOf } from './titles';

describe('the course titles', () => {
  it('are the titles of the scenarios and tests themselves', () => {
    for (const item of [...SCENARIOS, ...ASSESSMENTS]) expect(item.title, item.id).toEqual(titleOf(item.id));
  });
  it('name every scenario and test of the course, and nothing else', () => {
    const ids = MODULES.flatMap((m) => [...m.scenarios, ...m.tests]).sort();
    expect(Object.keys(TITLES).sort()).toEqual(ids);
    expect([...SCENARIOS.map((s) => s.id), ...ASSESSMENTS.map((a) => a.id)].sort()).toEqual(ids);
  });
  it('exist in every language (their own catalog key), unknown ids have none', () => {
    for (const [id, title] of Object.entries(TITLES)) {
      expect(title.key, id).toBe(`title.${id}`);
      for (const locale of LOCALES) {
        const words = say(title, locale);
        expect(words.trim(), `${id} (${locale})`).not.toBe('');
        expect(words, `${id} (${locale})`).not.toBe(title.key);
      }
    }
    expect(titleOf('bestaat-niet')).toBeUndefined();
  });
});
