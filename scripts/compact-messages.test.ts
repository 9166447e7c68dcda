import { describe, expect, it } from 'vitest';
import { catalogModule, dynamicPatterns, numberCalls, numberKeys, numberableKeys, partOf } from './compact-messages';

const source = (code: string) => code;

describe('numberableKeys', () => {
  const keys = ['pw.title', 'pw.col.name', 'tb.app.sa', 'notice.update', 'sc.hint', 'files.form.b', 'mg.s1.title'];

  it('numbers a key used only as the first argument of t( or text(', () => {
    const n = numberableKeys(keys, [source(`t('pw.title'); text("pw.col.name", { a: 1 }); t(\n  'pw.title')`)]);
    expect([...n].sort()).toEqual(['pw.col.name', 'pw.title']);
  });

  it('keeps a key that also appears elsewhere: a property, a variable, a comparison, a second argument', () => {
    const sources = [source(`t('pw.title'); const n = { key: 'notice.update' }; t('notice.update'); tIn(locale, 'sc.hint'); t('sc.hint')`)];
    expect([...numberableKeys(keys, sources)]).toEqual(['pw.title']);
  });

  it('keeps a key that code could make from a template literal or a concatenation', () => {
    const sources = [
      source(`t('tb.app.sa'); t(\`tb.app.\${app}\`)`),
      source(`t('sc.hint'); const k = \`\${base}.hint\``),
      source(`t('files.form.b'); tKey('files.form.' + form)`),
      source(`t('mg.s1.title'); tKey(\`\${which}\`)`),
    ];
    expect([...numberableKeys(keys, sources)]).toEqual([]);
  });

  it('is not fooled by templates that format things (an INSZ, an e-mail, a name, a field path)', () => {
    const sources = [
      source(`t('pw.title'); const i = \`\${d.slice(0, 2)}.\${d.slice(2, 4)}\`; const e = \`\${first}.\${last}@\${domain}\``),
      source(`t('pw.col.name', { name: \`\${p.firstName} \${p.lastName}\` }); invalid(\`\${which}.\${lang}\`)`),
    ];
    expect([...numberableKeys(keys, sources)].sort()).toEqual(['pw.col.name', 'pw.title']);
  });
});

describe('dynamicPatterns', () => {
  it('matches what the template could make, loosely', () => {
    const [p] = dynamicPatterns([source('tKey(`tb.error.${field}.${error}`)')]);
    expect(p!.test('tb.error.insz.format')).toBe(true);
    expect(p!.test('tb.app.sa')).toBe(false);
  });
});

describe('numberCalls', () => {
  it('rewrites the calls of numbered keys and leaves everything else', () => {
    const numbers = new Map([['pw.title', 0], ['sc.a-b.c', 7]]);
    expect(numberCalls(`t('pw.title');text( "sc.a-b.c",{x});t('other.key');is('pw.title')`, numbers)).toBe(`t(0);text( 7,{x});t('other.key');is('pw.title')`);
  });
});

describe('catalogModule', () => {
  it('lists the numbered words from the first number, keeps the rest by key, and leaves a missing word out', async () => {
    const code = catalogModule({ 'a.x': 'X', 'a.dyn': 'D', 'a.z': 'Z' }, ['a.x', 'a.y', 'a.z'], 10);
    const catalog = (await import(`data:text/javascript,${encodeURIComponent(code)}`)).default as Record<string, string>;
    expect(catalog).toEqual({ 10: 'X', 12: 'Z', 'a.dyn': 'D' });
  });
});

describe('numberKeys', () => {
  it('numbers part after part, in each Dutch catalog\'s order, the same every time', () => {
    const dutch = new Map<string, Record<string, string>>([
      ['primaweb', { 'pw.b': 'B', 'pw.a': 'A' }],
      ['core', { 'sim.x': 'X', 'sim.kept': 'K' }],
    ]);
    const sources = [source(`t('pw.a'); t('pw.b'); t('sim.x'); const k = { key: 'sim.kept' }`)];
    const { numbers, parts } = numberKeys(dutch, sources);
    expect([...numbers]).toEqual([['sim.x', 0], ['pw.b', 1], ['pw.a', 2]]);
    expect(parts.get('core')).toEqual({ order: ['sim.x'], first: 0 });
    expect(parts.get('primaweb')).toEqual({ order: ['pw.b', 'pw.a'], first: 1 });
  });
});

describe('partOf', () => {
  it.each([
    ['src/i18n/nl.json', { part: 'core', language: 'nl' }],
    ['src/i18n/primaweb.fr.json', { part: 'primaweb', language: 'fr' }],
    ['src/i18n/ocmw-config.nl.json', { part: 'ocmw-config', language: 'nl' }],
    ['src/i18n/locales.ts', null],
  ])('%s', (file, part) => {
    expect(partOf(file)).toEqual(part);
  });
});
