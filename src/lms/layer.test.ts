import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = import.meta.dirname;
const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.includes('.test'));
const importsOf = (file: string) => [...readFileSync(join(dir, file), 'utf-8').matchAll(/^import (type )?[^'"]*from '([^']+)'/gm)].map((m) => ({ typeOnly: Boolean(m[1]), from: m[2]! }));

describe('the LMS layer', () => {
  it('imports no view, no Svelte and no composition root', () => {
    for (const file of sources) {
      for (const { from } of importsOf(file)) {
        expect(from, file).not.toMatch(/\/views\/|svelte|\/runtime|\/main$/);
        expect(from.startsWith('./') || /^\.\.\/(training|world|app\/(?:world-)?records|i18n|domain)\b/.test(from), `${file}: ${from}`).toBe(true);
      }
    }
  });

  it('takes only types from the messages and the domain (and the languages\' fallbacks, plain data)', () => {
    for (const file of sources)
      for (const i of importsOf(file)) if (/^\.\.\/(i18n|domain)\//.test(i.from) && i.from !== '../i18n/locales') expect(i.typeOnly, `${file}: ${i.from}`).toBe(true);
  });

  it('discovery imports nothing, so the first screen can carry it alone', () => {
    expect(importsOf('discovery.ts')).toEqual([]);
  });
});
