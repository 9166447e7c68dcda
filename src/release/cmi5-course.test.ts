import { LOCALES } from '../i18n/locales';
import { XMLParser } from 'fast-xml-parser';
import { expect, it } from 'vitest';
import { MODULES } from '../training/course';
import { inEveryLanguage } from './words';
import { CMI5_NAMESPACE, cmi5CourseStructure } from './cmi5-course';
import { packageProblems, referencedBy, wellFormed } from './package-check';
import { CMI5_IRI_BASE } from './release-plan';
import { CONTENT } from './test-package.test-helper';

const xml = cmi5CourseStructure();
const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml).courseStructure;
const aus = parsed.au as Record<string, unknown>[];

it('is well-formed, in the cmi5 course structure namespace, with unique IRIs under one base', () => {
  expect(wellFormed(xml)).toBe(true);
  expect(parsed.xmlns).toBe(CMI5_NAMESPACE);
  const ids = [parsed.course.id, ...aus.map((au) => au.id as string)];
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id.startsWith(CMI5_IRI_BASE)).toBe(true);
  expect(cmi5CourseStructure()).toBe(xml);
});

it('has one AU per module of the course, launching ?module=<id>, and one for the whole course', () => {
  expect(aus.map((au) => au.url)).toEqual([...MODULES.map((m) => `index.html?module=${m.id}`), 'index.html']);
  expect(aus.map((au) => au.id)).toEqual(expect.arrayContaining(MODULES.map((m) => `${CMI5_IRI_BASE}/${m.id}`)));
  for (const au of aus) {
    expect(au).toMatchObject({ moveOn: 'CompletedOrPassed', masteryScore: '0.7', launchMethod: 'AnyWindow' });
    // title, description, url: the order the XSD's sequence asks.
    expect(Object.keys(au).filter((k) => ['title', 'description', 'url'].includes(k))).toEqual(['title', 'description', 'url']);
  }
});

it('titles and describes each AU with the module title and manual from the course, in the four languages', () => {
  const description = aus[0]!.description as { langstring: { '#text': string }[] };
  const manual = inEveryLanguage(MODULES[0]!.manual);
  expect(description.langstring.map((l) => l['#text'])).toEqual([manual.nl, manual.fr, manual.de, manual.en]);
  const first = aus[0]!.title as { langstring: { lang: string; '#text': string }[] };
  expect(first.langstring).toEqual(LOCALES.map((lang) => ({ lang, '#text': `PrimaWeb Simulator – ${inEveryLanguage(MODULES[0]!.title)[lang]}` })));
});

it('names only files that the package holds', () => {
  expect(referencedBy('cmi5.xml', xml).files).toEqual(['index.html']);
  expect(packageProblems([...CONTENT, 'cmi5.xml'], 'cmi5.xml', xml)).toEqual([]);
});
