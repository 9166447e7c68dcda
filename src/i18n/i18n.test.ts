import { describe, expect, it } from 'vitest';
import nl from './nl.json';
import fr from './fr.json';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('French has every Dutch key, and no other', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(nl).sort());
  });

  it('translations keep the placeholders and are not left empty', () => {
    for (const [key, text] of Object.entries(nl)) {
      const french = (fr as Record<string, string>)[key] ?? '';
      expect(french.trim(), key).not.toBe('');
      expect(placeholders(french), key).toEqual(placeholders(text));
    }
  });
});
